package dev.policysite.json;

import java.util.Arrays;

/**
 * Turns character offsets into line/column positions. The line table is built on the first
 * question: most texts are clean and never need one.
 */
final class LineMap {
    private final String text;
    private int[] lineStarts;

    LineMap(String text) {
        this.text = text;
    }

    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int count = 1;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            // \r\n, \n and a lone \r all end a line
            boolean lineEnd = c == '\n' || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'));
            if (lineEnd) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    synchronized TextPos at(int offset) {
        if (lineStarts == null) {
            lineStarts = lineStarts(text);
        }
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int idx = Arrays.binarySearch(lineStarts, clamped);
        int line = idx >= 0 ? idx : -idx - 2;
        return new TextPos(clamped, line + 1, clamped - lineStarts[line] + 1);
    }
}
