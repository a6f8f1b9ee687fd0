package dev.policysite.render;

import dev.policysite.diag.SourcePos;
import dev.policysite.diag.UserError;
import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.template.TemplateException;

import java.nio.file.Path;

/** Turns Freemarker's multi-line exceptions into one-line user errors at the template's file and line. */
final class TemplateErrors {
    private TemplateErrors() {
    }

    static UserError of(TemplateException e, Path file, int lineOffset) {
        int line = e.getLineNumber() == null ? 0 : e.getLineNumber() + lineOffset;
        SourcePos pos = line > 0 ? new SourcePos(file, line, e.getColumnNumber() == null ? 0 : e.getColumnNumber())
                : SourcePos.fileOnly(file);
        if (e instanceof InvalidReferenceException) {
            String expr = e.getBlamedExpressionString();
            return new UserError(pos, "unknown template variable '" + (expr == null ? "?" : expr) + "'",
                    "check the spelling, or give a default with " + (expr == null ? "x" : expr) + "!\"\"", e);
        }
        return new UserError(pos, "template error: " + firstLine(e.getMessageWithoutStackTop()),
                "fix the template expression", e);
    }

    static UserError of(ParseException e, Path file, int lineOffset) {
        SourcePos pos = new SourcePos(file, e.getLineNumber() + lineOffset, e.getColumnNumber());
        return new UserError(pos, "template syntax error: " + firstLine(e.getEditorMessage()),
                "fix the FreeMarker syntax", e);
    }

    static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        String t = s.strip();
        int nl = t.indexOf('\n');
        return (nl < 0 ? t : t.substring(0, nl)).strip();
    }
}
