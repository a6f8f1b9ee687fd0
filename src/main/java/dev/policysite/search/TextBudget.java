package dev.policysite.search;

/**
 * Collects text with whitespace collapsed, up to a limit: an index entry keeps enough words to be found
 * by, while 10,000 pages still make an index the browser loads in a moment.
 */
final class TextBudget {
    private final StringBuilder sb = new StringBuilder();
    private final int limit;
    private boolean pendingSpace;
    private boolean truncated;

    TextBudget(int limit) {
        this.limit = limit;
    }

    void append(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                pendingSpace = sb.length() > 0;
            } else if (sb.length() + (pendingSpace ? 1 : 0) >= limit) {
                truncated = true;
                return;
            } else {
                if (pendingSpace) {
                    sb.append(' ');
                    pendingSpace = false;
                }
                sb.append(c);
            }
        }
    }

    /** Ends a word: the next text starts after a space (block elements, table cells). */
    void space() {
        pendingSpace = sb.length() > 0;
    }

    /** {@code text} shortened to at most {@code limit} characters at a word boundary, marked with an ellipsis. */
    static String cut(String text, int limit) {
        if (text.length() <= limit) {
            return text;
        }
        int cut = text.lastIndexOf(' ', limit);
        return text.substring(0, cut > limit / 2 ? cut : limit) + "…";
    }

    /** The collected text; cut at a word boundary with an ellipsis when the limit was reached. */
    String text() {
        if (!truncated || sb.length() == 0) {
            return sb.toString();
        }
        int cut = sb.lastIndexOf(" ");
        return (cut > limit / 2 ? sb.substring(0, cut) : sb.toString()) + "…";
    }
}
