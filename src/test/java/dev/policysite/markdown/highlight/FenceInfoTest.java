package dev.policysite.markdown.highlight;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FenceInfoTest {

    @Test
    void languageOnly() {
        FenceInfo f = FenceInfo.parse("json");
        assertThat(f.language()).isEqualTo("json");
        assertThat(f.attributes()).isEmpty();
        assertThat(f.title()).isNull();
    }

    @Test
    void policyHookInBraces() {
        FenceInfo f = FenceInfo.parse("json {data-policy=\"aws-cross-account\" data-variant='without-backup' data-builder=policies/x/}");
        assertThat(f.language()).isEqualTo("json");
        assertThat(f.attributes()).containsExactly(Map.entry("data-policy", "aws-cross-account"),
                Map.entry("data-variant", "without-backup"), Map.entry("data-builder", "policies/x/"));
    }

    @Test
    void mkdocsTitleWithSpaces() {
        FenceInfo f = FenceInfo.parse("yaml title=\"my policy.yaml\" linenums=\"1\"");
        assertThat(f.language()).isEqualTo("yaml");
        assertThat(f.title()).isEqualTo("my policy.yaml");
        assertThat(f.attributes()).containsEntry("linenums", "1");
    }

    @Test
    void pymdownxBraceFormTakesTheLanguageFromTheFirstClass() {
        FenceInfo f = FenceInfo.parse("{.hcl .wide #main title=\"main.tf\"}");
        assertThat(f.language()).isEqualTo("hcl");
        assertThat(f.classes()).containsExactly("wide");
        assertThat(f.attributes()).containsEntry("id", "main").containsEntry("title", "main.tf");
    }

    @Test
    void highlightedLinesAndLineNumbers() {
        LineStyle s = FenceInfo.parse("json hl_lines=\"1 3-5 9\" linenums=\"10\"").lineStyle();
        assertThat(s.highlighted()).containsExactlyInAnyOrder(1, 3, 4, 5, 9);
        assertThat(s.firstNumber()).isEqualTo(10);
        assertThat(s.active()).isTrue();
        assertThat(FenceInfo.parse("json").lineStyle()).isEqualTo(LineStyle.NONE);
        assertThat(FenceInfo.parse("json hl_lines=\"x 2-y 0 -3\" linenums=\"no\"").lineStyle()).isEqualTo(LineStyle.NONE);
        assertThat(FenceInfo.parse("json hl_lines=\"1-2000000000\"").lineStyle().highlighted()).hasSize(10_001);
    }

    @Test
    void junkIsIgnoredNotFatal() {
        FenceInfo f = FenceInfo.parse("  bash  ??? {oops \"unclosed");
        assertThat(f.language()).isEqualTo("bash");
        assertThat(FenceInfo.parse("").language()).isEmpty();
        assertThat(FenceInfo.parse(null).language()).isEmpty();
    }
}
