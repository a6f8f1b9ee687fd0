package dev.policysite.check;

import dev.policysite.check.BlockValidator.Dialect;
import dev.policysite.diag.SourceMap;
import dev.policysite.diag.SourcePos;
import dev.policysite.include.IncludeExpander;
import dev.policysite.markdown.MarkdownEngine;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class BlockFinderTest {
    private static final Path FILE = Path.of("/docs/page.md");
    private final MarkdownEngine markdown = new MarkdownEngine();

    private BlockFinder.Found find(String md) {
        return BlockFinder.find(markdown.parse(md), SourceMap.identity(FILE, IncludeExpander.countLines(md), 1));
    }

    @Test
    void picksJsonAndJsoncFencesAndUnlabelledPolicies() {
        String md = "```json\n{}\n```\n\n```JSONC title=\"x\"\n{}\n```\n\n```{.json .annotate}\n{}\n```\n\n"
                + "```\n{\"Effect\": \"Allow\"}\n```\n\n```\n{\"name\": 1}\n```\n\n```yaml\nStatement: []\n```\n";
        BlockFinder.Found f = find(md);
        assertThat(f.blocks()).extracting(PageBlock::dialect)
                .containsExactly(Dialect.JSON, Dialect.JSONC, Dialect.JSON, Dialect.JSON);
    }

    @Test
    void languageIsTheFirstWordOrFirstClass() {
        assertThat(BlockFinder.language("json hl_lines=\"2\"")).isEqualTo("json");
        assertThat(BlockFinder.language("{ .jsonc #id }")).isEqualTo("jsonc");
        assertThat(BlockFinder.language("json{.x}")).isEqualTo("json");
        assertThat(BlockFinder.language(null)).isEmpty();
    }

    @Test
    void positionsOfAFenceAtTheMarginAreTheFileLines() {
        PageBlock b = find("# T\n\n```json\n{\n  \"a\": 1,\n}\n```\n").blocks().get(0);
        assertThat(b.pos(2, 9)).isEqualTo(new SourcePos(FILE, 5, 9));
        assertThat(b.fence()).isEqualTo(new SourcePos(FILE, 3, 1));
        assertThat(b.pos(0, 0)).isEqualTo(new SourcePos(FILE, 3, 0));
    }

    @Test
    void columnsInsideAnAdmonitionAddItsIndentation() {
        String md = "!!! note\n    Text.\n\n    ```json\n    {\n      \"a\": 1,\n\n    }\n    ```\n";
        PageBlock b = find(md).blocks().get(0);
        assertThat(b.text()).isEqualTo("{\n  \"a\": 1,\n\n}\n");
        assertThat(b.pos(2, 9)).isEqualTo(new SourcePos(FILE, 6, 13));
        assertThat(b.pos(4, 1)).isEqualTo(new SourcePos(FILE, 8, 5));
    }

    @Test
    void columnsOfAnIndentedFenceAddTheStrippedIndentation() {
        PageBlock b = find("  ```json\n  {\n   \"a\": 1,\n  }\n  ```\n").blocks().get(0);
        assertThat(b.text()).isEqualTo("{\n \"a\": 1,\n}\n");
        assertThat(b.pos(2, 8)).isEqualTo(new SourcePos(FILE, 3, 10));
    }

    @Test
    void columnsInAQuoteAndAListItemAddTheirMarkers() {
        PageBlock quoted = find("> ```json\n> {\"a\": 1,}\n> ```\n").blocks().get(0);
        assertThat(quoted.pos(1, 8)).isEqualTo(new SourcePos(FILE, 2, 10));
        PageBlock listed = find("- item\n\n    ```json\n    {\"a\": 1,}\n    ```\n").blocks().get(0);
        assertThat(listed.pos(1, 8)).isEqualTo(new SourcePos(FILE, 4, 12));
    }

    @Test
    void aPositionPastTheLastLineIsTheClosingFence() {
        PageBlock b = find("```json\n{\n```\n").blocks().get(0);
        assertThat(b.pos(2, 1)).isEqualTo(new SourcePos(FILE, 3, 0));
    }

    @Test
    void ignoreCommentsAttachToTheFenceDirectlyAfterThem() {
        String md = "<!-- policysite: ignore json.trailing-comma, json.comment -->\n<!-- policysite: ignore -->\n"
                + "```json\n{}\n```\n";
        BlockFinder.Found f = find(md);
        PageBlock b = f.blocks().get(0);
        assertThat(f.ignores().get(b)).extracting(IgnoreComment::codes)
                .containsExactly(java.util.Set.of("json.trailing-comma", "json.comment"), java.util.Set.of());
        assertThat(f.ignores().get(b).get(0).pos()).isEqualTo(new SourcePos(FILE, 1, 1));
        assertThat(f.warnings()).isEmpty();
    }

    @Test
    void misplacedOrUnreadableCommentsAreWarnings() {
        String md = "<!-- policysite: ignore json.comment -->\n\nSome text.\n\n"
                + "<!-- policysite: ignore json.comment -->\n```yaml\na: 1\n```\n\n"
                + "Inline <!-- policysite: ignore json.comment --> comment.\n\n"
                + "<!-- policysite: skip json.comment -->\n```json\n{}\n```\n\n"
                + "<!-- policysite: ignore json.comment --> trailing text\n```json\n{}\n```\n";
        BlockFinder.Found f = find(md);
        assertThat(f.warnings()).extracting(w -> w.code() + "@" + w.pos().line())
                .containsExactlyInAnyOrder("check.unused-ignore@1", "check.unused-ignore@5", "check.unused-ignore@10",
                        "check.bad-directive@12", "check.bad-directive@17");
        assertThat(f.ignores()).isEmpty();
    }

    @Test
    void ordinaryHtmlCommentsAreNotDirectives() {
        BlockFinder.Found f = find("<!-- a note for editors -->\n```json\n{}\n```\n");
        assertThat(f.warnings()).isEmpty();
        assertThat(f.ignores()).isEmpty();
    }
}
