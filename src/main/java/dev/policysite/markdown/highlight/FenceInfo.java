package dev.policysite.markdown.highlight;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fence's info string, in the forms MkDocs users write: {@code json}, {@code json title="policy.json"},
 * {@code json {data-policy="x" data-variant="y"}} and pymdownx's {@code {.json #id title="x"}}. The
 * language is the first word (or the first {@code .class} inside braces); {@code key=value} pairs and
 * {@code #id}/{@code .class} items become attributes. Anything else is ignored, never an error.
 */
public record FenceInfo(String language, Map<String, String> attributes, List<String> classes) {
    private static final int MAX_RANGE = 10_000;

    public static FenceInfo parse(String info) {
        String s = info == null ? "" : info.strip();
        Map<String, String> attrs = new LinkedHashMap<>();
        List<String> classes = new ArrayList<>();
        String language = "";
        int i = 0;
        if (!s.startsWith("{")) {
            while (i < s.length() && !Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '{') {
                i++;
            }
            language = s.substring(0, i);
        }
        new Items(s, i, attrs, classes).parse();
        if (language.isEmpty() && !classes.isEmpty()) {
            language = classes.remove(0);
        }
        return new FenceInfo(language, Collections.unmodifiableMap(attrs), List.copyOf(classes));
    }

    /** The {@code title="..."} attribute, or null. */
    public String title() {
        return attributes.get("title");
    }

    /**
     * {@code hl_lines="1 3-5"} and {@code linenums="1"} as MkDocs (pymdownx.highlight) reads them. Numbers
     * that do not parse are ignored; ranges are capped so a typo cannot ask for a billion lines.
     */
    public LineStyle lineStyle() {
        java.util.Set<Integer> hl = new java.util.TreeSet<>();
        String spec = attributes.getOrDefault("hl_lines", "");
        for (String part : spec.trim().split("\\s+")) {
            int dash = part.indexOf('-');
            int from = number(dash < 0 ? part : part.substring(0, dash));
            int to = dash < 0 ? from : number(part.substring(dash + 1));
            for (int n = from; n > 0 && n <= to && n <= from + MAX_RANGE; n++) {
                hl.add(n);
            }
        }
        String nums = attributes.getOrDefault("linenums", "").trim();
        int first = number(nums.contains(" ") ? nums.substring(0, nums.indexOf(' ')) : nums);
        return new LineStyle(hl, Math.max(0, first));
    }

    private static int number(String s) {
        try {
            return s.isEmpty() ? 0 : Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Scans {@code #id .class key="v" key='v' key=v}, with or without surrounding braces. */
    private static final class Items {
        private final String s;
        private final Map<String, String> attrs;
        private final List<String> classes;
        private int i;

        Items(String s, int from, Map<String, String> attrs, List<String> classes) {
            this.s = s;
            this.i = from;
            this.attrs = attrs;
            this.classes = classes;
        }

        void parse() {
            while (i < s.length()) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c) || c == '{' || c == '}' || c == ':' && i > 0 && s.charAt(i - 1) == '{') {
                    i++;
                } else if (c == '#') {
                    i++;
                    attrs.put("id", name());
                } else if (c == '.') {
                    i++;
                    String cls = name();
                    if (!cls.isEmpty()) {
                        classes.add(cls);
                    }
                } else {
                    String key = name();
                    if (key.isEmpty()) {
                        i++; // a stray character: skip it
                    } else if (i < s.length() && s.charAt(i) == '=') {
                        i++;
                        attrs.put(key, value());
                    }
                }
            }
        }

        private String name() {
            int start = i;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                    i++;
                } else {
                    break;
                }
            }
            return s.substring(start, i);
        }

        private String value() {
            if (i < s.length() && (s.charAt(i) == '"' || s.charAt(i) == '\'')) {
                char q = s.charAt(i);
                int close = s.indexOf(q, i + 1);
                int end = close < 0 ? s.length() : close;
                String v = s.substring(i + 1, end);
                i = close < 0 ? end : close + 1;
                return v;
            }
            int start = i;
            while (i < s.length() && !Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '}') {
                i++;
            }
            return s.substring(start, i);
        }
    }
}
