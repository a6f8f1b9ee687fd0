package dev.policysite.iam;

/**
 * IAM-style wildcard patterns: {@code *} matches any run of characters (also none), {@code ?} exactly one.
 * Azure uses the same {@code *}. Everything else is literal.
 */
final class Wildcards {

    private Wildcards() {
    }

    static boolean hasWildcard(String s) {
        return s.indexOf('*') >= 0 || s.indexOf('?') >= 0;
    }

    /** The part before the first wildcard. */
    static String literalPrefix(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '*' || c == '?') {
                return pattern.substring(0, i);
            }
        }
        return pattern;
    }

    /** Does {@code pattern} match all of {@code text}? Greedy matching with one backtrack point, linear in practice. */
    static boolean matches(String pattern, String text, boolean ignoreCase) {
        int p = 0;
        int t = 0;
        int star = -1;
        int starText = 0;
        while (t < text.length()) {
            if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                starText = t;
            } else if (p < pattern.length() && (pattern.charAt(p) == '?' || same(pattern.charAt(p), text.charAt(t), ignoreCase))) {
                p++;
                t++;
            } else if (star >= 0) {
                p = star + 1;
                t = ++starText;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }

    /**
     * Is there any text both patterns match? Walks the product of the two pattern automata; patterns
     * here are short (ARN fields), so the (a.length+1) x (b.length+1) state space is tiny.
     */
    static boolean overlap(String a, String b) {
        if (a.equals("*") || b.equals("*") || a.equals(b)) {
            return true;
        }
        if (!hasWildcard(a)) {
            return matches(b, a, false);
        }
        if (!hasWildcard(b)) {
            return matches(a, b, false);
        }
        int n = a.length();
        int m = b.length();
        boolean[] seen = new boolean[(n + 1) * (m + 1)];
        int[] stack = new int[(n + 1) * (m + 1)];
        int top = 0;
        stack[top++] = 0;
        seen[0] = true;
        while (top > 0) {
            int state = stack[--top];
            int i = state / (m + 1);
            int j = state % (m + 1);
            if (i == n && j == m) {
                return true;
            }
            char ca = i < n ? a.charAt(i) : 0;
            char cb = j < m ? b.charAt(j) : 0;
            // a star may match nothing
            if (i < n && ca == '*') {
                top = push(stack, top, seen, i + 1, j, m);
            }
            if (j < m && cb == '*') {
                top = push(stack, top, seen, i, j + 1, m);
            }
            // both consume one common character
            if (i < n && j < m) {
                boolean anyA = ca == '*' || ca == '?';
                boolean anyB = cb == '*' || cb == '?';
                if (anyA || anyB || ca == cb) {
                    top = push(stack, top, seen, ca == '*' ? i : i + 1, cb == '*' ? j : j + 1, m);
                }
            }
        }
        return false;
    }

    private static int push(int[] stack, int top, boolean[] seen, int i, int j, int m) {
        int state = i * (m + 1) + j;
        if (!seen[state]) {
            seen[state] = true;
            stack[top++] = state;
        }
        return top;
    }

    private static boolean same(char a, char b, boolean ignoreCase) {
        return a == b || (ignoreCase && Character.toLowerCase(a) == Character.toLowerCase(b));
    }
}
