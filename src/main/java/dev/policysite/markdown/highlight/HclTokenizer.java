package dev.policysite.markdown.highlight;

import java.util.Set;

/**
 * HCL / Terraform: block types and labels, attribute names, template strings with {@code ${...}}
 * interpolations (tokenized as expressions), here-documents, comments, references such as
 * {@code var.x} and function calls such as {@code jsonencode(...)}.
 */
final class HclTokenizer implements Tokenizer {
    private static final Set<String> EXPRESSION_KEYWORDS = Set.of("for", "in", "if", "else", "endif", "endfor");
    private static final Set<String> REFERENCE_ROOTS = Set.of("var", "local", "module", "data", "each", "count",
            "path", "self", "terraform");

    @Override
    public void tokenize(String code, TokenSink out) {
        Run r = new Run(code, out);
        r.expressions(-1);
    }

    private static final class Run {
        private final String s;
        private final int n;
        private final TokenSink out;
        private int i;
        /** At the start of a line, or after '{' or ',': where an attribute name or a block type may stand. */
        private boolean itemStart = true;
        /** Nothing but blanks before this point on the line: where a block may open. */
        private boolean lineStart = true;

        Run(String s, TokenSink out) {
            this.s = s;
            this.n = s.length();
            this.out = out;
        }

        /**
         * Tokens until the text ends or, inside an interpolation ({@code depth >= 0}), until the '}' that
         * closes it (returned without consuming it).
         */
        void expressions(int depth) {
            int braces = 0;
            while (i < n) {
                char c = s.charAt(i);
                int start = i;
                if (depth >= 0 && c == '}' && braces == 0) {
                    return;
                }
                if (c == '\n') {
                    i++;
                    out.token(null, start, i);
                    itemStart = true;
                    lineStart = true;
                    continue;
                } else if (Chars.isBlank(c)) {
                    i = Chars.skipBlanks(s, i, n);
                    out.token(null, start, i);
                    continue;
                } else if (c == '#' || (c == '/' && i + 1 < n && s.charAt(i + 1) == '/')) {
                    i = Chars.lineEnd(s, i);
                    out.token(TokenKind.COMMENT, start, i);
                } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                    int close = s.indexOf("*/", i + 2);
                    i = close < 0 ? n : close + 2;
                    out.token(TokenKind.COMMENT, start, i);
                } else if (c == '"') {
                    quoted();
                    itemStart = false;
                } else if (c == '<' && s.startsWith("<<", i) && heredocStart()) {
                    itemStart = false;
                } else if (Chars.isDigit(c)) {
                    i = Math.max(Chars.numberEnd(s, i, n), i + 1);
                    out.token(TokenKind.NUMBER, start, i);
                    itemStart = false;
                } else if (Chars.isWordStart(c)) {
                    identifier();
                } else if (c == '{' || c == '}' || c == '[' || c == ']' || c == '(' || c == ')' || c == ',' || c == '.') {
                    if (c == '{') {
                        braces++;
                    } else if (c == '}') {
                        braces--;
                    }
                    i++;
                    if (c == '.' && s.startsWith("..", i)) {
                        i += 2;
                    }
                    out.token(TokenKind.PUNCTUATION, start, i);
                    itemStart = c == '{' || c == ',';
                } else {
                    i++;
                    while (i < n && "=!<>&|?:+-*/%~".indexOf(s.charAt(i)) >= 0 && "=!<>&|?:+-*/%~".indexOf(c) >= 0
                            && !(s.charAt(i) == '/' && i + 1 < n && (s.charAt(i + 1) == '/' || s.charAt(i + 1) == '*'))) {
                        i++;
                    }
                    boolean op = "=!<>&|?:+-*/%~".indexOf(c) >= 0;
                    out.token(op ? TokenKind.OPERATOR : null, start, i);
                    itemStart = false;
                }
                lineStart = false;
            }
        }

