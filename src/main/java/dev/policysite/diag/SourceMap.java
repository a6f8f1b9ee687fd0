package dev.policysite.diag;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Maps each line of a generated text (a page after includes and templating) back to the file and line an
 * author edits, so every diagnostic names the original place. Also records how many columns of
 * indentation were added in front of a line (an include inside an admonition), so columns map back too.
 */
public final class SourceMap {
    private final Path[] files;
    private final int[] lines;
    private final int[] shifts;
    private final int size;

    private SourceMap(Path[] files, int[] lines, int[] shifts, int size) {
        this.files = files;
        this.lines = lines;
        this.shifts = shifts;
        this.size = size;
    }

    /** Line i of the text is line {@code firstLine + i} of {@code file}. */
    public static SourceMap identity(Path file, int lineCount, int firstLine) {
        Builder b = new Builder();
        for (int i = 0; i < lineCount; i++) {
            b.add(file, firstLine + i, 0);
        }
        return b.build();
    }

    /** The original position of 1-based {@code line}, {@code col} of the generated text. */
    public SourcePos pos(int line, int col) {
        if (size == 0) {
            throw new IllegalStateException("empty source map");
        }
        int i = Math.max(0, Math.min(size - 1, line - 1));
        int c = col <= 0 ? 0 : Math.max(1, col - shifts[i]);
        return new SourcePos(files[i], lines[i], c);
    }

    public Path file(int line) {
        return files[Math.max(0, Math.min(size - 1, line - 1))];
    }

    public int size() {
        return size;
    }

    /** This map seen through another step: line i of the new text came from line {@code origin[i]} of this one. */
    public SourceMap compose(int[] origin) {
        Builder b = new Builder();
        for (int o : origin) {
            int i = Math.max(0, Math.min(size - 1, o - 1));
            b.add(files[i], lines[i], shifts[i]);
        }
        return b.build();
    }

    /** Appends lines in order; used by the include expander and the page templater. */
    public static final class Builder {
        private final List<Path> fileList = new ArrayList<>();
        private int[] lineArr = new int[64];
        private int[] shiftArr = new int[64];

        public Builder add(Path file, int line, int shift) {
            int n = fileList.size();
            if (n == lineArr.length) {
                lineArr = Arrays.copyOf(lineArr, n * 2);
                shiftArr = Arrays.copyOf(shiftArr, n * 2);
            }
            fileList.add(file);
            lineArr[n] = line;
            shiftArr[n] = shift;
            return this;
        }

        public Builder addAll(SourceMap other, int extraShift) {
            for (int i = 0; i < other.size; i++) {
                add(other.files[i], other.lines[i], other.shifts[i] + extraShift);
            }
            return this;
        }

        public SourceMap build() {
            int n = fileList.size();
            return new SourceMap(fileList.toArray(new Path[0]), Arrays.copyOf(lineArr, n), Arrays.copyOf(shiftArr, n), n);
        }
    }
}
