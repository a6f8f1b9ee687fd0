package dev.policysite.check;

import dev.policysite.diag.Severity;

import java.util.Objects;

/**
 * One problem in a code block, positioned relative to the block's own text (1-based; {@code line == 0}
 * means the whole block, {@code col == 0} the whole line). The check framework maps it to the original
 * file, line and column.
 */
public record BlockIssue(String code, Severity severity, int line, int col, String message, String hint) {

    public BlockIssue {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        hint = hint == null ? "" : hint;
    }
}