        private void identifier() {
            int start = i;
            while (i < n && (Chars.isWordPart(s.charAt(i)) || s.charAt(i) == '-')) {
                i++;
            }
            String w = s.substring(start, i);
            boolean first = lineStart;
            int next = Chars.skipBlanks(s, i, n);
            char after = next < n ? s.charAt(next) : '\n';
            TokenKind kind;
            if (w.equals("true") || w.equals("false") || w.equals("null")) {
                kind = TokenKind.LITERAL;
            } else if (after == '(') {
                kind = TokenKind.FUNCTION;
            } else if (itemStart && (after == '=' && !s.startsWith("==", next) || after == ':' && !first)) {
                kind = TokenKind.KEY;
            } else if (first && (after == '"' || after == '{' || Chars.isWordStart(after))) {
                kind = TokenKind.KEYWORD;
            } else if (EXPRESSION_KEYWORDS.contains(w)) {
                kind = TokenKind.KEYWORD;
            } else if (REFERENCE_ROOTS.contains(w) && after == '.') {
                kind = TokenKind.VARIABLE;
            } else {
                kind = null;
            }
            out.token(kind, start, i);
            itemStart = false;
        }

        /** A template string: text as string, {@code ${...}} and {@code %{...}} as expressions. */
        private void quoted() {
            int run = i;
            i++;
            while (i < n) {
                char c = s.charAt(i);
                if (c == '\\') {
                    i = Math.min(n, i + 2);
                } else if (c == '"') {
                    i++;
                    break;
                } else if (c == '\n') {
                    break;
                } else if (interpolationAt(i)) {
                    out.token(TokenKind.STRING, run, i);
                    interpolation();
                    run = i;
                } else {
                    i++;
                }
            }
            out.token(TokenKind.STRING, run, i);
        }

        private boolean interpolationAt(int at) {
            char c = s.charAt(at);
            return (c == '$' || c == '%') && at + 1 < n && s.charAt(at + 1) == '{'
                    && !(at > 0 && s.charAt(at - 1) == c); // $${ and %%{ are escapes
        }

        private void interpolation() {
            out.token(TokenKind.PUNCTUATION, i, i + 2);
            i += 2;
            boolean saved = itemStart;
            itemStart = false;
            expressions(0);
            itemStart = saved;
            if (i < n) {
                out.token(TokenKind.PUNCTUATION, i, i + 1);
                i++;
            }
        }

        /** {@code <<EOF} or {@code <<-EOF} then the body up to the delimiter line; false if this is no heredoc. */
        private boolean heredocStart() {
            int j = i + 2;
            if (j < n && s.charAt(j) == '-') {
                j++;
            }
            int d = j;
            while (j < n && Chars.isWordPart(s.charAt(j))) {
                j++;
            }
            if (j == d || Chars.skipBlanks(s, j, n) < n && s.charAt(Chars.skipBlanks(s, j, n)) != '\n') {
                return false;
            }
            String delimiter = s.substring(d, j);
            out.token(TokenKind.OPERATOR, i, d);
            out.token(TokenKind.KEYWORD, d, j);
            i = j;
            int eol = Chars.lineEnd(s, i);
            out.token(null, i, Math.min(n, eol + 1));
            i = Math.min(n, eol + 1);
            while (i < n) {
                int end = Chars.lineEnd(s, i);
                if (s.substring(i, end).strip().equals(delimiter)) {
                    int d0 = Chars.skipBlanks(s, i, end);
                    out.token(null, i, d0);
                    out.token(TokenKind.KEYWORD, d0, end);
                    i = end;
                    return true;
                }
                templateLine(end);
                if (i < n) {
                    out.token(TokenKind.STRING, i, i + 1);
                    i++;
                }
            }
            return true;
        }

        /** One line of a heredoc body: text as string with interpolations, up to (not including) {@code end}. */
        private void templateLine(int end) {
            int run = i;
            while (i < end) {
                if (interpolationAt(i)) {
                    out.token(TokenKind.STRING, run, i);
                    interpolation();
                    run = i;
                } else {
                    i++;
                }
            }
            out.token(TokenKind.STRING, run, Math.max(run, i));
        }
    }
}
