package dev.policysite.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts placeholder values into a policy structurally: only string values of the parsed JSON change,
 * never keys and never the JSON text, so a value cannot add members or break out of its string.
 * Values must have been checked ({@link Placeholder#requireValid}) before.
 */
final class PlaceholderFiller {
    /** {@code [NAME]}: upper-case letters, digits and underscores, starting with a letter. */
    static final Pattern TOKEN = Pattern.compile("\\[([A-Z][A-Z0-9_]*)\\]");

    private PlaceholderFiller() {
    }

    /** A copy of {@code node} with each {@code [NAME]} whose name is in {@code values} replaced. */
    static JsonNode fill(JsonNode node, Map<String, String> values) {
        if (node.isTextual()) {
            return TextNode.valueOf(fill(node.textValue(), values));
        }
        if (node.isObject()) {
            ObjectNode out = ((ObjectNode) node).objectNode();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                out.set(e.getKey(), fill(e.getValue(), values));
            }
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = ((ArrayNode) node).arrayNode();
            node.forEach(child -> out.add(fill(child, values)));
            return out;
        }
        return node.deepCopy();
    }

    static String fill(String text, Map<String, String> values) {
        Matcher m = TOKEN.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Names of the placeholders still written as tokens in {@code node}'s string values. */
    static Set<String> tokensIn(JsonNode node) {
        Set<String> names = new LinkedHashSet<>();
        collect(node, names);
        return names;
    }

    private static void collect(JsonNode node, Set<String> names) {
        if (node.isTextual()) {
            Matcher m = TOKEN.matcher(node.textValue());
            while (m.find()) {
                names.add(m.group(1));
            }
        } else {
            node.forEach(child -> collect(child, names));
        }
    }
}
