package dev.policysite.markdown.highlight;

/**
 * JSON (and JSONC: comments are tolerated). Strings followed by a colon are keys; AWS policy variables
 * such as {@code ${aws:username}} inside strings are marked as variables, since they are what a reader
 * must notice in a policy.
 */
final class JsonTokenizer implements Tokenizer {

    @Override
    public void tokenize(String s, TokenSink out) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            int start = i;
            if (c == '"') {
                i = stringEnd(s, i);
                int after = i;
                while (after < n && (Chars.isBlank(s.charAt(after)) || s.charAt(after) == '\n')) {
                    after++;
                }
                boolean key = after < n && s.charAt(after) == ':';
                if (key) {
                    out.token(TokenKind.KEY, start, i);
                } else {
                    string(s, start, i, out);
                }
            } else if (c == '-' || Chars.isDigit(c)) {
                i = Math.max(Chars.numberEnd(s, i, n), i + 1);
                out.token(i > start + 1 || Chars.isDigit(c) ? TokenKind.NUMBER : null, start, i);
            } else if (c == '{' || c == '}' || c == '[' || c == ']' || c == ',' || c == ':') {
                i++;
                out.token(TokenKind.PUNCTUATION, start, i);
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
                i = Chars.lineEnd(s, i);
                out.token(TokenKind.COMMENT, start, i);
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                int close = s.indexOf("*/", i + 2);
                i = close < 0 ? n : close + 2;
                out.token(TokenKind.COMMENT, start, i);
            } else if (Chars.isWordStart(c)) {
                while (i < n && Chars.isWordPart(s.charAt(i))) {
                    i++;
                }
                String word = s.substring(start, i);
                boolean literal = word.equals("true") || word.equals("false") || word.equals("null");
                out.token(literal ? TokenKind.LITERAL : null, start, i);
            } else {
                // whitespace and anything JSON does not know: plain, in one run
                i++;
                while (i < n && !starts(s.charAt(i))) {
                    i++;
                }
                out.token(null, start, i);
            }
        }
    }

    private static boolean starts(char c) {
        return c == '"' || c == '-' || c == '/' || c == '{' || c == '}' || c == '[' || c == ']' || c == ','
                || c == ':' || Chars.isDigit(c) || Chars.isWordStart(c);
    }

    /** The index after the string starting at {@code from}; an unclosed string ends at the line end. */
    static int stringEnd(String s, int from) {
        int n = s.length();
        int i = from + 1;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < n && s.charAt(i + 1) != '\n') {
                i += 2;
            } else if (c == '"') {
                return i + 1;
            } else if (c == '\n') {
                return i;
            } else {
                i++;
            }
        }
        return n;
    }

    /** A string value, with {@code ${...}} policy variables marked inside it. */
    private static void string(String s, int from, int to, TokenSink out) {
        int run = from;
        int i = from;
        while (i < to) {
            if (s.charAt(i) == '$' && i + 1 < to && s.charAt(i + 1) == '{') {
                int close = s.indexOf('}', i + 2);
                if (close > 0 && close < to) {
                    out.token(TokenKind.STRING, run, i);
                    out.token(TokenKind.VARIABLE, i, close + 1);
                    i = close + 1;
                    run = i;
                    continue;
                }
            }
            i++;
        }
        out.token(TokenKind.STRING, run, to);
    }
}
