package dev.policysite.check;

import dev.policysite.diag.SourcePos;
import dev.policysite.diag.Finding;
import dev.policysite.diag.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The source side of check on real sites: JSON blocks, positions through includes, the ways to silence. */
class SourceChecksTest {
    @TempDir
    Path dir;

    @Test
    void brokenJsonInAnIncludedFileIsReportedInThatFile() {
        SiteFixture site = new SiteFixture(dir)
                .page("index.md", "# Home\n\nThe policy:\n\n```json\n{!snippets/policy.json!}\n```\n")
                .page("snippets/policy.json", "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [],\n}\n");
        CheckReport r = site.check();
        assertThat(site.brief(r)).containsExactly("docs/snippets/policy.json:3:18 json.trailing-comma");
        assertThat(r.errors()).isEqualTo(1);
        assertThat(r.blocks()).isEqualTo(1);
    }

    @Test
    void includeInsideAnIndentedFenceMapsColumnsBackToTheIncludedFile() {
        SiteFixture site = new SiteFixture(dir)
                .page("index.md", "# Home\n\n!!! note\n    Text.\n\n    ```json\n    {!part.json!}\n    ```\n")
                .page("part.json", "{\n  \"Effect\": \"Allow\"\n  \"Action\": \"s3:GetObject\"\n}\n");
        CheckReport r = site.check();
        assertThat(site.brief(r)).containsExactly("docs/part.json:3:3 json.syntax");
    }

    @Test
    void aFileIncludedByTwoPagesIsReportedOnce() {
        SiteFixture site = new SiteFixture(dir)
                .page("index.md", "# A\n\n```json\n{!bad.json!}\n```\n")
                .page("b.md", "# B\n\n[home](index.md)\n\n```json\n{!bad.json!}\n```\n")
                .page("bad.json", "{'a': 1}\n");
        assertThat(site.brief(site.check())).containsExactly("docs/bad.json:1:2 json.single-quote");
    }

    @Test
    void anIgnoreCommentSilencesItsCodesInTheNextBlockOnly() {
        SiteFixture site = new SiteFixture(dir).page("index.md", "# Home\n\n"
                + "<!-- policysite: ignore json.trailing-comma -->\n```json\n{\"a\": 1,}\n```\n\n"
                + "```json\n{\"b\": 2,}\n```\n");
        assertThat(site.brief(site.check())).containsExactly("docs/index.md:9:8 json.trailing-comma");
    }

    @Test
    void ignoreWithoutCodesSilencesEverythingInTheBlock() {
        SiteFixture site = new SiteFixture(dir).page("index.md", "# Home\n\n<!-- policysite: ignore -->\n```json\n{'a': 1,}\n```\n");
        assertThat(site.check().findings()).isEmpty();
    }

