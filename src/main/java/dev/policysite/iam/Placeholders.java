package dev.policysite.iam;

/**
 * Documentation placeholders that readers replace: {@code [VPC_ID]}, {@code <account-id>},
 * {@code {subscriptionId}}, AWS policy variables {@code ${aws:username}}, and bare upper-case
 * tokens such as {@code BUCKET_NAME} or {@code REGION}.
 */
final class Placeholders {

    private Placeholders() {
    }

    /** Is the whole of {@code s} one placeholder? */
    static boolean isPlaceholder(String s) {
        if (s.length() < 2) {
            return false;
        }
        if (isBracketed(s, 0, s.length())) {
            return true;
        }
        return isUpperToken(s);
    }

    /**
     * A descriptive stand-in such as {@code account-id}, {@code AWS-account-ID} or {@code your_account}:
     * letters and digits joined by hyphens or underscores. AWS's own docs write ARNs this way. A filler
     * without a separator ({@code xxxxxxxxxxxx}) does not count: it looks like a value, not a note to replace it.
     */
    static boolean isDescriptive(String s) {
        boolean letter = false;
        boolean separator = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '-' || c == '_') {
                separator = true;
            } else if (Character.isLetter(c)) {
                letter = true;
            } else if (!Character.isDigit(c)) {
                return false;
            }
        }
        return letter && separator;
    }

    /** {@code BUCKET_NAME}, {@code REGION}: upper-case letters, digits and underscores, starting with a letter. */
    static boolean isUpperToken(String s) {
        if (s.length() < 2 || !(s.charAt(0) >= 'A' && s.charAt(0) <= 'Z')) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code s} with every bracketed placeholder ({@code [..]}, {@code <..>}, {@code {..}}, {@code ${..}})
     * replaced by the wildcard {@code *}, so that pattern matching treats it as "anything".
     */
    static String toWildcards(String s) {
        if (s.indexOf('[') < 0 && s.indexOf('<') < 0 && s.indexOf('{') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int end = bracketEnd(s, i);
            if (end > 0) {
                out.append('*');
                i = end;
            } else {
                out.append(s.charAt(i++));
            }
        }
        return out.toString();
    }

    private static boolean isBracketed(String s, int from, int to) {
        return bracketEnd(s, from) == to;
    }

    /** If a placeholder opens at {@code i}, the index just after it, else -1. */
    private static int bracketEnd(String s, int i) {
        char c = s.charAt(i);
        int open = i;
        if (c == '$' && i + 1 < s.length() && s.charAt(i + 1) == '{') {
            open = i + 1;
            c = '{';
        }
        char close = switch (c) {
            case '[' -> ']';
            case '<' -> '>';
            case '{' -> '}';
            default -> 0;
        };
        if (close == 0) {
            return -1;
        }
        int end = s.indexOf(close, open + 1);
        return end > open + 1 ? end + 1 : -1;
    }
}
