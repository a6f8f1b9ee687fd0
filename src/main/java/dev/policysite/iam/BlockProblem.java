package dev.policysite.iam;

import dev.policysite.diag.Finding;
import dev.policysite.diag.Severity;
import dev.policysite.diag.SourcePos;

import java.nio.file.Path;

/**
 * One problem in a code block, positioned relative to the block text: {@code line} and {@code col} are
 * 1-based, line 1 being the block's first line; they point at the offending character (for a value,
 * its first character, e.g. the opening quote of a string).
 *
 * @param code stable identifier, see {@link IamCodes} and {@link dev.policysite.json.JsonCodes}
 * @param hint what to do about it (never null, may be empty)
 */
public record BlockProblem(String code, Severity severity, int line, int col, String message, String hint)
        implements Comparable<BlockProblem> {

    public BlockProblem {
        hint = hint == null ? "" : hint;
    }

    /**
     * The finding in the original file, for a block whose first line is {@code firstLine} of {@code file}
     * and whose lines had {@code indent} columns of indentation removed before checking (e.g. a fence
     * inside an admonition).
     */
    public Finding toFinding(Path file, int firstLine, int indent) {
        return new Finding(code, severity, new SourcePos(file, firstLine + line - 1, col + indent), message, hint);
    }

    @Override
    public int compareTo(BlockProblem o) {
        int c = Integer.compare(line, o.line);
        if (c == 0) {
            c = Integer.compare(col, o.col);
        }
        return c != 0 ? c : code.compareTo(o.code);
    }

    @Override
    public String toString() {
        return line + ":" + col + ": " + severity.label() + ": " + message + " [" + code + "]";
    }
}
