package dev.policysite.json;

/**
 * Keeps messages that quote the user's text on one terminal line: control characters become escapes
 * ({@code \n}) and very long text is cut with an ellipsis.
 */
public final class OneLine {
    private static final int MAX = 240;

    private OneLine() {
    }

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
                if (out == null) {
                    out = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                switch (c) {
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> out.append(String.format("\\u%04x", (int) c));
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        String line = out == null ? text : out.toString();
        return line.length() <= MAX ? line : line.substring(0, MAX - 1) + "\u2026";
    }
}
