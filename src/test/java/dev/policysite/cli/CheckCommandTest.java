package dev.policysite.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.policysite.check.SiteFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code policysite check} through {@code Main.run}: exit codes, formats, loose paths. */
class CheckCommandTest {
    @TempDir
    Path dir;






    private SiteFixture cleanSite() {
        return new SiteFixture(dir).page("index.md", "# Home\n\n[guide](guide.md#setup)\n\n```json\n{\"retries\": 3}\n```\n")
                .page("guide.md", "# Guide\n\n## Setup\n\n[home](index.md)\n");
    }

    @Test
    void exitZeroForACleanSite() {
        Path config = cleanSite().configFile();
        Cli run = Cli.run("check", "--config", config.toString());
        assertThat(run.exit).isZero();
        assertThat(run.out).startsWith("0 errors, 0 warnings, 0 suggestions in 0 files (checked 2 pages, 1 code block,");
    }

    @Test
    void exitZeroWhenThereAreOnlyWarnings() {
        Path config = cleanSite().page("extra.md", "# Extra\n\n<!-- policysite: ignore -->\n```json\n{}\n```\n")
                .config("nav:\n  - index.md\n  - guide.md\n").configFile();
        Cli run = Cli.run("check", "--config", config.toString());
        assertThat(run.exit).isZero();
        assertThat(run.out).contains("warning: page is not in the nav", "[check.unused-ignore]", "0 errors, 2 warnings");
    }

    @Test
    void exitOneWhenThereAreErrors() {
        Path config = cleanSite().page("bad.md", "# Bad\n\n```json\n{\"a\": 1,}\n```\n").configFile();
        Cli run = Cli.run("check", "--config", config.toString());
        assertThat(run.exit).isEqualTo(1);
        assertThat(run.out).contains("docs/bad.md", "4:8", "error: trailing comma before '}' [json.trailing-comma]", "1 error,");
    }

    @Test
    void aBrokenPolicyModelFileIsAFindingAtItsLineNotAFailureToRun() {
        Path config = cleanSite().config("policies_dir: ../policies\n")
                .write("policies/broken.yaml", "id: broken\ntitle: [unclosed\n").configFile();
        Cli run = Cli.run("check", "--config", config.toString(), "--format", "github");
        assertThat(run.exit).isEqualTo(1);
        assertThat(run.out).contains("::error file=", "policies/broken.yaml", "policy.model");
    }

    @Test
    void exitTwoForUsageAndIoProblems() {
        Cli run = Cli.run("check", dir.resolve("does-not-exist").toString());
        assertThat(run.exit).isEqualTo(2);
        assertThat(run.err).contains("does-not-exist: error: no such file or folder");
        run = Cli.run("check", "--config", dir.resolve("missing.yaml").toString());
        assertThat(run.exit).isEqualTo(2);
        assertThat(run.err).contains("config file not found");
        run = Cli.run("check", "--format", "xml", "--config", cleanSite().configFile().toString());
        assertThat(run.exit).isEqualTo(2);
        run = Cli.run("check", "--no-such-option");
        assertThat(run.exit).isEqualTo(2);
    }

    @Test
    void loosePathsNeedNoConfigAndStillResolveLinksBetweenThem() throws Exception {
        Path folder = dir.resolve("repo/notes");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("a.md"), "# A\n\nSee [b](b.md#part-two) and [c](c.md).\n\n```json\n{\"x\": [1,]}\n```\n");
        Files.writeString(folder.resolve("b.md"), "# B\n\n## Part two\n");
        Path report = dir.resolve("out/report.txt");
        Cli run = Cli.run("check", "--output", report.toString(), folder.toString());
        assertThat(run.exit).isEqualTo(1);
        String text = Files.readString(report);
        assertThat(text).contains("a.md", "broken link 'c.md'", "[link.broken-page]", "trailing comma before ']'")
                .doesNotContain("b.md\n").doesNotContain("theme link");
        assertThat(text).contains("2 errors, 0 warnings, 0 suggestions in 1 file (checked 2 pages, 1 code block,");
        assertThat(run.err).startsWith("2 errors, 0 warnings");
    }

    @Test
    void aSingleLooseFileIsReportedAloneThoughItsSiblingsAreBuilt() throws Exception {
        Files.writeString(dir.resolve("README.md"), "# Readme\n\n[guide](guide.md#install)\n");
        Files.writeString(dir.resolve("guide.md"), "# Guide\n\n[broken](nowhere.md)\n");
        Path report = dir.resolve("r.txt");
        Cli run = Cli.run("check", "-o", report.toString(), dir.resolve("README.md").toString());
        assertThat(run.exit).isEqualTo(1);
        String text = Files.readString(report);
        assertThat(text).contains("anchor '#install' does not exist").doesNotContain("nowhere.md");
        Files.writeString(dir.resolve("text.txt"), "x");
        run = Cli.run("check", dir.resolve("text.txt").toString());
        assertThat(run.exit).isEqualTo(2);
    }

    @Test
    void pathsWithAConfigLimitTheReportToThosePages() throws Exception {
        SiteFixture site = cleanSite().page("bad.md", "# Bad\n\n```json\n{\"a\": 1,}\n```\n");
        Path config = site.configFile();
        Cli run = Cli.run("check", "--config", config.toString(), site.doc("guide.md").toString());
        assertThat(run.exit).isZero();
        run = Cli.run("check", "--config", config.toString(), site.doc("bad.md").toString());
        assertThat(run.exit).isEqualTo(1);
    }

    @Test
    void machineFormatsGoToTheOutputFile() throws Exception {
        Path config = cleanSite().page("bad.md", "# Bad\n\n```json\n{\"a\": 1,}\n```\n").configFile();
        Path sarif = dir.resolve("check.sarif");
        Cli run = Cli.run("check", "--config", config.toString(), "--format", "sarif", "--output", sarif.toString());
        assertThat(run.exit).isEqualTo(1);
        JsonNode root = new ObjectMapper().readTree(sarif.toFile());
        assertThat(root.at("/runs/0/results/0/ruleId").asText()).isEqualTo("json.trailing-comma");
        assertThat(root.at("/runs/0/results/0/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(4);

        Path junit = dir.resolve("junit.xml");
        run = Cli.run("check", "--config", config.toString(), "--format", "JUNIT", "-o", junit.toString());
        assertThat(run.exit).isEqualTo(1);
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
        assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("1");

        run = Cli.run("check", "--config", config.toString(), "--format", "github");
        assertThat(run.exit).isEqualTo(1);
        assertThat(run.out).contains("::error file=").contains("bad.md,line=4,col=8,title=json.trailing-comma::trailing comma before '}'");
    }
}
