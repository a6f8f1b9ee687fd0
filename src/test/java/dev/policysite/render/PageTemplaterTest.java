package dev.policysite.render;

import dev.policysite.diag.SourceMap;
import dev.policysite.diag.SourcePos;
import dev.policysite.diag.UserError;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PageTemplaterTest {
    private static final Path PAGE = Path.of("docs/page.md");
    private static final Map<String, Object> MODEL = Map.of("name", "World", "items", List.of("a", "b", "c"));
    private final PageTemplater templater = new PageTemplater();

    /** The body starts on line {@code firstLine} of the page (after front matter). */
    private PageTemplater.Result render(String text, int firstLine) {
        return templater.render(PAGE, text, SourceMap.identity(PAGE, text.split("\n", -1).length, firstLine), MODEL);
    }

    private static List<Integer> lineNumbers(PageTemplater.Result r) {
        List<Integer> out = new ArrayList<>();
        for (int i = 1; i <= r.map().size(); i++) {
            out.add(r.map().pos(i, 0).line());
        }
        return out;
    }

    @Test
    void squareBracketInterpolationAndAwsVariablesPassThrough() {
        PageTemplater.Result r = render("Hello [=name]\n\"Resource\": \"arn:aws:s3:::b/${aws:username}/*\"\n#{x} stays\n", 1);
        assertThat(r.text()).isEqualTo("Hello World\n\"Resource\": \"arn:aws:s3:::b/${aws:username}/*\"\n#{x} stays\n");
    }

    @Test
    void needsTemplatingOnlyForFtlSyntax() {
        assertThat(PageTemplater.needsTemplating("plain ${aws:username} text")).isFalse();
        assertThat(PageTemplater.needsTemplating("x [=y]")).isTrue();
        assertThat(PageTemplater.needsTemplating("<#if x>y</#if>")).isTrue();
    }

    @Test
    void generatedLinesMapToTheLineThatProducedThem() {
        PageTemplater.Result r = render("intro\n<#list items as i>\n- [=i]\n</#list>\nend\n", 5);
        assertThat(r.text()).isEqualTo("intro\n- a\n- b\n- c\nend\n");
        assertThat(lineNumbers(r)).containsExactly(5, 7, 7, 7, 9);
    }

    @Test
    void unknownVariableIsOneLineErrorAtTheRealFileLine() {
        UserError e = catchThrowableOfType(UserError.class, () -> render("a\n\nsee [=missing] here\n", 4));
        assertThat(e.pos()).isEqualTo(new SourcePos(PAGE, 6, 7));
        assertThat(e.getMessage()).isEqualTo("unknown template variable 'missing'");
        assertThat(e.hint()).contains("missing!\"\"");
        assertThat(e.toLine(null)).doesNotContain("\n");
    }

    @Test
    void errorPositionGoesThroughTheIncludeSourceMap() {
        // line 2 of the text came from line 3 of an included file
        Path part = Path.of("docs/part.md");
        SourceMap map = new SourceMap.Builder().add(PAGE, 10, 0).add(part, 3, 4).add(PAGE, 12, 0).build();
        UserError e = catchThrowableOfType(UserError.class,
                () -> templater.render(PAGE, "x\n    [=oops]\ny\n", map, MODEL));
        assertThat(e.pos().file()).isEqualTo(part);
        assertThat(e.pos().line()).isEqualTo(3);
    }

    @Test
    void syntaxErrorNamesTheLine() {
        UserError e = catchThrowableOfType(UserError.class, () -> render("ok\n<#if>\n", 1));
        assertThat(e.pos().line()).isEqualTo(2);
        assertThat(e.getMessage()).startsWith("template syntax error");
        assertThat(e.toLine(null)).doesNotContain("\n");
    }

    @Test
    void templateErrorOtherThanUnknownVariable() {
        UserError e = catchThrowableOfType(UserError.class, () -> render("a\nb [=name?number]\n", 1));
        assertThat(e.pos().line()).isEqualTo(2);
        assertThat(e.getMessage()).startsWith("template error");
    }

    @Test
    void tagsAndInterpolationsSpanningLinesStillWork() {
        // the line marker must not land inside a multi-line FTL construct
        String text = String.join("\n",
                "a",                                 // 1
                "<#assign m = {",                    // 2
                "  \"k\": \"v\"",                    // 3
                "}>",                                // 4
                "[=m.k] [=name",                     // 5
                "  ?upper_case]",                    // 6
                "<#--",                              // 7
                "  a comment with [=nothing]",       // 8
                "-->",                               // 9
                "<#if name ==",                      // 10
                "   \"World\">yes</#if>",            // 11
                "last [=undefinedVar]",              // 12
                "");
        UserError e = catchThrowableOfType(UserError.class, () -> render(text, 1));
        assertThat(e.pos().line()).isEqualTo(12);
        PageTemplater.Result r = render(text.replace("[=undefinedVar]", "done"), 1);
        assertThat(r.text()).isEqualTo("a\nv WORLD\nyes\nlast done\n");
        assertThat(lineNumbers(r)).containsExactly(1, 5, 11, 12);
    }

    @Test
    void tagOnlyLinesLeaveNoBlankLines() {
        PageTemplater.Result r = render("- a\n<#if true>\n- b\n</#if>\n- c\n", 1);
        assertThat(r.text()).isEqualTo("- a\n- b\n- c\n");
        assertThat(lineNumbers(r)).containsExactly(1, 3, 5);
    }

    @Test
    void powershellBlockCommentsAndHtmlClosingTagsAreText() {
        String text = "```powershell\n<#\n.SYNOPSIS\n#>\n```\n<div>\n[=name]\n</div>\nend\n";
        PageTemplater.Result r = render(text, 1);
        assertThat(r.text()).isEqualTo(text.replace("[=name]", "World"));
        assertThat(lineNumbers(r)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
    }

    @Test
    void syntaxErrorHintMentionsTurningTemplatingOff() {
        UserError e = catchThrowableOfType(UserError.class, () -> render("x\narrow [=> next](a.md)\n", 1));
        assertThat(e.pos().line()).isEqualTo(2);
        assertThat(e.hint()).contains("template_markdown: false");
    }
}
