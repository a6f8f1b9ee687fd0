package dev.policysite.markdown.footnotes;

import dev.policysite.markdown.Markdown;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FootnotesTest {

    @Test
    void referencesAndDefinitionsUsePythonMarkdownIdsAndClasses() {
        Element body = Markdown.body("Text[^1] more.\n\n[^1]: The note.\n");
        Element sup = body.selectFirst("p > sup#fnref\\:1");
        assertThat(sup).isNotNull();
        assertThat(sup.selectFirst("a.footnote-ref").attr("href")).isEqualTo("#fn:1");
        assertThat(sup.text()).isEqualTo("1");
        Element li = body.selectFirst("div.footnote > ol > li#fn\\:1");
        assertThat(li).isNotNull();
        assertThat(body.select("div.footnote > hr")).hasSize(1);
        Element back = li.selectFirst("p > a.footnote-backref");
        assertThat(back.attr("href")).isEqualTo("#fnref:1");
        assertThat(back.attr("title")).isEqualTo("Jump back to footnote 1 in the text");
        assertThat(li.selectFirst("p").text()).startsWith("The note.");
    }

    @Test
    void numberedInDefinitionOrderAndCollectedAtTheEnd() {
        Element body = Markdown.body("A[^b] B[^a] again[^b].\n\n[^a]: Alpha\n\nMiddle paragraph.\n\n[^b]: Beta\n");
        Elements refs = body.select("sup > a.footnote-ref");
        assertThat(refs.eachText()).containsExactly("2", "1", "2");
        assertThat(body.select("sup").eachAttr("id")).containsExactly("fnref:b", "fnref:a", "fnref2:b");
        assertThat(body.select("div.footnote li").eachAttr("id")).containsExactly("fn:a", "fn:b");
        // the definitions left the text; the footnote block is the last element
        assertThat(body.child(body.childrenSize() - 1).hasClass("footnote")).isTrue();
        assertThat(body.select("> p").eachText()).containsExactly("A2 B1 again2.", "Middle paragraph.");
    }

    @Test
    void definitionsHoldIndentedBlocks() {
        Element body = Markdown.body("X[^n]\n\n[^n]: First line\n    continued.\n\n    Second paragraph.\n\n        code\n\nAfter.\n");
        Element li = body.selectFirst("li#fn\\:n");
        assertThat(li.select("> p").eachText()).containsExactly("First line continued.", "Second paragraph.", "\u21A9");
        assertThat(li.select("pre code").text()).isEqualTo("code");
        // after a non-paragraph the back-link gets a paragraph of its own, as in Python-Markdown
        assertThat(li.child(li.childrenSize() - 1).select("> a.footnote-backref")).hasSize(1);
        assertThat(body.select("> p").last().text()).isEqualTo("After.");
    }

    @Test
    void bracketsThatAreNotFootnotesStayText() {
        Element body = Markdown.body("A [bracket], arr[0], [^undefined] and [link][nope].\n");
        assertThat(body.select("sup")).isEmpty();
        assertThat(body.text()).isEqualTo("A [bracket], arr[0], [^undefined] and [link][nope].");
    }

    @Test
    void taskListsStillRender() {
        Element body = Markdown.body("- [ ] todo\n- [x] done\n");
        assertThat(body.select("li > input[type=checkbox]")).hasSize(2);
        assertThat(body.select("input[checked]")).hasSize(1);
    }
}
