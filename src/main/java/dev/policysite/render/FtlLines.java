package dev.policysite.render;

import java.util.regex.Pattern;

/**
 * Decides where each line of a page may carry the templater's line marker. A marker must not land inside an
 * FTL tag, interpolation or comment that spans lines ({@code <#assign m = {\n "k": 1 }>}): it would break the
 * template. Such a line is marked right after the construct closes, when text follows. Lines holding nothing
 * but FTL tags stay unmarked too, so Freemarker's white-space stripping still removes them.
 */
final class FtlLines {
    // an FTL tag is <#name, </#name, <@name or </@name: PowerShell's <# ... #> and HTML's </div> are not
    private static final Pattern TAG_ONLY_LINE = Pattern.compile("^\\s*(</?[#@][\\p{L}_$][^>]*>\\s*)+$");
    private static final Pattern OPENS_WITH_TAG = Pattern.compile("^\\s*</?[#@][\\p{L}_$]");

    private enum Mode { TEXT, TAG, INTERPOLATION, COMMENT }

    private FtlLines() {
    }

    /** Per line: the column to insert the marker at (0 = line start), or -1 for none. */
    static int[] markerColumns(String[] lines) {
        int[] columns = new int[lines.length];
        Mode mode = Mode.TEXT;
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            boolean startsInside = mode != Mode.TEXT;
            int resumesAt = -1;
            for (int j = 0; j < l.length(); j++) {
                char c = l.charAt(j);
                if (mode == Mode.TEXT) {
                    if (l.startsWith("<#--", j)) {
                        mode = Mode.COMMENT;
                        j += 3;
                    } else if (opensTag(l, j)) {
                        mode = Mode.TAG;
                        depth = 0;
                    } else if (l.startsWith("[=", j)) {
                        mode = Mode.INTERPOLATION;
                        depth = 0;
                        j++;
                    }
                } else if (mode == Mode.COMMENT) {
                    if (l.startsWith("-->", j)) {
                        mode = Mode.TEXT;
                        j += 2;
                        resumesAt = resumesAt < 0 ? j + 1 : resumesAt;
                    }
                } else if (quote != 0) {
                    if (c == '\\') {
                        j++;
                    } else if (c == quote) {
                        quote = 0;
                    }
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                    depth--;
                } else if ((c == ']' && mode == Mode.INTERPOLATION) || (c == '>' && mode == Mode.TAG && depth == 0)) {
                    mode = Mode.TEXT;
                    resumesAt = resumesAt < 0 ? j + 1 : resumesAt;
                }
            }
            if (startsInside) {
                columns[i] = resumesAt >= 0 && !l.substring(resumesAt).isBlank() ? resumesAt : -1;
            } else {
                boolean opensMultiLineTag = mode != Mode.TEXT && OPENS_WITH_TAG.matcher(l).lookingAt();
                columns[i] = opensMultiLineTag || TAG_ONLY_LINE.matcher(l).matches() ? -1 : 0;
            }
        }
        return columns;
    }

    private static boolean opensTag(String l, int j) {
        int k = l.startsWith("</", j) ? j + 2 : j + 1;
        return l.charAt(j) == '<' && k + 1 < l.length() && (l.charAt(k) == '#' || l.charAt(k) == '@')
                && (Character.isLetter(l.charAt(k + 1)) || l.charAt(k + 1) == '_' || l.charAt(k + 1) == '$');
    }
}
