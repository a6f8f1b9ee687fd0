package dev.policysite.check.report;

import dev.policysite.check.CheckReport;
import dev.policysite.diag.Finding;
import dev.policysite.diag.Severity;
import dev.policysite.diag.SourcePos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** One report with every severity, positions with and without line and column, and two files. */
final class ReportFixture {
    static final Path BASE = Path.of("/repo").toAbsolutePath();
    static final Path A = BASE.resolve("docs/a.md");
    static final Path B = BASE.resolve("docs/b.md");
    static final Path C = BASE.resolve("docs/c.md");

    private ReportFixture() {
    }

    static CheckReport report() {
        List<Finding> findings = List.of(
                new Finding("link.orphan-page", Severity.WARNING, SourcePos.fileOnly(A), "page is not in the nav", "add it to nav:"),
                new Finding("json.trailing-comma", Severity.ERROR, new SourcePos(A, 3, 7), "trailing comma before '}'", "remove this comma"),
                new Finding("check.unused-ignore", Severity.WARNING, SourcePos.of(A, 12), "ignore comment silences nothing", ""),
                new Finding("iam.pass-role-star", Severity.SECURITY_WARNING, new SourcePos(B, 10, 15),
                        "iam:PassRole on any role", "name the role in Resource"),
                new Finding("iam.redundant-action", Severity.SUGGESTION, new SourcePos(B, 11, 2), "s3:GetObject is listed twice", ""));
        return new CheckReport(findings, List.of(A, B, C), 3, 4, 25);
    }

    static String render(Reporter reporter, CheckReport report) {
        StringBuilder sb = new StringBuilder();
        try {
            reporter.write(report, sb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }
}
