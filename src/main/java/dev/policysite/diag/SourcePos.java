package dev.policysite.diag;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A place in an original source file: 1-based line and column ({@code col == 0} means "whole line").
 * Positions always name the file an author edits, never an intermediate (include-expanded) text.
 */
public record SourcePos(Path file, int line, int col) implements Comparable<SourcePos> {

    public SourcePos {
        Objects.requireNonNull(file, "file");
    }

    public static SourcePos of(Path file, int line) {
        return new SourcePos(file, line, 0);
    }

    public static SourcePos fileOnly(Path file) {
        return new SourcePos(file, 0, 0);
    }

    public SourcePos withCol(int newCol) {
        return new SourcePos(file, line, newCol);
    }

    /** {@code file:line:col}, {@code file:line} or {@code file}, with the path as given. */
    @Override
    public String toString() {
        return display(file.toString());
    }

    /** The same as {@link #toString()} with the path made relative to {@code base} when it lies below it. */
    public String toString(Path base) {
        Path shown = file;
        if (base != null) {
            Path abs = file.toAbsolutePath().normalize();
            Path b = base.toAbsolutePath().normalize();
            if (abs.startsWith(b)) {
                shown = b.relativize(abs);
            }
        }
        return display(shown.toString().replace('\\', '/'));
    }

    private String display(String path) {
        if (line <= 0) {
            return path;
        }
        return col > 0 ? path + ":" + line + ":" + col : path + ":" + line;
    }

    @Override
    public int compareTo(SourcePos o) {
        int c = file.toString().compareTo(o.file.toString());
        if (c != 0) {
            return c;
        }
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(col, o.col);
    }
}
