package dev.policysite.markdown.headings;

import dev.policysite.markdown.Markdown;
import dev.policysite.markdown.MarkdownEngine;
import org.commonmark.node.Node;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HeadingPassTest {
    private static final MarkdownEngine ENGINE = new MarkdownEngine();

    private static HeadingPass run(String md) {
        Node doc = ENGINE.parse(md);
        HeadingPass pass = new HeadingPass("¶");
        pass.run(doc);
        return pass;
    }

    @Test
    void idsAreTocSlugsWithCountersForDuplicates() {
        Element body = Markdown.body("# Limiting the cross-account role permissions\n\n## Setup\n\n## Setup\n\n### Setup\n");
        assertThat(body.select("h1, h2, h3").eachAttr("id")).containsExactly(
                "limiting-the-cross-account-role-permissions", "setup", "setup_1", "setup_2");
    }

    @Test
    void codeSpansEmphasisAndEntitiesCountAsTheirText() {
        Element body = Markdown.body("## The `s3:GetObject` *action*\n\n## AT&amp;T &amp; <em>raw</em> html\n");
        assertThat(body.select("h2").eachAttr("id")).containsExactly("the-s3getobject-action", "att-raw-html");
    }

    @Test
    void unicodeOnlyHeadingsGetUnderscoreIds() {
        Element body = Markdown.body("## 日本語\n\n## Ελληνικά\n");
        assertThat(body.select("h2").eachAttr("id")).containsExactly("_1", "_2");
    }

    @Test
    void permalinkIsMkDocsHeaderlink() {
        Element h = Markdown.body("## Hello World\n").selectFirst("h2");
        Element a = h.selectFirst("> a.headerlink");
        assertThat(a.attr("href")).isEqualTo("#hello-world");
        assertThat(a.attr("title")).isEqualTo("Permanent link");
        assertThat(a.text()).isEqualTo("¶");
        assertThat(h.ownText()).isEqualTo("Hello World");
    }

    @Test
    void noPermalinkWhenTheSymbolIsEmpty() {
        Node doc = ENGINE.parse("## A\n");
        new HeadingPass("").run(doc);
        assertThat(ENGINE.render(doc)).isEqualTo("<h2 id=\"a\">A</h2>\n");
    }

    @Test
    void attrListIdWinsAndIsKeptAsWritten() {
        Element body = Markdown.body("## Custom {: #custom-id }\n\n## Other {#other .wide}\n");
        assertThat(body.select("h2").eachAttr("id")).containsExactly("custom-id", "other");
        assertThat(body.select("h2").get(1).hasClass("wide")).isTrue();
        assertThat(body.select("h2").get(0).ownText()).isEqualTo("Custom");
    }

    @Test
    void generatedIdsAvoidExplicitIdsEvenLaterOnThePage() {
        // Python-Markdown collects every id first: "Foo" cannot take "foo", which Bar claims
        Element body = Markdown.body("## Foo\n\n## Bar {: #foo }\n\nPara\n{: #baz }\n\n## Baz\n");
        assertThat(body.select("h2").eachAttr("id")).containsExactly("foo_1", "foo", "baz_1");
    }

    @Test
    void tocNestsByLevelAndKeepsPlainTitles() {
        HeadingPass pass = run("# Top\n\n## A `code`\n\n### A1\n\n## B\n");
        List<TocEntry> toc = pass.toc();
        assertThat(toc).hasSize(1);
        assertThat(toc.get(0).getTitle()).isEqualTo("Top");
        assertThat(toc.get(0).getChildren()).extracting(TocEntry::getTitle).containsExactly("A code", "B");
        assertThat(toc.get(0).getChildren().get(0).getChildren().get(0).getId()).isEqualTo("a1");
    }

    @Test
    void titleComesFromAnH1ThatOpensThePage() {
        assertThat(run("# Page Title\n\ntext\n\n# Second\n").firstH1()).isEqualTo("Page Title");
        assertThat(run("[ref]: https://example.org\n\n# After a reference definition\n").firstH1())
                .isEqualTo("After a reference definition");
    }

    @Test
    void noTitleWhenThePageDoesNotOpenWithAnH1() {
        // MkDocs then falls back to the file name
        assertThat(run("Intro paragraph.\n\n# Later heading\n").firstH1()).isNull();
        assertThat(run("## Sub first\n\n# Main\n").firstH1()).isNull();
        assertThat(run("!!! note\n    # In an admonition\n").firstH1()).isNull();
    }

    @Test
    void headingsInsideAdmonitionsAndTabsGetIdsToo() {
        Element body = Markdown.body("!!! note\n    ## Inside\n\n=== \"T\"\n    ## Inside\n");
        assertThat(body.select("h2").eachAttr("id")).containsExactly("inside", "inside_1");
    }
}
