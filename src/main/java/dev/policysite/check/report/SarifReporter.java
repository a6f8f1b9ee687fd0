package dev.policysite.check.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.policysite.check.CheckCodes;
import dev.policysite.check.CheckReport;
import dev.policysite.diag.Finding;
import dev.policysite.diag.Severity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * SARIF 2.1.0, for GitHub code scanning and other SARIF viewers: one run, a rule per finding code (id and
 * short description), a result per finding with level {@code error}, {@code warning} (also for security
 * warnings, whose rules are tagged {@code security}) or {@code note} (suggestions), and a location with
 * the file relative to the source root ({@code %SRCROOT%}) and line/column when known.
 */
final class SarifReporter implements Reporter {
    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path base;
    private final String version;

    SarifReporter(Path base, String version) {
        this.base = base;
        this.version = version;
    }

    @Override
    public void write(CheckReport report, Appendable out) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "policysite");
        driver.put("version", version);

        Map<String, Finding> firstByCode = new TreeMap<>();
        Map<String, Boolean> security = new TreeMap<>();
        for (Finding f : report.findings()) {
            firstByCode.putIfAbsent(f.code(), f);
            security.merge(f.code(), f.severity() == Severity.SECURITY_WARNING, Boolean::logicalOr);
        }
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        for (Map.Entry<String, Finding> e : firstByCode.entrySet()) {
            ruleIndex.put(e.getKey(), ruleIndex.size());
            ObjectNode rule = rules.addObject();
            rule.put("id", e.getKey());
            rule.putObject("shortDescription").put("text", CheckCodes.describe(e.getKey()));
            rule.putObject("defaultConfiguration").put("level", level(e.getValue().severity()));
            if (security.get(e.getKey())) {
                rule.putObject("properties").putArray("tags").add("security");
            }
        }

        ArrayNode results = run.putArray("results");
        for (Finding f : report.findings()) {
            ObjectNode r = results.addObject();
            r.put("ruleId", f.code());
            r.put("ruleIndex", ruleIndex.get(f.code()));
            r.put("level", level(f.severity()));
            r.putObject("message").put("text", f.hint().isEmpty() ? f.message() : f.message() + ". " + f.hint());
            ObjectNode physical = r.putArray("locations").addObject().putObject("physicalLocation");
            ObjectNode artifact = physical.putObject("artifactLocation");
            if (ReportPaths.isBelow(f.pos().file(), base)) {
                artifact.put("uri", encodePath(ReportPaths.display(f.pos().file(), base)));
                artifact.put("uriBaseId", "%SRCROOT%");
            } else {
                artifact.put("uri", f.pos().file().toAbsolutePath().normalize().toUri().toString());
            }
            if (f.pos().line() > 0) {
                ObjectNode region = physical.putObject("region");
                region.put("startLine", f.pos().line());
                if (f.pos().col() > 0) {
                    region.put("startColumn", f.pos().col());
                }
            }
        }
        out.append(JSON.writeValueAsString(root)).append('\n');
    }

    private static String level(Severity s) {
        switch (s) {
            case ERROR:
                return "error";
            case SUGGESTION:
                return "note";
            default:
                return "warning";
        }
    }

    /** A relative URI reference: path characters kept, everything else %-encoded as UTF-8. */
    static String encodePath(String path) {
        StringBuilder sb = new StringBuilder(path.length());
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return sb.toString();
    }
}
