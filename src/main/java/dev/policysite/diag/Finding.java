package dev.policysite.diag;

import java.util.Objects;

/**
 * One problem found in the sources: a stable {@code code} (e.g. {@code json.trailing-comma}), a
 * severity, where it is, a one-line message and a hint that says what to do. The one problem type of
 * policysite: engines that check a text on its own (a code block) report it at a
 * {@link SourcePos#inText} position, and the caller places it in the file with {@link #at}.
 */
public record Finding(String code, Severity severity, SourcePos pos, String message, String hint)
        implements Comparable<Finding> {

    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(message, "message");
        hint = hint == null ? "" : hint;
    }

    public static Finding error(String code, SourcePos pos, String message, String hint) {
        return new Finding(code, Severity.ERROR, pos, message, hint);
    }

    public static Finding warning(String code, SourcePos pos, String message, String hint) {
        return new Finding(code, Severity.WARNING, pos, message, hint);
    }

    public Finding at(SourcePos newPos) {
        return new Finding(code, severity, newPos, message, hint);
    }

    /** {@code file:line:col: severity: message [code]} — the one-line form used on terminals. */
    @Override
    public String toString() {
        return pos + ": " + severity.label() + ": " + message + " [" + code + "]";
    }

    /**
     * {@code file:line:col: severity: message (hint) [code]} with the path relative to {@code base} —
     * how commands print a finding, in the same shape as {@link UserError#toLine}.
     */
    public String toLine(java.nio.file.Path base) {
        return pos.toString(base) + ": " + severity.label() + ": " + message
                + (hint.isEmpty() ? "" : " (" + hint + ")") + " [" + code + "]";
    }

    @Override
    public int compareTo(Finding o) {
        int c = pos.compareTo(o.pos);
        return c != 0 ? c : code.compareTo(o.code);
    }
}
