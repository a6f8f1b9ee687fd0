package dev.policysite.policy;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The one JSON layout of policysite's output: 4-space indent, {@code "key": value}, empty lists as
 * {@code []}, no trailing newline — the way policies appear in AWS and Azure documentation.
 */
public final class PrettyJson {
    private static final String INDENT = "    ";

    private PrettyJson() {
    }

    public static String of(JsonNode node) {
        StringBuilder sb = new StringBuilder();
        write(node, 0, sb);
        return sb.toString();
    }

    /**
     * The members of {@code object} without the enclosing braces, e.g. {@code "Actions": [...]}: the form
     * Azure documentation shows when only part of a role definition is to be edited.
     */
    public static String members(JsonNode object) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            StringBuilder sb = new StringBuilder();
            quote(e.getKey(), sb);
            sb.append(": ");
            write(e.getValue(), 0, sb);
            parts.add(sb.toString());
        }
        return String.join(",\n", parts);
    }

    private static void write(JsonNode node, int depth, StringBuilder sb) {
        if (node.isObject()) {
            if (node.isEmpty()) {
                sb.append("{}");
                return;
            }
            sb.append("{\n");
            Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                indent(depth + 1, sb);
                quote(e.getKey(), sb);
                sb.append(": ");
                write(e.getValue(), depth + 1, sb);
                sb.append(it.hasNext() ? ",\n" : "\n");
            }
            indent(depth, sb);
            sb.append('}');
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                sb.append("[]");
                return;
            }
            sb.append("[\n");
            for (int i = 0; i < node.size(); i++) {
                indent(depth + 1, sb);
                write(node.get(i), depth + 1, sb);
                sb.append(i + 1 < node.size() ? ",\n" : "\n");
            }
            indent(depth, sb);
            sb.append(']');
        } else if (node.isTextual()) {
            quote(node.textValue(), sb);
        } else {
            sb.append(node.toString());
        }
    }

    private static void indent(int depth, StringBuilder sb) {
        sb.append(INDENT.repeat(depth));
    }

    private static void quote(String s, StringBuilder sb) {
        sb.append('"');
        JsonStringEncoder.getInstance().quoteAsString(s, sb);
        sb.append('"');
    }
}
