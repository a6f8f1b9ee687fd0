package dev.policysite.diag;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A place in an original source file: 1-based line and column ({@code col == 0} means "whole line",
 * {@code line == 0} the whole file). Positions always name the file an author edits, never an intermediate
 * (include-expanded) text. The one exception is {@link #inText}: a place in a text checked on its own (a code
 * block), which has no file until the caller places it with {@link Finding#at}.
 */
public record SourcePos(Path file, int line, int col) implements Comparable<SourcePos> {
    /** The {@link #file} of {@link #inText} positions (an empty path, found by identity): never a source file. */
    private static final Path NO_FILE = Path.of("");

    public SourcePos {
        Objects.requireNonNull(file, "file (use SourcePos.inText for a place in a text without a file)");
    }

    /**
     * A place in a text checked on its own, such as a code block ({@code line == 0}: the whole text); printed
     * as {@code line:col}.
     */
    public static SourcePos inText(int line, int col) {
        return new SourcePos(NO_FILE, line, col);
    }

    /** Whether this is an {@link #inText} position, not yet placed in a file. */
    public boolean isInText() {
        return file == NO_FILE;
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
        if (isInText()) {
            return col > 0 ? line + ":" + col : String.valueOf(line);
        }
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
