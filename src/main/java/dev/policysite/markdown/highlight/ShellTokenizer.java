package dev.policysite.markdown.highlight;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * bash / sh: the first word of each command is a command name (so {@code aws} stands out in
 * {@code aws iam create-role ...}), options, quoting, variables and expansions, comments, operators,
 * assignments and here-documents.
 */
final class ShellTokenizer implements Tokenizer {
    private static final Set<String> KEYWORDS = Set.of("if", "then", "else", "elif", "fi", "for", "in", "while",
            "until", "do", "done", "case", "esac", "function", "select", "time", "{", "}", "!", "[[", "]]");
    /** Keywords after which a command follows. */
    private static final Set<String> LEADING = Set.of("if", "then", "else", "elif", "while", "until", "do", "time",
            "{", "!");

    @Override
    public void tokenize(String code, TokenSink out) {
        new Run(code, out).all();
    }

    private record Heredoc(String delimiter, boolean stripTabs) {
    }

    private static final class Run {
        private final String s;
        private final int n;
        private final TokenSink out;
        private final Deque<Heredoc> heredocs = new ArrayDeque<>();
        private int i;
        private boolean commandStart = true;
        /** After {@code for}/{@code select}/{@code case}: the next word is a name, then {@code in} is a keyword. */
        private int inCountdown;

        Run(String s, TokenSink out) {
            this.s = s;
            this.n = s.length();
            this.out = out;
        }

        void all() {
            while (i < n) {
                step();
            }
        }

        private void step() {
            char c = s.charAt(i);
            int start = i;
            if (c == '\n') {
                i++;
                out.token(null, start, i);
                commandStart = true;
                inCountdown = 0;
                heredocBodies();
            } else if (Chars.isBlank(c)) {
                i = Chars.skipBlanks(s, i, n);
                out.token(null, start, i);
            } else if (c == '#' && wordBoundaryBefore(i)) {
                i = Chars.lineEnd(s, i);
                out.token(TokenKind.COMMENT, start, i);
            } else if (c == '\\') {
                i = Math.min(n, i + 2);
                out.token(null, start, i);
            } else if (c == '\'') {
                int close = s.indexOf('\'', i + 1);
                i = close < 0 ? n : close + 1;
                out.token(TokenKind.STRING, start, i);
                commandStart = false;
            } else if (c == '"') {
                doubleQuoted();
                commandStart = false;
            } else if (c == '$') {
                dollar();
            } else if (c == '<' && s.startsWith("<<", i) && !s.startsWith("<<<", i)) {
                heredocStart();
            } else if (isOperatorChar(c)) {
                operator();
            } else {
                word();
            }
        }

        private boolean wordBoundaryBefore(int at) {
            if (at == 0) {
                return true;
            }
            char p = s.charAt(at - 1);
            return Chars.isBlank(p) || p == '\n' || p == ';' || p == '&' || p == '|' || p == '(';
        }

        private static boolean isOperatorChar(char c) {
            return c == '|' || c == '&' || c == ';' || c == '(' || c == ')' || c == '<' || c == '>';
        }

        private void operator() {
            int start = i;
            char c = s.charAt(i);
            i++;
            while (i < n && isOperatorChar(s.charAt(i)) && s.charAt(i) != '(' && s.charAt(i) != ')'
                    && (s.charAt(i) == c || s.charAt(i) == '&' || s.charAt(i) == '>')) {
                i++;
            }
            String op = s.substring(start, i);
            inCountdown = 0;
            // redirections take a file name next, not a command
            commandStart = !(op.startsWith(">") || op.startsWith("<") || op.equals(")") || op.equals("&>"));
            if (op.endsWith("&") && i < n && Chars.isDigit(s.charAt(i)) && (op.startsWith(">") || op.startsWith("<"))) {
                i++; // 2>&1
            }
            out.token(TokenKind.OPERATOR, start, i);
        }

