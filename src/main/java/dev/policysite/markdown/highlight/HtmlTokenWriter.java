package dev.policysite.markdown.highlight;

/**
 * Turns tokens into HTML: {@code <span class="tok-str">…</span>} around highlighted pieces, everything
 * escaped. Gaps a tokenizer leaves are written as plain text, so no character of the code is ever lost.
 */
final class HtmlTokenWriter implements TokenSink {
    private final String code;
    private final StringBuilder out;
    private int written;

    HtmlTokenWriter(String code, StringBuilder out) {
        this.code = code;
        this.out = out;
    }

    @Override
    public void token(TokenKind kind, int start, int end) {
        if (start > written) {
            escape(written, start);
        }
        int from = Math.max(start, written);
        if (end <= from) {
            return;
        }
        if (kind == null) {
            escape(from, end);
        } else {
            out.append("<span class=\"").append(kind.cssClass()).append("\">");
            escape(from, end);
            out.append("</span>");
        }
        written = end;
    }

    /** Writes what the tokenizer did not report (there should be nothing). */
    void finish() {
        if (written < code.length()) {
            escape(written, code.length());
            written = code.length();
        }
    }

    private void escape(int from, int to) {
        escapeTo(code, from, to, out);
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
