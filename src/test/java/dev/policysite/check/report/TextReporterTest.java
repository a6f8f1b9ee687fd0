package dev.policysite.check.report;

import dev.policysite.check.CheckReport;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextReporterTest {

    @Test
    void groupsByFileWithAlignedLocationsHintsAndASummary() {
        String out = ReportFixture.render(new TextReporter(ReportFixture.BASE, false), ReportFixture.report());
        assertThat(out.split("\n", -1)).containsExactly(
                "docs/a.md",
                "  -    warning: page is not in the nav [link.orphan-page]",
                "       hint: add it to nav:",
                "  3:7  error: trailing comma before '}' [json.trailing-comma]",
                "       hint: remove this comma",
                "  12   warning: ignore comment silences nothing [check.unused-ignore]",
                "",
                "docs/b.md",
                "  10:15  security-warning: iam:PassRole on any role [iam.pass-role-star]",
                "         hint: name the role in Resource",
                "  11:2   suggestion: s3:GetObject is listed twice [iam.redundant-action]",
                "",
                "1 error, 3 warnings, 1 suggestion in 2 files (checked 3 pages, 4 code blocks, 25 links)",
                "");
    }

    @Test
    void aCleanReportIsJustTheSummary() {
        String out = ReportFixture.render(new TextReporter(ReportFixture.BASE, false),
                new CheckReport(List.of(), List.of(ReportFixture.A), 1, 1, 1));
        assertThat(out).isEqualTo("0 errors, 0 warnings, 0 suggestions in 0 files (checked 1 page, 1 code block, 1 link)\n");
    }

    @Test
    void colourIsAnsiAroundSeverityAndFileOnlyWhenAsked() {
        String out = ReportFixture.render(new TextReporter(ReportFixture.BASE, true), ReportFixture.report());
        assertThat(out).contains("\u001b[1mdocs/a.md\u001b[0m", "\u001b[31merror:\u001b[0m", "\u001b[35msecurity-warning:\u001b[0m");
        String plain = ReportFixture.render(new TextReporter(ReportFixture.BASE, false), ReportFixture.report());
        assertThat(plain).doesNotContain("\u001b[");
    }
}
