package dev.policysite.check.report;

import dev.policysite.check.CheckReport;
import dev.policysite.diag.Finding;
import dev.policysite.diag.Severity;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The terminal format: findings grouped by file, one line each ({@code line:col  severity: message [code]})
 * with the hint below, then the summary line. Colours only when asked (the CLI asks on a terminal).
 */
final class TextReporter implements Reporter {
    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";

    private final Path base;
    private final boolean colour;

    TextReporter(Path base, boolean colour) {
        this.base = base;
        this.colour = colour;
    }

    @Override
    public void write(CheckReport report, Appendable out) throws IOException {
        Map<Path, List<Finding>> byFile = new LinkedHashMap<>();
        for (Finding f : report.findings()) {
            byFile.computeIfAbsent(f.pos().file(), k -> new ArrayList<>()).add(f);
        }
        for (Map.Entry<Path, List<Finding>> e : byFile.entrySet()) {
            out.append(paint(BOLD, ReportPaths.display(e.getKey(), base))).append('\n');
            int width = 0;
            for (Finding f : e.getValue()) {
                width = Math.max(width, ReportPaths.location(f.pos().line(), f.pos().col()).length());
            }
            String indent = " ".repeat(width + 4);
            for (Finding f : e.getValue()) {
                String loc = ReportPaths.location(f.pos().line(), f.pos().col());
                out.append("  ").append(loc).append(" ".repeat(width - loc.length() + 2))
                        .append(paint(colourOf(f.severity()), f.severity().label() + ":")).append(' ')
                        .append(f.message()).append(' ').append(paint(DIM, "[" + f.code() + "]")).append('\n');
                if (!f.hint().isEmpty()) {
                    out.append(indent).append(paint(DIM, "hint: " + f.hint())).append('\n');
                }
            }
            out.append('\n');
        }
        out.append(Summary.line(report)).append('\n');
    }

    private String paint(String code, String text) {
        return colour ? code + text + RESET : text;
    }

    private static String colourOf(Severity s) {
        switch (s) {
            case ERROR:
                return "\u001b[31m";
            case SECURITY_WARNING:
                return "\u001b[35m";
            case WARNING:
                return "\u001b[33m";
            default:
                return "\u001b[36m";
        }
    }
}
