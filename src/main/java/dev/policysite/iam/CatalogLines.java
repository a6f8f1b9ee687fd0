package dev.policysite.iam;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The lines of an (uncompressed) catalog file, kept as bytes and decoded only when asked for: loading
 * a catalog is then one scan for line ends, which keeps a cold start fast. Fields are tab-separated.
 * Case-insensitive comparisons fold ASCII letters, which is all the catalogs contain.
 */
final class CatalogLines {
    private final byte[] data;
    /** {@code data} with ASCII letters lower-cased: case-insensitive comparison becomes a vectorised byte compare. */
    private final byte[] folded;
    private final int[] starts;
    private final int[] ends;
    private final int count;
    private final int keyField;
    private final int[] keyStarts;
    private final int[] keyEnds;

    private CatalogLines(byte[] data, byte[] folded, int[] starts, int[] ends, int count, int keyField) {
        this.data = data;
        this.folded = folded;
        this.starts = starts;
        this.ends = ends;
        this.count = count;
        this.keyField = keyField;
        this.keyStarts = new int[count];
        this.keyEnds = new int[count];
        for (int i = 0; i < count; i++) {
            keyStarts[i] = scanFieldStart(i, keyField);
            keyEnds[i] = scanFieldEnd(i, keyStarts[i]);
        }
    }

    /** Indexes the non-empty lines of {@code data} (LF or CRLF line ends); field 0 is the lookup key. */
    static CatalogLines of(byte[] data) {
        return of(data, 0);
    }

    /** Like {@link #of(byte[])}, remembering where field {@code keyField} (the one searched most) lies. */
    static CatalogLines of(byte[] data, int keyField) {
        int[] starts = new int[1024];
        int[] ends = new int[1024];
        int count = 0;
        int pos = 0;
        int n = data.length;
        byte[] folded = new byte[n];
        while (pos < n) {
            int end = pos;
            // one pass finds the line end and folds the case
            for (byte b; end < n && (b = data[end]) != '\n'; end++) {
                folded[end] = b >= 'A' && b <= 'Z' ? (byte) (b + 32) : b;
            }
            int contentEnd = end > pos && data[end - 1] == '\r' ? end - 1 : end;
            if (contentEnd > pos) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                    ends = Arrays.copyOf(ends, count * 2);
                }
                starts[count] = pos;
                ends[count++] = contentEnd;
            }
            pos = end + 1;
        }
        return new CatalogLines(data, folded, starts, ends, count, keyField);
    }

    int count() {
        return count;
    }

    /** Offset where field {@code field} of {@code line} starts (the line end when it has fewer fields). */
    int fieldStart(int line, int field) {
        return field == keyField ? keyStarts[line] : scanFieldStart(line, field);
    }

    /** Offset just after field {@code field} of {@code line}. */
    int fieldEnd(int line, int field) {
        return field == keyField ? keyEnds[line] : scanFieldEnd(line, scanFieldStart(line, field));
    }

    private int scanFieldStart(int line, int field) {
        int p = starts[line];
        int end = ends[line];
        for (int f = 0; f < field && p < end; f++) {
            while (p < end && data[p] != '\t') {
                p++;
            }
            if (p < end) {
                p++;
            }
        }
        return p;
    }

    private int scanFieldEnd(int line, int from) {
        int p = from;
        int end = ends[line];
        while (p < end && data[p] != '\t') {
            p++;
        }
        return p;
    }

    String field(int line, int field) {
        return text(fieldStart(line, field), fieldEnd(line, field));
    }

    String text(int from, int to) {
        return new String(data, from, to - from, StandardCharsets.UTF_8);
    }

    byte[] data() {
        return data;
    }

    /**
     * A search key in the form the comparisons below take: ASCII letters lower-cased, one byte a
     * character. Characters outside Latin-1 become 0xFF, which no catalog line contains.
     */
    static byte[] key(String text) {
        byte[] key = new byte[text.length()];
        for (int i = 0; i < key.length; i++) {
            char c = text.charAt(i);
            key[i] = c > 0xFF ? (byte) 0xFF : (byte) fold(c);
        }
        return key;
    }

    /** Compares {@code data[from..to)} with a {@link #key(String) key}, ignoring ASCII case; sign as in compareTo. */
    int compareIgnoreCase(int from, int to, byte[] key) {
        int i = Arrays.mismatch(folded, from, to, key, 0, key.length);
        if (i < 0) {
            return 0;
        }
        if (i >= to - from || i >= key.length) {
            return (to - from) - key.length;
        }
        return (folded[from + i] & 0xff) - (key[i] & 0xff);
    }

    /** Is {@code data[from..to)} exactly {@code text}? */
    boolean equalsExactly(int from, int to, String text) {
        if (to - from != text.length()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if ((data[from + i] & 0xff) != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Does {@code data[from..to)} start with a {@link #key(String) key}, ignoring ASCII case? */
    boolean startsWithIgnoreCase(int from, int to, byte[] prefix) {
        return to - from >= prefix.length && Arrays.equals(folded, from, from + prefix.length, prefix, 0, prefix.length);
    }

    /** Compares two byte ranges ignoring ASCII case. */
    int compareRangesIgnoreCase(int aFrom, int aTo, int bFrom, int bTo) {
        int i = Arrays.mismatch(folded, aFrom, aTo, folded, bFrom, bTo);
        if (i < 0) {
            return 0;
        }
        if (i >= aTo - aFrom || i >= bTo - bFrom) {
            return (aTo - aFrom) - (bTo - bFrom);
        }
        return (folded[aFrom + i] & 0xff) - (folded[bFrom + i] & 0xff);
    }

    private static int fold(int c) {
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    }
}
