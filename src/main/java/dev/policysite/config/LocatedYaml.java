package dev.policysite.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.policysite.diag.SourcePos;
import dev.policysite.diag.UserError;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document parsed into a Jackson tree that remembers the line of every node, so that errors
 * found after parsing ("nav entry 3 has no title") can still name the line an author must fix.
 * Lines are keyed by JSON pointer ({@code /nav/2/title}).
 */
public final class LocatedYaml {
    private static final YAMLFactory YAML = YAMLFactory.builder().build();

    private final Path file;
    private final JsonNode root;
    private final Map<String, Integer> lines;

    private LocatedYaml(Path file, JsonNode root, Map<String, Integer> lines) {
        this.file = file;
        this.root = root;
        this.lines = lines;
    }

    /**
     * Parses {@code text} (the content of {@code file}, starting at {@code firstLine}) — front matter is
     * parsed with the line offset of the page it sits in.
     */
    public static LocatedYaml parse(Path file, String text, int firstLine) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser p = YAML.createParser(text)) {
            JsonToken t = p.nextToken();
            JsonNode root = t == null ? JsonNodeFactory.instance.objectNode() : read(p, "", lines, firstLine);
            return new LocatedYaml(file, root, lines);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            int line = loc == null ? firstLine : (int) loc.getLineNr() + firstLine - 1;
            throw new UserError(SourcePos.of(file, line), "invalid YAML: " + firstLine(e.getOriginalMessage()),
                    "fix the YAML syntax (indentation, quotes, a ':' after each key)", e);
        } catch (IOException e) {
            throw new UserError(SourcePos.fileOnly(file), "cannot read YAML: " + e.getMessage(), "check the file", e);
        }
    }

    private static JsonNode read(JsonParser p, String pointer, Map<String, Integer> lines, int firstLine)
            throws IOException {
        lines.put(pointer, (int) p.currentTokenLocation().getLineNr() + firstLine - 1);
        // MkDocs configs use `!ENV VAR` / `!ENV [VAR, fallback]`; other tags (!!python/name:...) keep their plain value
        Object tag = p.getTypeId();
        JsonNode node = readUntagged(p, pointer, lines, firstLine);
        return "ENV".equals(tag) || "!ENV".equals(tag) ? envValue(node) : node;
    }

    /** pyyaml_env_tag's rule: the first variable that is set wins; in a list of several, the last item is the default. */
    private static JsonNode envValue(JsonNode node) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        List<JsonNode> names = new ArrayList<>();
        JsonNode fallback = f.nullNode();
        if (node.isArray()) {
            node.forEach(names::add);
            if (names.size() > 1) {
                fallback = names.remove(names.size() - 1);
            }
        } else if (node.isValueNode()) {
            names.add(node);
        }
        for (JsonNode name : names) {
            String value = System.getenv(name.asText());
            if (value != null) {
                return f.textNode(value);
            }
        }
        return fallback;
    }

    private static JsonNode readUntagged(JsonParser p, String pointer, Map<String, Integer> lines, int firstLine)
            throws IOException {
        JsonNodeFactory f = JsonNodeFactory.instance;
        switch (p.currentToken()) {
            case START_OBJECT: {
                ObjectNode o = f.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    o.set(name, read(p, pointer + "/" + escape(name), lines, firstLine));
                }
                return o;
            }
            case START_ARRAY: {
                ArrayNode a = f.arrayNode();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    a.add(read(p, pointer + "/" + i++, lines, firstLine));
                }
                return a;
            }
            case VALUE_STRING:
                return f.textNode(p.getText());
            case VALUE_NUMBER_INT:
                return f.numberNode(p.getLongValue());
            case VALUE_NUMBER_FLOAT:
                return f.numberNode(p.getDecimalValue());
            case VALUE_TRUE:
                return f.booleanNode(true);
            case VALUE_FALSE:
                return f.booleanNode(false);
            case VALUE_NULL:
                return f.nullNode();
            default:
                return f.textNode(p.getText());
        }
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "syntax error";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }

    /**
     * A YAML mapping as plain Java values for templates ({@code extra:}, front matter): maps, lists,
     * booleans, numbers and strings; null becomes "" so templates need no null checks.
     */
    public static java.util.Map<String, Object> toMap(JsonNode mapping) {
        java.util.Map<String, Object> map = new java.util.LinkedHashMap<>();
        if (mapping != null && mapping.isObject()) {
            mapping.fields().forEachRemaining(e -> map.put(e.getKey(), toJava(e.getValue())));
        }
        return map;
    }

    private static Object toJava(JsonNode n) {
        if (n.isObject()) {
            return toMap(n);
        }
        if (n.isArray()) {
            java.util.List<Object> l = new java.util.ArrayList<>();
            n.forEach(c -> l.add(toJava(c)));
            return l;
        }
        if (n.isBoolean()) {
            return n.asBoolean();
        }
        if (n.isNumber()) {
            return n.numberValue();
        }
        return n.isNull() ? "" : n.asText();
    }

    public JsonNode root() {
        return root;
    }

    public Path file() {
        return file;
    }

    /** The position of the node at {@code pointer}, or of its nearest ancestor that has one. */
    public SourcePos pos(String pointer) {
        String p = pointer;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return SourcePos.of(file, line);
            }
            if (p.isEmpty()) {
                return SourcePos.fileOnly(file);
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }
}
