package dev.policysite.markdown.tabs;

import dev.policysite.markdown.Markdown;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TabbedTest {

    @Test
    void consecutiveTabsFormOneSetInPymdownxAlternateStructure() {
        Element body = Markdown.body("=== \"AWS\"\n    aws text\n\n=== \"Azure\"\n\n    - item\n\n    ```json\n    {}\n    ```\n");
        Elements sets = body.select("> div.tabbed-set");
        assertThat(sets).hasSize(1);
        Element set = sets.first();
        assertThat(set.hasClass("tabbed-alternate")).isTrue();
        assertThat(set.attr("data-tabs")).isEqualTo("1:2");
        Elements inputs = set.select("> input[type=radio]");
        assertThat(inputs.eachAttr("id")).containsExactly("__tabbed_1_1", "__tabbed_1_2");
        assertThat(inputs.eachAttr("name")).containsOnly("__tabbed_1");
        assertThat(inputs.first().hasAttr("checked")).isTrue();
        assertThat(inputs.last().hasAttr("checked")).isFalse();
        Elements labels = set.select("> div.tabbed-labels > label");
        assertThat(labels.eachText()).containsExactly("AWS", "Azure");
        assertThat(labels.eachAttr("for")).containsExactly("__tabbed_1_1", "__tabbed_1_2");
        Elements blocks = set.select("> div.tabbed-content > div.tabbed-block");
        assertThat(blocks).hasSize(2);
        assertThat(blocks.get(0).text()).isEqualTo("aws text");
        assertThat(blocks.get(1).select("ul > li").text()).isEqualTo("item");
        assertThat(blocks.get(1).select("pre > code.language-json").text()).isEqualTo("{}");
    }

    @Test
    void aParagraphBetweenTabsStartsASecondSetWithItsOwnIds() {
        Element body = Markdown.body("=== \"A\"\n    a\n=== \"B\"\n    b\n\nbetween\n\n=== \"C\"\n    c\n=== \"D\"\n    d\n");
        Elements sets = body.select("> div.tabbed-set");
        assertThat(sets).hasSize(2);
        assertThat(sets.get(1).attr("data-tabs")).isEqualTo("2:2");
        assertThat(sets.get(1).select("> div.tabbed-labels > label").eachText()).containsExactly("C", "D");
        assertThat(sets.get(1).select("input").eachAttr("id")).containsExactly("__tabbed_2_1", "__tabbed_2_2");
        assertThat(body.select("> p").text()).isEqualTo("between");
    }

    @Test
    void bangStartsANewSetRightAfterAnother() {
        Element body = Markdown.body("=== \"A\"\n    a\n===! \"B\"\n    b\n=== \"C\"\n    c\n");
        Elements sets = body.select("> div.tabbed-set");
        assertThat(sets).hasSize(2);
        assertThat(sets.get(0).select("label").eachText()).containsExactly("A");
        assertThat(sets.get(1).select("label").eachText()).containsExactly("B", "C");
    }

    @Test
    void plusSelectsTheTab() {
        Element body = Markdown.body("=== \"A\"\n    a\n===+ \"B\"\n    b\n");
        assertThat(body.select("input[checked]").attr("id")).isEqualTo("__tabbed_1_2");
    }

    @Test
    void tabsInsideAnAdmonitionAndAdmonitionsInsideTabs() {
        Element body = Markdown.body("!!! note\n    === \"X\"\n        !!! tip\n            deep\n    === \"Y\"\n        y\n");
        Element set = body.selectFirst("div.admonition.note > div.tabbed-set");
        assertThat(set).isNotNull();
        assertThat(set.select("div.tabbed-block").first().select("> div.admonition.tip").text()).isEqualTo("Tip deep");
    }

    @Test
    void tabsLaterInThePageAreGroupedToo() {
        // regression: grouping the first set used to hide every later sibling from the grouper
        Element body = Markdown.body("=== \"A\"\n    a\n=== \"A2\"\n    a2\n\n# Heading\n\n=== \"B\"\n    b\n=== \"C\"\n    c\n");
        assertThat(body.select("> div.tabbed-set")).hasSize(2);
        assertThat(body.select("> p")).isEmpty();
    }

    @Test
    void labelsAreInlineMarkdown() {
        Element body = Markdown.body("=== \"`aws` CLI\"\n    a\n=== \"*Portal*\"\n    b\n");
        assertThat(body.select("div.tabbed-labels > label > code").text()).isEqualTo("aws");
        assertThat(body.select("div.tabbed-labels > label > em").text()).isEqualTo("Portal");
        assertThat(body.select("div.tabbed-block").eachText()).containsExactly("a", "b");
    }
}