    @Test
    void anIgnoreThatSilencesNothingIsAWarning() {
        SiteFixture site = new SiteFixture(dir).page("index.md", "# Home\n\n"
                + "<!-- policysite: ignore json.comment json.trailing-comma -->\n```json\n{\"a\": 1,}\n```\n\n"
                + "<!-- policysite: ignore -->\n```json\n{\"ok\": true}\n```\n");
        CheckReport r = site.check();
        assertThat(site.brief(r)).containsExactly("docs/index.md:3:1 check.unused-ignore", "docs/index.md:8:1 check.unused-ignore");
        assertThat(r.findings().get(0).message()).isEqualTo("ignore comment silences nothing: the block after it has no json.comment finding");
        assertThat(r.findings().get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(r.hasErrors()).isFalse();
    }

    @Test
    void theConfigIgnoreListDropsCodesAndGroups() {
        SiteFixture site = new SiteFixture(dir)
                .config("check:\n  ignore: [json.trailing-comma, link.*]\n")
                .page("index.md", "# Home\n\n[gone](missing.md)\n\n```json\n{\"a\": 1,}\n```\n\n```json\n{'b': 1}\n```\n");
        assertThat(site.brief(site.check())).containsExactly("docs/index.md:10:2 json.single-quote");
    }

    @Test
    void anIgnoreCommentStillCountsAsUsedWhenTheConfigAlsoIgnoresTheCode() {
        SiteFixture site = new SiteFixture(dir)
                .config("check:\n  ignore: [json.trailing-comma]\n")
                .page("index.md", "# Home\n\n<!-- policysite: ignore json.trailing-comma -->\n```json\n{\"a\": 1,}\n```\n");
        assertThat(site.check().findings()).isEmpty();
    }

    @Test
    void jsoncBlocksMayHaveComments() {
        SiteFixture site = new SiteFixture(dir).page("index.md", "# Home\n\n```jsonc\n{\n  // the role\n  \"a\": 1\n}\n```\n");
        assertThat(site.check().findings()).isEmpty();
    }

    @Test
    void anUnlabelledPolicyIsCheckedButOtherUnlabelledBlocksAreNot() {
        SiteFixture site = new SiteFixture(dir).page("index.md", "# Home\n\n"
                + "```\n{\n  \"Effect\": \"Allow\",\n}\n```\n\n```\n{ not json at all }\n```\n");
        assertThat(site.brief(site.check())).containsExactly("docs/index.md:5:20 json.trailing-comma");
    }

    @Test
    void aContentErrorThatStopsTheBuildIsAFinding() {
        SiteFixture site = new SiteFixture(dir).page("index.md", "# Home\n\n{!nowhere.md!}\n");
        CheckReport r = site.check();
        assertThat(site.brief(r)).containsExactly("docs/index.md:3:1 build.error");
        assertThat(r.findings().get(0).message()).contains("nowhere.md");
    }

    @Test
    void aMissingIncludeIsAFindingAtTheDirectiveAndEverythingElseIsStillChecked() {
        SiteFixture site = new SiteFixture(dir)
                .page("index.md", "# Home\n\nSee [the guide](guide.md#setup).\n\n{!nowhere.md!}\n\n```json\n{\"a\": 1,}\n```\n")
                .page("guide.md", "# Guide\n\n## Setup\n\n```json\n{\"b\": [1,]}\n```\n")
                .page("part.md", "# Part\n\n--8<-- \"gone.txt\"\n\n[nowhere](nothing.md)\n");
        CheckReport r = site.check();
        assertThat(site.brief(r)).containsExactly(
                "docs/guide.md:6:9 json.trailing-comma",
                "docs/index.md:5:1 build.error", "docs/index.md:8:8 json.trailing-comma",
                "docs/part.md:3 build.error", "docs/part.md:5:11 link.broken-page");
        assertThat(r.pages()).isEqualTo(3);
        assertThat(r.findings().get(1).message()).contains("nowhere.md");
    }

    @Test
    void aBlockLeftEmptyByAFailedIncludeIsNotASecondFinding() {
        SiteFixture site = new SiteFixture(dir).page("index.md", "# Home\n\n```json\n{!policy.json!}\n```\n\n```json\n\n```\n");
        assertThat(site.brief(site.check())).containsExactly("docs/index.md:4:1 build.error", "docs/index.md:8:1 json.empty");
    }

    @Test
    void aPageThatCannotBeBuiltIsReportedAndStaysALinkTarget() {
        SiteFixture site = new SiteFixture(dir)
                .page("index.md", "# Home\n\n[broken page](broken.md#some-heading)\n\n```json\n[1,]\n```\n")
                .page("broken.md", "---\ntitle: [unclosed\n---\n# Broken\n\n## Some heading\n");
        CheckReport r = site.check();
        assertThat(site.brief(r)).containsExactly("docs/broken.md:2 build.error", "docs/index.md:6:3 json.trailing-comma");
        assertThat(r.pages()).isEqualTo(1);
    }

    @Test
    void buildStillStopsAtTheFirstContentError() {
        SiteFixture site = new SiteFixture(dir).page("index.md", "# Home\n\n{!nowhere.md!}\n").page("other.md", "# Other\n");
        assertThatThrownBy(() -> new dev.policysite.site.SiteBuilder(site.load(new dev.policysite.diag.Diagnostics()),
                new dev.policysite.diag.Diagnostics(), List.of(), new dev.policysite.markdown.MarkdownEngine()).build(dir.resolve("site")))
                .isInstanceOf(dev.policysite.diag.UserError.class).hasMessageContaining("nowhere.md");
        assertThat(dir.resolve("site")).doesNotExist();
    }

    @Test
    void theModelSeamSeesParsedBlocksAndItsIssuesArePlacedLikeValidatorIssues() {
        SiteFixture site = new SiteFixture(dir).page("index.md", "# Home\n\n```json\n{\n  \"Statement\": []\n}\n```\n");
        List<JsonBlock> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        ModelConsistency model = new ModelConsistency() {
            @Override
            public List<Finding> checkBlock(JsonBlock block) {
                seen.add(block);
                return List.of(Finding.warning("policy.drift", SourcePos.inText(2, 3), "block lacks Sid X", "add it"));
            }

            @Override
            public List<Finding> checkModel() {
                return List.of(Finding.error("policy.invalid", dev.policysite.diag.SourcePos.of(dir.resolve("model.yaml"), 4), "bad", ""));
            }
        };
        CheckReport r = site.check(CheckEngines.defaults().withModel(model));
        assertThat(site.brief(r)).containsExactly("docs/index.md:5:3 policy.drift", "model.yaml:4 policy.invalid");
        assertThat(seen).singleElement().satisfies(b -> {
            assertThat(b.value().has("Statement")).isTrue();
            assertThat(b.fence().line()).isEqualTo(3);
            assertThat(b.page().relPath()).isEqualTo("index.md");
        });
    }

    @Test
    void aPluggedValidatorReplacesTheBuiltInOne() {
        SiteFixture site = new SiteFixture(dir).page("index.md", "# Home\n\n```json\n{\"Action\": \"s3:GetObjekt\"}\n```\n");
        BlockValidator iam = (text, dialect) -> new BlockCheck(null, "policy",
                List.of(Finding.error("iam.unknown-action", SourcePos.inText(1, 12), "unknown action", "did you mean s3:GetObject?")));
        assertThat(site.brief(site.check(CheckEngines.defaults().withBlocks(iam)))).containsExactly("docs/index.md:4:12 iam.unknown-action");
    }
}
