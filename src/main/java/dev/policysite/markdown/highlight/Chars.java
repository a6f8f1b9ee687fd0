package dev.policysite.markdown.highlight;

/** Character classes and small scans the tokenizers share. */
final class Chars {
    private Chars() {
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\r';
    }

    static boolean isWordStart(char c) {
        return c == '_' || Character.isLetter(c);
    }

    static boolean isWordPart(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    /** The index of the end of the line {@code from} is on (the '\n' or the end of the text). */
    static int lineEnd(String s, int from) {
        int i = s.indexOf('\n', from);
        return i < 0 ? s.length() : i;
    }

    /** The index after a run of spaces and tabs starting at {@code from}. */
    static int skipBlanks(String s, int from, int end) {
        int i = from;
        while (i < end && isBlank(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The index after {@code ${...}} starting at {@code from} (nested braces counted), or the line end if unclosed. */
    static int closeBrace(String s, int from) {
        int depth = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i + 1;
            } else if (c == '\n') {
                return i;
            }
        }
        return s.length();
    }

    /**
     * The end of a JSON-style number at {@code from} ({@code -12.5e3}), or {@code from} if there is none.
     * Hex and underscores are not JSON, but YAML and HCL tokenizers reuse this for plain decimal numbers.
     */
    static int numberEnd(String s, int from, int end) {
        int i = from;
        if (i < end && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            i++;
        }
        int digits = i;
        while (i < end && isDigit(s.charAt(i))) {
            i++;
        }
        boolean any = i > digits;
        if (i < end && s.charAt(i) == '.') {
            int f = i + 1;
            while (f < end && isDigit(s.charAt(f))) {
                f++;
            }
            if (f > i + 1 || any) {
                any = any || f > i + 1;
                i = f;
            }
        }
        if (!any) {
            return from;
        }
        if (i < end && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int e = i + 1;
            if (e < end && (s.charAt(e) == '+' || s.charAt(e) == '-')) {
                e++;
            }
            int ed = e;
            while (e < end && isDigit(s.charAt(e))) {
                e++;
            }
            if (e > ed) {
                i = e;
            }
        }
        return i;
    }
}
