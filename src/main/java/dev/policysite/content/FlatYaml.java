package dev.policysite.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The front matter nearly every page has (flat {@code key: value} lines: a quoted title, a date, a short
 * list of tags, a number) read without a YAML parser, which cost more per page than rendering its layout.
 * Anything else (nesting, block lists, escapes, anchors, comments after values, floats, YAML's many
 * spellings of booleans and null) makes {@link #parse} return null, and the page goes to the full parser.
 * FlatYamlTest holds both to the same answers.
 */
final class FlatYaml {
    private static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
    /** A date or time stamp, which the YAML parser hands over as text. */
    private static final Pattern DATE = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})?)?");
    private static final Pattern SMALL_INT = Pattern.compile("0|[1-9]\\d{0,8}");
    /** Plain words YAML reads as something other than text, in any case. */
    private static final Set<String> SPECIAL = Set.of("true", "false", "yes", "no", "on", "off", "y", "n", "null",
            "~", ".nan", ".inf");

    private FlatYaml() {
    }

    /**
     * The mapping of {@code yaml} (whose first line is line {@code firstLine} of the file), recording each key's
     * line in {@code keyLines}; null when the text is not flat front matter.
     */
    static Map<String, Object> parse(String yaml, int firstLine, Map<String, Integer> keyLines) {
        Map<String, Object> map = new LinkedHashMap<>();
        int line = firstLine;
        int pos = 0;
        int n = yaml.length();
        while (pos < n) {
            int nl = yaml.indexOf('\n', pos);
            int end = nl < 0 ? n : nl;
            String l = yaml.substring(pos, end);
            if (l.endsWith("\r")) {
                l = l.substring(0, l.length() - 1);
            }
            if (!l.isBlank()) {
                int colon = l.indexOf(':');
                if (colon <= 0 || !KEY.matcher(l.substring(0, colon)).matches() || colon + 1 >= l.length()
                        || l.charAt(colon + 1) != ' ') {
                    return null;
                }
                String key = l.substring(0, colon);
                Object value = value(l.substring(colon + 2).strip());
                if (value == null || map.containsKey(key)) {
                    return null;
                }
                map.put(key, value);
                keyLines.put(key, line);
            }
            pos = end + 1;
            line++;
        }
        return map;
    }

    private static Object value(String v) {
        if (v.isEmpty() || v.indexOf('\t') >= 0 || v.contains(" #")) {
            return null;
        }
        char first = v.charAt(0);
        if (first == '"' || first == '\'') {
            String inner = v.length() >= 2 && v.charAt(v.length() - 1) == first ? v.substring(1, v.length() - 1) : null;
            return inner == null || inner.indexOf(first) >= 0 || inner.indexOf('\\') >= 0 ? null : inner;
        }
        if (first == '[') {
            if (!v.endsWith("]")) {
                return null;
            }
            String inner = v.substring(1, v.length() - 1);
            List<Object> items = new ArrayList<>();
            if (inner.isBlank()) {
                return items;
            }
            for (String item : inner.split(",", -1)) {
                Object o = item.indexOf(':') >= 0 ? null : plain(item.strip());
                if (o == null) {
                    return null;
                }
                items.add(o);
            }
            return items;
        }
        return plain(v);
    }

    private static Object plain(String v) {
        if (v.isEmpty()) {
            return null;
        }
        if (SMALL_INT.matcher(v).matches()) {
            return Long.valueOf(v); // what the YAML parser hands over for any integer
        }
        if (DATE.matcher(v).matches()) {
            return v;
        }
        char first = v.charAt(0);
        boolean word = Character.isLetter(first) || first == '_' || first == '/';
        for (int i = 0; i < v.length() && word; i++) {
            char c = v.charAt(i);
            word = Character.isLetterOrDigit(c) || " _./()+-!?".indexOf(c) >= 0
                    || (c == ':' && i + 1 < v.length() && v.charAt(i + 1) != ' ');
        }
        if (!word || SPECIAL.contains(v.toLowerCase(java.util.Locale.ROOT))) {
            return null;
        }
        return v;
    }
}
