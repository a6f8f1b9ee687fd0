package dev.policysite.markdown.attrs;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses Python-Markdown attr_list bodies: {@code {: #id .class key="value" key2=value }} (the colon is
 * optional). Returns null for anything that is not entirely attr_list syntax, so ordinary braces in prose
 * are left alone.
 */
final class AttrListSyntax {
    static final Pattern BLOCK = Pattern.compile("\\{:?[ ]*([^}\\n ][^}\\n]*)[ ]*}");
    private static final Pattern ITEM = Pattern.compile(
            "\\G\\s*(?:#([\\w:\\-.]+)|\\.([\\w\\-]+)|([\\w\\-:]+)=(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'}]+)))");

    private AttrListSyntax() {
    }

    static Map<String, String> parse(String inner) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = ITEM.matcher(inner);
        int end = 0;
        while (m.find()) {
            if (m.group(1) != null) {
                out.put("id", m.group(1));
            } else if (m.group(2) != null) {
                out.merge("class", m.group(2), (a, b) -> a + " " + b);
            } else {
                String v = m.group(4) != null ? m.group(4) : m.group(5) != null ? m.group(5) : m.group(6);
                out.put(m.group(3), v);
            }
            end = m.end();
        }
        if (out.isEmpty() || !inner.substring(end).isBlank()) {
            return null;
        }
        return out;
    }
}
