package dev.policysite.markdown.html;

import dev.policysite.markdown.Markdown;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RawHtmlTest {

    @Test
    void rawHtmlBlocksPassThroughUnchanged() {
        Element body = Markdown.body(String.join("\n",
                "<figure markdown=\"0\">",
                "  <img src=\"../img/diagram.png\" alt=\"Diagram\" width=\"600\">",
                "  <figcaption>The flow</figcaption>",
                "</figure>",
                "",
                "<p align=\"center\">centered *not markdown*</p>",
                "",
                "<iframe width=\"560\" height=\"315\" src=\"https://www.youtube-nocookie.com/embed/x\" allowfullscreen></iframe>",
                ""));
        Element img = body.selectFirst("figure > img");
        // MkDocs leaves src in raw HTML as written
        assertThat(img.attr("src")).isEqualTo("../img/diagram.png");
        assertThat(body.selectFirst("figure > figcaption").text()).isEqualTo("The flow");
        Element p = body.selectFirst("p[align=center]");
        assertThat(p.text()).isEqualTo("centered *not markdown*");
        assertThat(body.selectFirst("iframe").attr("src")).isEqualTo("https://www.youtube-nocookie.com/embed/x");
        assertThat(body.selectFirst("iframe").hasAttr("allowfullscreen")).isTrue();
    }

    @Test
    void inlineHtmlInParagraphs() {
        Element body = Markdown.body("Press <kbd>Ctrl</kbd>+<kbd>C</kbd> and *then*.\n");
        assertThat(body.select("p > kbd").eachText()).containsExactly("Ctrl", "C");
        assertThat(body.select("p > em").text()).isEqualTo("then");
    }

    @Test
    void markdownInsideADivWithTheMarkdownAttribute() {
        Element body = Markdown.body("<div class=\"grid\" markdown>\n*emph* and a [link](x.md)\n\n- item\n</div>\n\nafter\n");
        Element div = body.selectFirst("> div.grid");
        assertThat(div).isNotNull();
        // the markdown attribute is gone, as Python-Markdown's md_in_html drops it
        assertThat(div.hasAttr("markdown")).isFalse();
        assertThat(div.select("> p > em").text()).isEqualTo("emph");
        assertThat(div.select("> p > a").attr("href")).isEqualTo("x.md");
        assertThat(div.select("> ul > li").text()).isEqualTo("item");
        assertThat(body.select("> p").text()).isEqualTo("after");
    }

    @Test
    void markdownOneAndBlockWithBlankLinesAndNesting() {
        Element body = Markdown.body(String.join("\n",
                "<section id=\"s\" markdown=\"1\">",
                "",
                "## Inside",
                "",
                "<div class=\"inner\" markdown=\"block\">",
                "**bold**",
                "</div>",
                "",
                "tail",
                "",
                "</section>",
                ""));
        Element section = body.selectFirst("> section#s");
        assertThat(section.selectFirst("> h2").id()).isEqualTo("inside");
        assertThat(section.select("> div.inner > p > strong").text()).isEqualTo("bold");
        assertThat(section.select("> p").text()).isEqualTo("tail");
    }

    @Test
    void aClosingTagInsideACodeFenceDoesNotEndTheElement() {
        Element body = Markdown.body("<div markdown>\n```html\n</div>\n```\nstill inside\n</div>\n");
        Element div = body.selectFirst("> div");
        assertThat(div.select("pre > code").text()).isEqualTo("</div>");
        assertThat(div.select("> p").text()).isEqualTo("still inside");
    }

    @Test
    void detailsWithMarkdownBody() {
        Element body = Markdown.body("<details markdown>\n<summary>More</summary>\n\nBody **bold**\n</details>\n");
        Element details = body.selectFirst("> details");
        assertThat(details.selectFirst("> summary").text()).isEqualTo("More");
        assertThat(details.select("> p > strong").text()).isEqualTo("bold");
    }

    @Test
    void withoutTheAttributeOrWithMarkdownZeroContentStaysRaw() {
        Element body = Markdown.body("<div>\n*raw*\n</div>\n\n<div markdown=\"0\">\n*raw too*\n</div>\n");
        assertThat(body.select("em")).isEmpty();
        assertThat(body.text()).contains("*raw*", "*raw too*");
    }
}
