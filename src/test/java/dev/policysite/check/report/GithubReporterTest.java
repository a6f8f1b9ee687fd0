package dev.policysite.check.report;

import dev.policysite.check.CheckReport;
import dev.policysite.diag.Finding;
import dev.policysite.diag.Severity;
import dev.policysite.diag.SourcePos;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GithubReporterTest {

    @Test
    void oneWorkflowCommandPerFindingWithTheLevelGithubKnows() {
        String out = ReportFixture.render(new GithubReporter(ReportFixture.BASE), ReportFixture.report());
        assertThat(out.split("\n", -1)).containsExactly(
                "::warning file=docs/a.md,title=link.orphan-page::page is not in the nav%0Aadd it to nav:",
                "::error file=docs/a.md,line=3,col=7,title=json.trailing-comma::trailing comma before '}'%0Aremove this comma",
                "::warning file=docs/a.md,line=12,title=check.unused-ignore::ignore comment silences nothing",
                "::warning file=docs/b.md,line=10,col=15,title=iam.pass-role-star::iam:PassRole on any role%0Aname the role in Resource",
                "::notice file=docs/b.md,line=11,col=2,title=iam.redundant-action::s3:GetObject is listed twice",
                "");
    }

    @Test
    void escapesPercentNewlinesAndInPropertiesColonAndComma() {
        Finding f = new Finding("x.y", Severity.ERROR, new SourcePos(ReportFixture.BASE.resolve("docs/a,b:c%.md"), 1, 2),
                "50% done\r\nnext: a, b", "");
        String out = ReportFixture.render(new GithubReporter(ReportFixture.BASE), new CheckReport(List.of(f), List.of(), 1, 0, 0));
        assertThat(out).isEqualTo("::error file=docs/a%2Cb%3Ac%25.md,line=1,col=2,title=x.y::50%25 done%0D%0Anext: a, b\n");
        assertThat(GithubReporter.property("a:b,c%\n")).isEqualTo("a%3Ab%2Cc%25%0A");
        assertThat(GithubReporter.data("a:b,c%\r")).isEqualTo("a:b,c%25%0D");
    }
}
