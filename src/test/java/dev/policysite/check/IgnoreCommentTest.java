package dev.policysite.check;

import dev.policysite.diag.SourcePos;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IgnoreCommentTest {
    private static final SourcePos AT = SourcePos.of(Path.of("a.md"), 3);

    @Test
    void readsCodesSeparatedBySpacesOrCommas() {
        IgnoreComment c = IgnoreComment.parse("<!--policysite: ignore  json.partial,iam.*\n  link.orphan-page -->\n", AT);
        assertThat(c.codes()).containsExactlyInAnyOrder("json.partial", "iam.*", "link.orphan-page");
        assertThat(c.silences("json.partial")).isTrue();
        assertThat(c.silences("json.comment")).isFalse();
        assertThat(c.pos()).isEqualTo(AT);
    }

    @Test
    void ignoreAloneSilencesEverything() {
        IgnoreComment c = IgnoreComment.parse("<!-- policysite: ignore -->", AT);
        assertThat(c.ignoresAll()).isTrue();
        assertThat(c.silences("anything.at-all")).isTrue();
        assertThat(c.unused(Set.of())).containsExactly("*");
        assertThat(c.unused(Set.of("json.syntax"))).isEmpty();
    }

    @Test
    void reportsTheCodesThatMatchedNothing() {
        IgnoreComment c = IgnoreComment.parse("<!-- policysite: ignore a.b c.d -->", AT);
        assertThat(c.unused(Set.of("a.b"))).isEqualTo(List.of("c.d"));
    }

    @Test
    void otherCommentsAreNotDirectivesButMisspelledOnesAreErrors() {
        assertThat(IgnoreComment.parse("<!-- TODO: policysite ignore -->", AT)).isNull();
        assertThat(IgnoreComment.parse("<div>policysite: ignore</div>", AT)).isNull();
        assertThatThrownBy(() -> IgnoreComment.parse("<!-- policysite: ignroe json.x -->", AT))
                .hasMessage("cannot read policysite comment 'ignroe json.x'");
        assertThatThrownBy(() -> IgnoreComment.parse("<!-- policysite: ignore json.x --> more", AT))
                .hasMessageContaining("must stand alone");
    }
}
