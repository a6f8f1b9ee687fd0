package dev.policysite.markdown.highlight;

import dev.policysite.markdown.MarkdownEngine;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HighlightRendererTest {
    private final MarkdownEngine engine = new MarkdownEngine();

    private String html(String md) {
        return engine.render(engine.parse(md));
    }

    @Test
    void jsonIsTokenizedAndEscaped() {
        String md = "```json\n{\"Condition\": \"a<b && c>d\", \"x\": \"</code></pre><script>\"}\n```\n";
        String html = html(md);
        assertThat(html).contains("<pre><code class=\"language-json\">")
                .contains("<span class=\"tok-key\">\"Condition\"</span>")
                .contains("<span class=\"tok-str\">\"a&lt;b &amp;&amp; c&gt;d\"</span>")
                .doesNotContain("<script>");
        Element code = Jsoup.parseBodyFragment(html).selectFirst("pre > code");
        assertThat(code.wholeText()).isEqualTo("{\"Condition\": \"a<b && c>d\", \"x\": \"</code></pre><script>\"}\n");
    }

    @Test
    void unknownLanguagesArePlainEscapedText() {
        String html = html("```python\nif a < b: print('<b>')\n```\n");
        assertThat(html).contains("<code class=\"language-python\">if a &lt; b: print('&lt;b&gt;')\n</code>")
                .doesNotContain("tok-");
    }

    @Test
    void indentedCodeHasNoLanguage() {
        String html = html("Text\n\n    a <b>\n");
        assertThat(html).contains("<div class=\"ps-code\"><pre><code>a &lt;b&gt;\n</code></pre></div>");
    }

    @Test
    void policyAttributesLandOnThePreAndTheTitleAboveIt() {
        String html = html("```json title=\"policy.json\" {data-policy=\"aws-cross-account\" data-variant=\"without-backup\""
                + " data-builder=\"policies/aws-cross-account/\" onclick=\"x()\"}\n{}\n```\n");
        Element wrapper = Jsoup.parseBodyFragment(html).selectFirst("div.ps-code");
        assertThat(wrapper.child(0).className()).isEqualTo("ps-code-title");
        assertThat(wrapper.child(0).text()).isEqualTo("policy.json");
        Element pre = wrapper.child(1);
        assertThat(pre.tagName()).isEqualTo("pre");
        assertThat(pre.attr("data-policy")).isEqualTo("aws-cross-account");
        assertThat(pre.attr("data-variant")).isEqualTo("without-backup");
        assertThat(pre.attr("data-builder")).isEqualTo("policies/aws-cross-account/");
        // only data-* attributes reach the page: a fence cannot add event handlers
        assertThat(pre.hasAttr("onclick")).isFalse();
        assertThat(html).doesNotContain("onclick");
    }

    @Test
    void attributeValuesAreEscaped() {
        String html = html("```json {data-policy='a\"><script>'} title='<i>t</i>'\n{}\n```\n");
        assertThat(html).doesNotContain("<script>").doesNotContain("<i>");
        Element pre = Jsoup.parseBodyFragment(html).selectFirst("pre");
        assertThat(pre.attr("data-policy")).isEqualTo("a\"><script>");
    }

    @Test
    void highlightedLinesWrapEachLineAndSplitTokensThatSpanLines() {
        String yaml = "a: |\n  one\n  two\nb: 1\n";
        String html = html("```yaml hl_lines=\"2 3\"\n" + yaml + "```\n");
        Element code = Jsoup.parseBodyFragment(html).selectFirst("pre > code");
        assertThat(code.select("> span.ps-line")).hasSize(4);
        assertThat(code.select("> span.ps-line.ps-hl")).extracting(Element::wholeText).containsExactly("  one\n", "  two\n");
        // a token never crosses a line element: the block scalar's string is cut at each line end
        assertThat(code.select("span.ps-line > span.tok-str")).extracting(Element::text).containsExactly("one", "two");
        assertThat(code.wholeText()).isEqualTo(yaml);
        assertThat(code.hasClass("ps-linenums")).isFalse();
    }

    @Test
    void lineNumbersAreACounterSoTheCodeTextStaysClean() {
        String html = html("```python linenums=\"7\"\nx = 1\n\ny = 2\n```\n");
        Element code = Jsoup.parseBodyFragment(html).selectFirst("pre > code");
        assertThat(code.classNames()).containsExactly("language-python", "ps-linenums");
        assertThat(code.attr("style")).isEqualTo("counter-reset: ps-line 6");
        assertThat(code.select("> span.ps-line")).hasSize(3);
        assertThat(code.wholeText()).isEqualTo("x = 1\n\ny = 2\n");
    }

    @Test
    void codeInsideAdmonitionsAndTabsIsHighlightedToo() {
        String html = html("!!! note\n    ```yaml\n    a: 1\n    ```\n\n=== \"T\"\n    ```bash\n    ls -la\n    ```\n");
        assertThat(html).contains("<span class=\"tok-key\">a</span>").contains("<span class=\"tok-fn\">ls</span>");
    }
}
