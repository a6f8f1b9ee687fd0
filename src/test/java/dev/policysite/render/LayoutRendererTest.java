package dev.policysite.render;

import dev.policysite.diag.SourcePos;
import dev.policysite.diag.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class LayoutRendererTest {
    @TempDir
    Path theme;

    @Test
    void projectTemplatesOverrideAndEscapeHtml() throws IOException {
        Files.writeString(theme.resolve("page.ftlh"), "<h1>${page.title}</h1>${page.content?no_esc}");
        String html = new LayoutRenderer(theme).render("page.ftlh", Map.of("page", Map.of("title", "A & <B>", "content", "<p>x</p>")));
        assertThat(html).isEqualTo("<h1>A &amp; &lt;B&gt;</h1><p>x</p>");
    }

    @Test
    void builtInTemplatesAreFoundWithoutAThemeFolder() {
        LayoutRenderer r = new LayoutRenderer(null);
        assertThat(r.exists("page.ftlh")).isTrue();
        assertThat(r.exists("nope.ftlh")).isFalse();
    }

    @Test
    void unknownVariableInALayoutIsOneLineAtTheTemplateLine() throws IOException {
        Files.writeString(theme.resolve("page.ftlh"), "<html>\n<body>\n${site.nmae}\n</body>\n</html>\n");
        UserError e = catchThrowableOfType(UserError.class,
                () -> new LayoutRenderer(theme).render("page.ftlh", Map.of("site", Map.of("name", "x"))));
        assertThat(e.pos()).isEqualTo(new SourcePos(theme.resolve("page.ftlh"), 3, 3));
        assertThat(e.getMessage()).isEqualTo("unknown template variable 'site.nmae'");
        assertThat(e.toLine(theme)).isEqualTo("page.ftlh:3:3: error: unknown template variable 'site.nmae'"
                + " (check the spelling, or give a default with site.nmae!\"\")");
    }

    @Test
    void syntaxErrorInALayoutNamesItsLine() throws IOException {
        Files.writeString(theme.resolve("page.ftlh"), "ok\n<#if>\n");
        UserError e = catchThrowableOfType(UserError.class, () -> new LayoutRenderer(theme).render("page.ftlh", Map.of()));
        assertThat(e.pos().file()).isEqualTo(theme.resolve("page.ftlh"));
        assertThat(e.pos().line()).isEqualTo(2);
        assertThat(e.getMessage()).startsWith("template syntax error");
    }

    @Test
    void missingTemplateIsAUserError() {
        UserError e = catchThrowableOfType(UserError.class, () -> new LayoutRenderer(theme).render("landing.ftlh", Map.of()));
        assertThat(e.getMessage()).isEqualTo("template 'landing.ftlh' not found");
    }
}