        private void word() {
            int start = i;
            while (i < n) {
                char c = s.charAt(i);
                if (Chars.isBlank(c) || c == '\n' || c == '"' || c == '\'' || c == '$' || c == '\\' || isOperatorChar(c)) {
                    break;
                }
                if (c == '=' && commandStart && isName(start, i)) {
                    // NAME=value: an assignment; the command (if any) comes after it
                    out.token(TokenKind.VARIABLE, start, i);
                    out.token(TokenKind.OPERATOR, i, i + 1);
                    i++;
                    assignmentValue();
                    return;
                }
                i++;
            }
            String w = s.substring(start, i);
            if (inCountdown > 0) {
                // for NAME in ...: the loop variable, then the keyword
                boolean in = w.equals("in");
                out.token(in ? TokenKind.KEYWORD : inCountdown == 2 ? TokenKind.VARIABLE : null, start, i);
                inCountdown = in ? 0 : inCountdown - 1;
                return;
            }
            if (commandStart && KEYWORDS.contains(w)) {
                out.token(TokenKind.KEYWORD, start, i);
                commandStart = LEADING.contains(w);
                if (w.equals("for") || w.equals("select") || w.equals("case")) {
                    inCountdown = 2;
                    commandStart = false;
                }
                return;
            }
            if (commandStart) {
                out.token(TokenKind.FUNCTION, start, i);
                commandStart = false;
            } else if (w.startsWith("-") && w.length() > 1 && !Chars.isDigit(w.charAt(1))) {
                int eq = w.indexOf('=');
                out.token(TokenKind.ATTRIBUTE, start, eq < 0 ? i : start + eq);
                out.token(null, eq < 0 ? i : start + eq, i);
            } else {
                boolean number = !w.isEmpty() && Chars.numberEnd(w, 0, w.length()) == w.length();
                out.token(number ? TokenKind.NUMBER : null, start, i);
            }
        }

        private boolean isName(int from, int to) {
            if (to == from || !Chars.isWordStart(s.charAt(from))) {
                return false;
            }
            for (int k = from; k < to; k++) {
                if (!Chars.isWordPart(s.charAt(k))) {
                    return false;
                }
            }
            return true;
        }

        /** The value of NAME=value up to the next blank: quoting and expansions as usual, the rest a string. */
        private void assignmentValue() {
            // whatever follows the assignment is a command again (A=1 cmd)
            commandStart = true;
            while (i < n) {
                char c = s.charAt(i);
                if (Chars.isBlank(c) || c == '\n' || (isOperatorChar(c))) {
                    return;
                }
                if (c == '$' && s.startsWith("$(", i) && !s.startsWith("$((", i)) {
                    dollar(); // a command substitution: the main loop reads its commands
                    return;
                }
                int start = i;
                if (c == '"') {
                    doubleQuoted();
                } else if (c == '\'') {
                    int close = s.indexOf('\'', i + 1);
                    i = close < 0 ? n : close + 1;
                    out.token(TokenKind.STRING, start, i);
                } else if (c == '$') {
                    dollar();
                    commandStart = true;
                } else {
                    while (i < n && !Chars.isBlank(s.charAt(i)) && s.charAt(i) != '\n' && s.charAt(i) != '"'
                            && s.charAt(i) != '\'' && s.charAt(i) != '$' && !isOperatorChar(s.charAt(i))) {
                        i++;
                    }
                    out.token(TokenKind.STRING, start, i);
                }
            }
        }

        private void doubleQuoted() {
            int run = i;
            i++;
            while (i < n) {
                char c = s.charAt(i);
                if (c == '\\') {
                    i = Math.min(n, i + 2);
                } else if (c == '"') {
                    i++;
                    break;
                } else if (c == '$' && i + 1 < n && isExpansionStart(s.charAt(i + 1))) {
                    out.token(TokenKind.STRING, run, i);
                    int start = i;
                    i = expansionEnd(i);
                    out.token(TokenKind.VARIABLE, start, i);
                    run = i;
                } else {
                    i++;
                }
            }
            out.token(TokenKind.STRING, run, i);
        }

