package dev.policysite.markdown.admonition;

import dev.policysite.markdown.Markdown;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AdmonitionTest {

    @Test
    void noteWithTitleHasMkDocsStructure() {
        Element body = Markdown.body("!!! note \"Heads up\"\n    Body with `code`.\n");
        Element div = body.selectFirst("> div.admonition.note");
        assertThat(div).isNotNull();
        assertThat(div.className()).isEqualTo("admonition note");
        Element title = div.child(0);
        assertThat(title.tagName()).isEqualTo("p");
        assertThat(title.className()).isEqualTo("admonition-title");
        assertThat(title.text()).isEqualTo("Heads up");
        assertThat(div.child(1).html()).isEqualTo("Body with <code>code</code>.");
    }

    @Test
    void defaultTitleIsTheCapitalisedType() {
        Element body = Markdown.body("!!! WARNING\n    careful\n");
        Element div = body.selectFirst("div.admonition");
        assertThat(div.className()).isEqualTo("admonition warning");
        assertThat(div.selectFirst("p.admonition-title").text()).isEqualTo("Warning");
    }

    @Test
    void sloppyMarkerWithoutSpaceStillWorks() {
        Element div = Markdown.body("!!!note\n    sloppy\n").selectFirst("div.admonition.note");
        assertThat(div).isNotNull();
        assertThat(div.selectFirst("p.admonition-title").text()).isEqualTo("Note");
    }

    @Test
    void emptyTitleDropsTheTitleParagraph() {
        Element div = Markdown.body("!!! note \"\"\n    no title\n").selectFirst("div.admonition.note");
        assertThat(div.select("p.admonition-title")).isEmpty();
        assertThat(div.text()).isEqualTo("no title");
    }

    @Test
    void extraWordsAreClassesAsInPythonMarkdown() {
        Element div = Markdown.body("!!! danger highlight \"Big\"\n    x\n").selectFirst("div.admonition");
        assertThat(div.classNames()).containsExactly("admonition", "danger", "highlight");
        assertThat(div.selectFirst("p.admonition-title").text()).isEqualTo("Big");
    }

    @Test
    void bodyHoldsListsCodeFencesWithBlankLinesAndNestedAdmonitions() {
        Element body = Markdown.body(String.join("\n",
                "!!! warning \"Outer\"",
                "    - one",
                "    - two",
                "",
                "    ```python",
                "    x = 1",
                "",
                "    y = 2",
                "    ```",
                "",
                "    !!! tip \"Inner\"",
                "        nested *text*",
                "",
                "after",
                ""));
        Element outer = body.selectFirst("> div.admonition.warning");
        assertThat(outer.select("> ul > li").eachText()).containsExactly("one", "two");
        // code blocks come in the theme's frame (title bar, copy button): div.ps-code > pre > code
        assertThat(outer.selectFirst("> div.ps-code > pre > code.language-python").wholeText()).isEqualTo("x = 1\n\ny = 2\n");
        Element inner = outer.selectFirst("> div.admonition.tip");
        assertThat(inner.selectFirst("> p.admonition-title").text()).isEqualTo("Inner");
        assertThat(inner.select("> p > em").text()).isEqualTo("text");
        assertThat(body.select("> p").text()).isEqualTo("after");
    }

    @Test
    void blankLineThenUnindentedTextEndsTheAdmonition() {
        Element body = Markdown.body("!!! note\n    inside\n\noutside\n");
        assertThat(body.selectFirst("div.admonition").text()).isEqualTo("Note inside");
        assertThat(body.select("> p").text()).isEqualTo("outside");
    }

    @Test
    void threeSpacesAfterTheMarkerIsNotAnAdmonition() {
        // Python-Markdown allows at most one space between !!! and the type
        Element body = Markdown.body("!!!   note\n    text\n");
        assertThat(body.select("div.admonition")).isEmpty();
    }

    @Test
    void collapsibleDetails() {
        Element body = Markdown.body("??? danger \"Closed\"\n    c\n\n???+ info\n    open\n\n???+ \"Only a title\"\n    t\n");
        Element closed = body.selectFirst("> details.danger");
        assertThat(closed.hasAttr("open")).isFalse();
        assertThat(closed.selectFirst("> summary").text()).isEqualTo("Closed");
        assertThat(closed.select("> p").text()).isEqualTo("c");
        Element open = body.selectFirst("> details.info");
        assertThat(open.hasAttr("open")).isTrue();
        assertThat(open.selectFirst("> summary").text()).isEqualTo("Info");
        Element titled = body.select("> details").get(2);
        assertThat(titled.className()).isEmpty();
        assertThat(titled.selectFirst("> summary").text()).isEqualTo("Only a title");
    }

    @Test
    void admonitionInsideAListItem() {
        Element body = Markdown.body("- item\n\n    !!! note\n        in list\n");
        assertThat(body.select("ul > li > div.admonition.note").text()).isEqualTo("Note in list");
    }

    @Test
    void writtenTitlesAreInlineMarkdownAsInPythonMarkdown() {
        Element body = Markdown.body("!!! warning \"Never `*` with **iam:PassRole** & <b>raw</b>\"\n    x\n\n"
                + "??? tip \"See [the guide](guide.md)\"\n    y\n");
        Element title = body.selectFirst("div.admonition.warning > p.admonition-title");
        assertThat(title.select("> code").text()).isEqualTo("*");
        assertThat(title.select("> strong").text()).isEqualTo("iam:PassRole");
        assertThat(title.select("> b").text()).isEqualTo("raw");
        assertThat(title.text()).isEqualTo("Never * with iam:PassRole & raw");
        // the title is not repeated in the body
        assertThat(body.selectFirst("div.admonition.warning").select("> p").eachText()).containsExactly(title.text(), "x");
        Element summary = body.selectFirst("details.tip > summary");
        assertThat(summary.selectFirst("a").attr("href")).isEqualTo("guide.md");
    }
}
