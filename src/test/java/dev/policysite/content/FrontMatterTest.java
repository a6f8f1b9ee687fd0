package dev.policysite.content;

import dev.policysite.diag.SourcePos;
import dev.policysite.diag.UserError;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class FrontMatterTest {
    private static final Path PAGE = Path.of("docs/page.md");

    @Test
    void splitsMetaFromBodyAndKnowsWhereTheBodyStarts() {
        FrontMatter fm = FrontMatter.split(PAGE, "---\ntitle: Hello\ntags: [a, b]\ntemplate: landing\n---\n# Body\n");
        assertThat(fm.meta()).isEqualTo(Map.of("title", "Hello", "tags", List.of("a", "b"), "template", "landing"));
        assertThat(fm.body()).isEqualTo("# Body\n");
        assertThat(fm.bodyFirstLine()).isEqualTo(6);
        assertThat(fm.string("title")).isEqualTo("Hello");
        assertThat(fm.line("template")).isEqualTo(4);
        assertThat(fm.line("missing")).isEqualTo(1);
    }

    @Test
    void dotsAlsoCloseAndEmptyFrontMatterIsFine() {
        assertThat(FrontMatter.split(PAGE, "---\na: 1\n...\nbody\n").body()).isEqualTo("body\n");
        FrontMatter empty = FrontMatter.split(PAGE, "---\n---\nbody\n");
        assertThat(empty.meta()).isEmpty();
        assertThat(empty.bodyFirstLine()).isEqualTo(3);
    }

    @Test
    void noFrontMatter() {
        FrontMatter fm = FrontMatter.split(PAGE, "# Title\n---\nnot meta\n");
        assertThat(fm.meta()).isEmpty();
        assertThat(fm.bodyFirstLine()).isEqualTo(1);
        assertThat(FrontMatter.split(PAGE, "----\nnot front matter\n").meta()).isEmpty();
    }

    @Test
    void brokenYamlNamesItsLine() {
        UserError e = catchThrowableOfType(UserError.class, () -> FrontMatter.split(PAGE, "---\ntitle: ok\nbad: [x\n---\nbody\n"));
        assertThat(e.pos().file()).isEqualTo(PAGE);
        assertThat(e.pos().line()).isBetween(3, 4);
        assertThat(e.getMessage()).startsWith("invalid YAML");
    }

    @Test
    void unclosedFrontMatterIsAnErrorAtLineOne() {
        UserError e = catchThrowableOfType(UserError.class, () -> FrontMatter.split(PAGE, "---\ntitle: x\n# Body\n"));
        assertThat(e.pos()).isEqualTo(SourcePos.of(PAGE, 1));
        assertThat(e.hint()).contains("---");
    }

    @Test
    void frontMatterThatIsNotAMapping() {
        UserError e = catchThrowableOfType(UserError.class, () -> FrontMatter.split(PAGE, "---\n- a\n- b\n---\nbody\n"));
        assertThat(e.pos().line()).isEqualTo(2);
    }
}
