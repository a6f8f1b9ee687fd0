package dev.policysite.markdown.links;

import dev.policysite.diag.SourceMap;
import dev.policysite.markdown.MarkdownEngine;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LinkPassTest {
    private static final MarkdownEngine ENGINE = new MarkdownEngine();
    private static final Path PAGE = Path.of("docs/page.md");
    private static final Path PART = Path.of("docs/parts/p.md");

    /** "destination@file:line" for every link and image, in document order. */
    private static List<String> seen(String markdown, SourceMap map) {
        List<String> out = new ArrayList<>();
        Node doc = ENGINE.parse(markdown);
        new LinkPass(map, (dest, file, pos) -> {
            out.add(dest + "@" + file.getFileName() + ":" + pos.line());
            return "rewritten/" + dest;
        }).run(doc);
        assertThat(ENGINE.render(doc)).doesNotContain("href=\"a.md\"");
        return out;
    }

    @Test
    void eachLinkGetsTheLineItIsWrittenOn() {
        String md = "# [h](h.md)\n\nfirst [a](a.md)\nsecond *[b](b.md)*  \nthird ![c](c.png)\n\n| x | y |\n|---|---|\n| [d](d.md) | z |\n";
        assertThat(seen(md, SourceMap.identity(PAGE, 9, 10))).containsExactly(
                "h.md@page.md:10", "a.md@page.md:12", "b.md@page.md:13", "c.png@page.md:14", "d.md@page.md:18");
    }

    @Test
    void aParagraphContinuedByAnIncludeResolvesLinksFromTheIncludedFile() {
        SourceMap map = new SourceMap.Builder().add(PAGE, 3, 0).add(PART, 1, 0).add(PART, 2, 0).build();
        assertThat(seen("intro [a](a.md)\nincluded\nmore [b](../b.md)\n", map))
                .containsExactly("a.md@page.md:3", "../b.md@p.md:2");
    }
}
