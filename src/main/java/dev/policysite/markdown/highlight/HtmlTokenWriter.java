package dev.policysite.markdown.highlight;

/**
 * Turns tokens into HTML: {@code <span class="tok-str">…</span>} around highlighted pieces, everything
 * escaped. Gaps a tokenizer leaves are written as plain text, so no character of the code is ever lost.
 * With an active {@link LineStyle} every line is wrapped in {@code <span class="ps-line">} (plus
 * {@code ps-hl} when emphasised); a token running over several lines gets one span per line, so the
 * elements nest properly and the text stays exactly the code.
 */
final class HtmlTokenWriter implements TokenSink {
    private final String code;
    private final StringBuilder out;
    private final LineStyle lines;
    private int written;
    private int lineNumber;
    private boolean lineOpen;

    HtmlTokenWriter(String code, StringBuilder out, LineStyle lines) {
        this.code = code;
        this.out = out;
        this.lines = lines.active() ? lines : null;
    }

    @Override
    public void token(TokenKind kind, int start, int end) {
        if (start > written) {
            write(null, written, start);
        }
        int from = Math.max(start, written);
        if (end <= from) {
            return;
        }
        write(kind, from, end);
        written = end;
    }

    /** Writes what the tokenizer did not report (there should be nothing) and closes the last line. */
    void finish() {
        if (written < code.length()) {
            write(null, written, code.length());
            written = code.length();
        }
        if (lineOpen) {
            out.append("</span>");
            lineOpen = false;
        }
    }

    private void write(TokenKind kind, int from, int to) {
        if (lines == null) {
            piece(kind, from, to);
            return;
        }
        int i = from;
        while (i < to) {
            if (!lineOpen) {
                lineNumber++;
                out.append(lines.highlighted().contains(lineNumber) ? "<span class=\"ps-line ps-hl\">" : "<span class=\"ps-line\">");
                lineOpen = true;
            }
            int nl = code.indexOf('\n', i);
            int end = nl < 0 || nl >= to ? to : nl;
            piece(kind, i, end);
            if (end < to) {
                out.append("\n</span>");
                lineOpen = false;
                i = end + 1;
            } else {
                i = end;
            }
        }
    }

    private void piece(TokenKind kind, int from, int to) {
        if (from >= to) {
            return;
        }
        if (kind == null) {
            escapeTo(code, from, to, out);
        } else {
            out.append("<span class=\"").append(kind.cssClass()).append("\">");
            escapeTo(code, from, to, out);
            out.append("</span>");
        }
    }

    /** Escapes element text (quotes need no escaping there, and JSON has many). */
    static void escapeTo(String s, int from, int to, StringBuilder out) {
        int run = from;
        for (int i = from; i < to; i++) {
            String rep;
            switch (s.charAt(i)) {
                case '&': rep = "&amp;"; break;
                case '<': rep = "&lt;"; break;
                case '>': rep = "&gt;"; break;
                default: continue;
            }
            out.append(s, run, i).append(rep);
            run = i + 1;
        }
        out.append(s, run, to);
    }
}
