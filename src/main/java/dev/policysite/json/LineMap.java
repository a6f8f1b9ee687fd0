package dev.policysite.json;

import java.util.Arrays;

/** Turns character offsets into line/column positions; built once per text. */
final class LineMap {
    private final int[] lineStarts;
    private final int length;

    LineMap(String text) {
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
        this.lineStarts = Arrays.copyOf(starts, count);
        this.length = n;
    }

    TextPos at(int offset) {
        int clamped = Math.max(0, Math.min(offset, length));
        int idx = Arrays.binarySearch(lineStarts, clamped);
        int line = idx >= 0 ? idx : -idx - 2;
        return new TextPos(clamped, line + 1, clamped - lineStarts[line] + 1);
    }
}
