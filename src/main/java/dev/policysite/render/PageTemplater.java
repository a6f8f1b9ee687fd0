package dev.policysite.render;

import dev.policysite.diag.SourceMap;
import dev.policysite.diag.SourcePos;
import dev.policysite.diag.UserError;
import freemarker.core.ParseException;
import freemarker.core.PlainTextOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * Runs a Markdown page through Freemarker before it is parsed, so pages can embed views of the policy
 * model ({@code [=policies.get("aws-cross-account").json]}) and use {@code <#if>} / {@code <#list>}.
 * Interpolation uses square brackets {@code [=...]}: {@code ${aws:username}} in policies passes through.
 * Pages without FTL syntax skip this step entirely.
 *
 * <p>To keep diagnostics exact, each source line is tagged with an invisible marker before rendering;
 * lines in the output inherit the line of the last marker seen (generated lines map to their directive).
 */
public final class PageTemplater {
    private static final char MARK = '\u0001';
    private static final char END = '\u0002';

    private final Configuration cfg;

    public PageTemplater() {
        cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setInterpolationSyntax(Configuration.SQUARE_BRACKET_INTERPOLATION_SYNTAX);
        cfg.setTagSyntax(Configuration.ANGLE_BRACKET_TAG_SYNTAX);
        cfg.setOutputFormat(PlainTextOutputFormat.INSTANCE);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setNumberFormat("computer");
    }

    public static boolean needsTemplating(String text) {
        return text.contains("[=") || text.contains("<#") || text.contains("<@");
    }

    public record Result(String text, SourceMap map) {
    }

    /** Renders {@code text} (whose lines map through {@code map}) with {@code model}. */
    public Result render(Path file, String text, SourceMap map, Map<String, Object> model) {
        String[] lines = text.split("\n", -1);
        StringBuilder marked = new StringBuilder(text.length() + lines.length * 8);
        int[] markAt = FtlLines.markerColumns(lines);
        // the empty string after a final newline is not a line: it gets no marker
        int last = text.endsWith("\n") ? lines.length - 2 : lines.length - 1;
        for (int i = 0; i < lines.length; i++) {
            if (markAt[i] >= 0 && i <= last) {
                marked.append(lines[i], 0, markAt[i]).append(MARK).append(i + 1).append(END).append(lines[i].substring(markAt[i]));
            } else {
                marked.append(lines[i]);
            }
            if (i < lines.length - 1) {
                marked.append('\n');
            }
        }
        StringWriter out = new StringWriter(text.length() + 1024);
        try {
            Template t = new Template(file.toString(), new StringReader(marked.toString()), cfg);
            t.process(model, out);
        } catch (ParseException e) {
            UserError u = TemplateErrors.of(e, file, 0);
            // most pages are not meant as templates: a stray "[=" or "<#list" in prose or code trips the parser
            throw located(new UserError(u.pos(), u.getMessage(), "fix the FreeMarker syntax, or put 'template_markdown: false'"
                    + " in the page's front matter if it is not a template", u.getCause()), map);
        } catch (TemplateException e) {
            throw located(TemplateErrors.of(e, file, 0), map);
        } catch (IOException e) {
            throw new UserError(map.pos(1, 0), "cannot template page: " + e.getMessage(), "check the page");
        }
        return unmark(out.toString(), map);
    }

    /** Freemarker counted lines of the page body: map them to the real file and line. */
    private static UserError located(UserError e, SourceMap map) {
        SourcePos p = e.pos();
        SourcePos real = p == null || p.line() <= 0 ? map.pos(1, 0) : map.pos(p.line(), p.col() > 0 ? Math.max(1, p.col() - digits(p.line()) - 2) : 0);
        return new UserError(real, e.getMessage(), e.hint(), e.getCause());
    }

    private static int digits(int n) {
        return Integer.toString(n).length();
    }

    private static Result unmark(String rendered, SourceMap map) {
        String[] lines = rendered.split("\n", -1);
        StringBuilder text = new StringBuilder(rendered.length());
        int[] origin = new int[lines.length];
        int current = 1;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            StringBuilder clean = new StringBuilder(l.length());
            int j = 0;
            boolean first = true;
            while (j < l.length()) {
                char c = l.charAt(j);
                if (c == MARK) {
                    int end = l.indexOf(END, j);
                    int n = Integer.parseInt(l.substring(j + 1, end));
                    if (first || clean.toString().isBlank()) {
                        current = n;
                    }
                    j = end + 1;
                    continue;
                }
                first = false;
                clean.append(c);
                j++;
            }
            origin[i] = current;
            text.append(clean);
            if (i < lines.length - 1) {
                text.append('\n');
            }
        }
        int n = lines.length;
        if (rendered.endsWith("\n")) {
            n--; // the empty string after the final newline is not a line
        }
        return new Result(text.toString(), map.compose(Arrays.copyOf(origin, Math.max(0, n))));
    }
}
