package dev.policysite.markdown.attrs;

import dev.policysite.markdown.Markdown;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AttrListTest {

    @Test
    void attributesOnALink() {
        Element a = Markdown.body("[Open](https://example.org){: target=\"_blank\" rel=\"noopener\" }\n").selectFirst("a");
        assertThat(a.attr("href")).isEqualTo("https://example.org");
        assertThat(a.attr("target")).isEqualTo("_blank");
        assertThat(a.attr("rel")).isEqualTo("noopener");
        assertThat(a.parent().text()).isEqualTo("Open");
    }

    @Test
    void attributesOnImagesCodeAndEmphasisWithoutTheColon() {
        Element body = Markdown.body("![alt](a.png){ width=\"300\" .shadow } `x`{: .c } *e*{: #e .a .b }\n");
        assertThat(body.selectFirst("img").attr("width")).isEqualTo("300");
        assertThat(body.selectFirst("img").hasClass("shadow")).isTrue();
        assertThat(body.selectFirst("code").hasClass("c")).isTrue();
        Element em = body.selectFirst("em");
        assertThat(em.id()).isEqualTo("e");
        assertThat(em.classNames()).containsExactly("a", "b");
        assertThat(body.text()).doesNotContain("{");
    }

    @Test
    void attributesOnAParagraphFromItsOwnLastLine() {
        Element p = Markdown.body("Some text\n{: .lead #intro }\n").selectFirst("p");
        assertThat(p.id()).isEqualTo("intro");
        assertThat(p.hasClass("lead")).isTrue();
        assertThat(p.text()).isEqualTo("Some text");
    }

    @Test
    void unquotedAndSingleQuotedValues() {
        Element a = Markdown.body("[x](y){: data-a=1 data-b='two words' }\n").selectFirst("a");
        assertThat(a.attr("data-a")).isEqualTo("1");
        assertThat(a.attr("data-b")).isEqualTo("two words");
    }

    @Test
    void bracesThatAreNotAttributeListsStayText() {
        Element body = Markdown.body("Email {me}, a set {1, 2}, json {\"a\": 1} and end {: .notalone }\n");
        assertThat(body.selectFirst("p").text()).isEqualTo("Email {me}, a set {1, 2}, json {\"a\": 1} and end {: .notalone }");
        assertThat(body.selectFirst("p").hasAttr("class")).isFalse();
    }

    @Test
    void awsPolicyVariablesInTextAreUntouched() {
        Element p = Markdown.body("Resource `arn:aws:s3:::bucket/${aws:username}/*` and ${aws:PrincipalTag/team}\n").selectFirst("p");
        assertThat(p.text()).isEqualTo("Resource arn:aws:s3:::bucket/${aws:username}/* and ${aws:PrincipalTag/team}");
    }
}
