package dev.policysite.markdown.highlight;

/**
 * YAML as people write it in docs: keys, plain and quoted scalars, comments, list dashes, anchors and
 * aliases, tags (CloudFormation's {@code !Sub}), flow collections, and block scalars ({@code |}, {@code >})
 * whose indented lines are all string.
 */
final class YamlTokenizer implements Tokenizer {

    @Override
    public void tokenize(String code, TokenSink out) {
        new Run(code, out).all();
    }

    private static final class Run {
        private final String s;
        private final int n;
        private final TokenSink out;
        private int i;
        private int flowDepth;
        /** While inside a block scalar: the indent its lines must exceed; -1 otherwise. */
        private int blockParentIndent = -1;
        private int lineIndent;

        Run(String s, TokenSink out) {
            this.s = s;
            this.n = s.length();
            this.out = out;
        }

        void all() {
            while (i < n) {
                line();
            }
        }

        private void line() {
            int start = i;
            int end = Chars.lineEnd(s, i);
            int indent = Chars.skipBlanks(s, i, end) - start;
            if (blockParentIndent >= 0) {
                boolean blank = start + indent == end;
                if (blank || indent > blockParentIndent) {
                    out.token(null, start, start + indent);
                    out.token(TokenKind.STRING, start + indent, end);
                    newline(end);
                    return;
                }
                blockParentIndent = -1;
            }
            lineIndent = indent;
            out.token(null, start, start + indent);
            i = start + indent;
            if (flowDepth == 0 && indent == 0 && (s.startsWith("---", i) || s.startsWith("...", i))
                    && (i + 3 == end || Chars.isBlank(s.charAt(i + 3)))) {
                out.token(TokenKind.PUNCTUATION, i, i + 3);
                i += 3;
            } else if (flowDepth == 0 && indent == 0 && i < end && s.charAt(i) == '%') {
                out.token(TokenKind.KEYWORD, i, end);
                i = end;
            }
            rest();
        }

        /** Tokens up to and including the end of the current line (a quoted scalar may carry it further). */
        private void rest() {
            while (i < n) {
                char c = s.charAt(i);
                int start = i;
                if (c == '\n') {
                    newline(i);
                    return;
                } else if (Chars.isBlank(c)) {
                    i = Chars.skipBlanks(s, i, n);
                    out.token(null, start, i);
                } else if (c == '#' && (i == 0 || Chars.isBlank(s.charAt(i - 1)) || s.charAt(i - 1) == '\n')) {
                    i = Chars.lineEnd(s, i);
                    out.token(TokenKind.COMMENT, start, i);
                } else if ((c == '-' || c == '?') && flowDepth == 0 && separated(i + 1)) {
                    i++;
                    out.token(TokenKind.PUNCTUATION, start, i);
                } else if (c == '[' || c == '{') {
                    flowDepth++;
                    i++;
                    out.token(TokenKind.PUNCTUATION, start, i);
                } else if (c == ']' || c == '}') {
                    flowDepth = Math.max(0, flowDepth - 1);
                    i++;
                    out.token(TokenKind.PUNCTUATION, start, i);
                } else if (c == ',' && flowDepth > 0) {
                    i++;
                    out.token(TokenKind.PUNCTUATION, start, i);
                } else if (c == ':' && separated(i + 1)) {
                    i++;
                    out.token(TokenKind.PUNCTUATION, start, i);
                } else if (c == '&' || c == '*') {
                    i = wordEnd(i + 1);
                    out.token(TokenKind.VARIABLE, start, i);
                } else if (c == '!') {
                    i = wordEnd(i + 1);
                    out.token(TokenKind.ATTRIBUTE, start, i);
                } else if ((c == '|' || c == '>') && flowDepth == 0) {
                    blockScalarHeader();
                } else if (c == '"' || c == '\'') {
                    i = c == '"' ? doubleQuotedEnd(i) : singleQuotedEnd(i);
                    out.token(isKey() ? TokenKind.KEY : TokenKind.STRING, start, i);
                } else {
                    i = plainEnd(i);
                    out.token(isKey() ? TokenKind.KEY : scalarKind(start, i), start, i);
                }
            }
        }