        private static boolean isExpansionStart(char c) {
            return c == '{' || c == '(' || Chars.isWordStart(c) || Chars.isDigit(c) || "@*#?$!-".indexOf(c) >= 0;
        }

        /** {@code $NAME}, {@code $1}, {@code $?}, {@code ${...}}, {@code $(...)}, {@code $((...))}: the index after it. */
        private int expansionEnd(int from) {
            int j = from + 1;
            char c = s.charAt(j);
            if (c == '{' || c == '(') {
                char open = c;
                char close = c == '{' ? '}' : ')';
                int depth = 0;
                while (j < n) {
                    char d = s.charAt(j);
                    if (d == open) {
                        depth++;
                    } else if (d == close && --depth == 0) {
                        return j + 1;
                    }
                    j++;
                }
                return n;
            }
            if (Chars.isWordStart(c)) {
                while (j < n && Chars.isWordPart(s.charAt(j))) {
                    j++;
                }
                return j;
            }
            return j + 1;
        }

        private void dollar() {
            int start = i;
            if (i + 1 < n && s.charAt(i + 1) == '\'') {
                // $'...' (ANSI-C quoting)
                int j = i + 2;
                while (j < n && s.charAt(j) != '\'') {
                    j += s.charAt(j) == '\\' ? 2 : 1;
                }
                i = Math.min(n, j + 1);
                out.token(TokenKind.STRING, start, i);
            } else if (i + 1 < n && s.charAt(i + 1) == '(' && !s.startsWith("$((", i)) {
                // command substitution: its content is commands
                i += 2;
                out.token(TokenKind.VARIABLE, start, i);
                commandStart = true;
                return;
            } else if (i + 1 < n && isExpansionStart(s.charAt(i + 1))) {
                i = expansionEnd(i);
                out.token(TokenKind.VARIABLE, start, i);
            } else {
                i++;
                out.token(null, start, i);
            }
            commandStart = false;
        }

        private void heredocStart() {
            int start = i;
            i += 2;
            boolean strip = i < n && s.charAt(i) == '-';
            if (strip) {
                i++;
            }
            out.token(TokenKind.OPERATOR, start, i);
            int w = Chars.skipBlanks(s, i, n);
            out.token(null, i, w);
            i = w;
            int dStart = i;
            char q = i < n ? s.charAt(i) : 0;
            String delimiter;
            if (q == '\'' || q == '"') {
                int close = s.indexOf(q, i + 1);
                int end = close < 0 ? Chars.lineEnd(s, i) : close;
                delimiter = s.substring(i + 1, end);
                i = close < 0 ? end : close + 1;
            } else {
                while (i < n && (Chars.isWordPart(s.charAt(i)) || s.charAt(i) == '-')) {
                    i++;
                }
                delimiter = s.substring(dStart, i);
            }
            out.token(TokenKind.STRING, dStart, i);
            if (!delimiter.isEmpty()) {
                heredocs.add(new Heredoc(delimiter, strip));
            }
            commandStart = false;
        }

        /** After a newline: the bodies of pending here-documents, each up to its delimiter line. */
        private void heredocBodies() {
            while (!heredocs.isEmpty() && i < n) {
                Heredoc h = heredocs.poll();
                int bodyStart = i;
                while (i < n) {
                    int end = Chars.lineEnd(s, i);
                    String line = s.substring(i, end);
                    String cmp = h.stripTabs() ? stripLeadingTabs(line) : line;
                    if (cmp.equals(h.delimiter())) {
                        out.token(TokenKind.STRING, bodyStart, i);
                        out.token(TokenKind.KEYWORD, i, end);
                        i = Math.min(n, end + 1);
                        out.token(null, end, i);
                        bodyStart = -1;
                        break;
                    }
                    i = Math.min(n, end + 1);
                }
                if (bodyStart >= 0) {
                    out.token(TokenKind.STRING, bodyStart, i);
                }
            }
        }

        private static String stripLeadingTabs(String line) {
            int k = 0;
            while (k < line.length() && line.charAt(k) == '\t') {
                k++;
            }
            return line.substring(k);
        }
    }
}
