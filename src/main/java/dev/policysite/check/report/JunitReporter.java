package dev.policysite.check.report;

import dev.policysite.check.CheckReport;
import dev.policysite.diag.Finding;
import dev.policysite.diag.Severity;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JUnit XML, which CI servers (GitLab, Jenkins, Azure) show as test results: a {@code testsuite} per file,
 * a {@code testcase} per check on that file ({@code build}: the page builds; {@code blocks}: its code
 * blocks, policies and ignore comments; {@code links}: its links), failing with the file's errors of that
 * check. Warnings and suggestions do not fail a test case; they are listed in its {@code system-out}.
 * Every checked page has all three test cases; other files (config, included files) only those with findings.
 */
final class JunitReporter implements Reporter {
    static final List<String> CHECKS = List.of("build", "blocks", "links");

    private final Path base;

    JunitReporter(Path base) {
        this.base = base;
    }

    /** The check a finding code belongs to. */
    static String checkOf(String code) {
        String group = code.contains(".") ? code.substring(0, code.indexOf('.')) : code;
        switch (group) {
            case "json":
            case "iam":
            case "policy":
            case "check":
                return "blocks";
            case "link":
                return "links";
            default:
                return "build";
        }
    }

    @Override
    public void write(CheckReport report, Appendable out) throws IOException {
        Map<String, Map<String, List<Finding>>> files = new TreeMap<>();
        for (Path p : report.checkedFiles()) {
            Map<String, List<Finding>> checks = files.computeIfAbsent(ReportPaths.display(p, base), k -> new LinkedHashMap<>());
            CHECKS.forEach(c -> checks.put(c, new ArrayList<>()));
        }
        for (Finding f : report.findings()) {
            files.computeIfAbsent(ReportPaths.display(f.pos().file(), base), k -> new LinkedHashMap<>())
                    .computeIfAbsent(checkOf(f.code()), k -> new ArrayList<>()).add(f);
        }
        Document doc = newDocument();
        Element root = doc.createElement("testsuites");
        root.setAttribute("name", "policysite check");
        doc.appendChild(root);
        int tests = 0;
        int failures = 0;
        for (Map.Entry<String, Map<String, List<Finding>>> file : files.entrySet()) {
            Element suite = doc.createElement("testsuite");
            suite.setAttribute("name", file.getKey());
            int suiteFailures = 0;
            for (String check : CHECKS) {
                List<Finding> findings = file.getValue().get(check);
                if (findings != null) {
                    suiteFailures += testcase(doc, suite, file.getKey(), check, findings) ? 1 : 0;
                }
            }
            int suiteTests = file.getValue().size();
            suite.setAttribute("tests", Integer.toString(suiteTests));
            suite.setAttribute("failures", Integer.toString(suiteFailures));
            suite.setAttribute("errors", "0");
            suite.setAttribute("skipped", "0");
            root.appendChild(suite);
            tests += suiteTests;
            failures += suiteFailures;
        }
        root.setAttribute("tests", Integer.toString(tests));
        root.setAttribute("failures", Integer.toString(failures));
        root.setAttribute("errors", "0");
        out.append(serialize(doc));
    }

    /** Adds one test case; returns whether it failed. */
    private static boolean testcase(Document doc, Element suite, String file, String check, List<Finding> findings) {
        Element tc = doc.createElement("testcase");
        tc.setAttribute("classname", file);
        tc.setAttribute("name", check);
        suite.appendChild(tc);
        Finding firstError = findings.stream().filter(f -> f.severity() == Severity.ERROR).findFirst().orElse(null);
        if (findings.isEmpty()) {
            return false;
        }
        StringBuilder text = new StringBuilder();
        for (Finding f : findings) {
            text.append(ReportPaths.location(f.pos().line(), f.pos().col())).append(' ').append(f.severity().label())
                    .append(": ").append(f.message()).append(" [").append(f.code()).append("]\n");
            if (!f.hint().isEmpty()) {
                text.append("    hint: ").append(f.hint()).append('\n');
            }
        }
        if (firstError == null) {
            Element so = doc.createElement("system-out");
            so.setTextContent(text.toString());
            tc.appendChild(so);
            return false;
        }
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        Element failure = doc.createElement("failure");
        failure.setAttribute("type", firstError.code());
        failure.setAttribute("message", errors + " error" + (errors == 1 ? "" : "s") + ", first at "
                + ReportPaths.location(firstError.pos().line(), firstError.pos().col()) + ": " + firstError.message());
        failure.setTextContent(text.toString());
        tc.appendChild(failure);
        return true;
    }

    private static Document newDocument() {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML support is missing", e);
        }
    }

    private static String serialize(Document doc) {
        try {
            Transformer t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.INDENT, "yes");
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            StringWriter w = new StringWriter();
            t.transform(new DOMSource(doc), new StreamResult(w));
            return w.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot write XML", e);
        }
    }
}