        private void newline(int at) {
            if (at < n) {
                out.token(null, at, at + 1);
                i = at + 1;
            } else {
                i = n;
            }
        }

        /** Whether position {@code at} is a separator after an indicator: blank, line end or text end. */
        private boolean separated(int at) {
            if (at >= n) {
                return true;
            }
            char c = s.charAt(at);
            return Chars.isBlank(c) || c == '\n' || (flowDepth > 0 && (c == ',' || c == '}' || c == ']'));
        }

        /** A scalar just read is a key when a ':' + separator follows (spaces allowed between). */
        private boolean isKey() {
            int j = Chars.skipBlanks(s, i, n);
            return j < n && s.charAt(j) == ':' && separated(j + 1);
        }

        private int wordEnd(int from) {
            int j = from;
            while (j < n) {
                char c = s.charAt(j);
                if (Chars.isBlank(c) || c == '\n' || (flowDepth > 0 && (c == ',' || c == '}' || c == ']'))) {
                    break;
                }
                j++;
            }
            return j;
        }

        /** {@code |}, {@code >-}, {@code |2+}: the following more-indented lines are the scalar's text. */
        private void blockScalarHeader() {
            int start = i;
            int j = i + 1;
            while (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-' || Chars.isDigit(s.charAt(j)))) {
                j++;
            }
            int after = Chars.skipBlanks(s, j, n);
            if (after == n || s.charAt(after) == '\n' || s.charAt(after) == '#') {
                i = j;
                out.token(TokenKind.PUNCTUATION, start, i);
                blockParentIndent = lineIndent;
            } else {
                i = plainEnd(i);
                out.token(TokenKind.STRING, start, i);
            }
        }

        private int doubleQuotedEnd(int from) {
            int j = from + 1;
            while (j < n) {
                char c = s.charAt(j);
                if (c == '\\' && j + 1 < n) {
                    j += 2;
                } else if (c == '"') {
                    return j + 1;
                } else {
                    j++;
                }
            }
            return n;
        }

        private int singleQuotedEnd(int from) {
            int j = from + 1;
            while (j < n) {
                if (s.charAt(j) == '\'') {
                    if (j + 1 < n && s.charAt(j + 1) == '\'') {
                        j += 2;
                        continue;
                    }
                    return j + 1;
                }
                j++;
            }
            return n;
        }

        /** A plain scalar ends at the line end, at " #", at ": " and, in flow collections, at , ] }. */
        private int plainEnd(int from) {
            int j = from;
            int end = from;
            while (j < n) {
                char c = s.charAt(j);
                if (c == '\n') {
                    break;
                }
                if (c == '#' && j > from && Chars.isBlank(s.charAt(j - 1))) {
                    break;
                }
                if (c == ':' && separated(j + 1)) {
                    break;
                }
                if (flowDepth > 0 && (c == ',' || c == ']' || c == '}' || c == '[' || c == '{')) {
                    break;
                }
                j++;
                if (!Chars.isBlank(c)) {
                    end = j;
                }
            }
            return Math.max(end, from + 1);
        }

        private TokenKind scalarKind(int from, int to) {
            String v = s.substring(from, to);
            switch (v) {
                case "true": case "True": case "TRUE": case "false": case "False": case "FALSE":
                case "null": case "Null": case "NULL": case "~":
                case "yes": case "Yes": case "YES": case "no": case "No": case "NO":
                case "on": case "On": case "ON": case "off": case "Off": case "OFF":
                case ".inf": case "-.inf": case "+.inf": case ".Inf": case ".nan": case ".NaN":
                    return TokenKind.LITERAL;
                default:
                    break;
            }
            if (isNumber(v)) {
                return TokenKind.NUMBER;
            }
            return TokenKind.STRING;
        }

        private static boolean isNumber(String v) {
            if (v.startsWith("0x") || v.startsWith("0o")) {
                if (v.length() == 2) {
                    return false;
                }
                for (int k = 2; k < v.length(); k++) {
                    if (Character.digit(v.charAt(k), 16) < 0) {
                        return false;
                    }
                }
                return true;
            }
            return !v.isEmpty() && Chars.numberEnd(v, 0, v.length()) == v.length();
        }
    }
}
