package dev.policysite.policy;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the seed blocks copied into src/test/resources/seeds, as leniently as a reader would. */
final class SeedBlocks {
    private static final JsonMapper LENIENT = JsonMapper.builder().enable(JsonReadFeature.ALLOW_TRAILING_COMMA).build();
    static final Path MODEL_DIR = Path.of("content/policies");
    private static PolicyModel model;

    private SeedBlocks() {
    }

    static synchronized PolicyModel model() {
        if (model == null) {
            model = PolicyModel.load(MODEL_DIR);
        }
        return model;
    }

    static String text(String name) {
        try (InputStream in = SeedBlocks.class.getResourceAsStream("/seeds/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource seeds/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A seed block as JSON: whole documents as they are; a bare member ({@code "actions": [...]}) inside
     * braces; bare list items or several statements inside brackets; a trailing comma tolerated.
     */
    static JsonNode parse(String name) {
        String t = text(name).strip();
        if (t.endsWith(",")) {
            t = t.substring(0, t.length() - 1);
        }
        try {
            if (t.startsWith("\"") && t.matches("(?s)\"[^\"]*\"\\s*:.*")) {
                return LENIENT.readTree("{" + t + "}");
            }
            if (t.startsWith("\"")) {
                return LENIENT.readTree("[" + t + "]");
            }
            JsonNode wrapped = LENIENT.readTree("[" + t + "]");
            return wrapped.size() == 1 ? wrapped.get(0) : wrapped;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed's {@code "actions"} list of a 002 block, as strings in order. */
    static List<String> azureActions(String name) {
        return strings(parse(name).get("actions"));
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** A copy with {@code from} replaced by {@code to} in every string value (the test's own substitution). */
    static JsonNode replaceInStrings(JsonNode node, Map<String, String> replacements) {
        if (node.isTextual()) {
            String s = node.textValue();
            for (Map.Entry<String, String> e : replacements.entrySet()) {
                s = s.replace(e.getKey(), e.getValue());
            }
            return TextNode.valueOf(s);
        }
        if (node.isObject()) {
            ObjectNode out = LENIENT.createObjectNode();
            node.properties().forEach(e -> out.set(e.getKey(), replaceInStrings(e.getValue(), replacements)));
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = LENIENT.createArrayNode();
            node.forEach(n -> out.add(replaceInStrings(n, replacements)));
            return out;
        }
        return node;
    }

    /** The statement of a policy document with this Sid. */
    static JsonNode statement(JsonNode doc, String sid) {
        for (JsonNode s : doc.get("Statement")) {
            if (sid.equals(s.path("Sid").asText(null))) {
                return s;
            }
        }
        throw new AssertionError("no statement " + sid);
    }

    /** A copy of a policy document without the statements with these Sids. */
    static JsonNode withoutStatements(JsonNode doc, String... sids) {
        ObjectNode out = doc.deepCopy();
        ArrayNode kept = out.putArray("Statement");
        for (JsonNode s : doc.get("Statement")) {
            if (!List.of(sids).contains(s.path("Sid").asText(""))) {
                kept.add(s);
            }
        }
        return out;
    }

    /** A copy of a policy document without the statements at these positions (for Sid-less statements). */
    static JsonNode withoutStatementsAt(JsonNode doc, int... indexes) {
        ObjectNode out = doc.deepCopy();
        ArrayNode kept = out.putArray("Statement");
        for (int i = 0; i < doc.get("Statement").size(); i++) {
            final int index = i;
            if (java.util.Arrays.stream(indexes).noneMatch(x -> x == index)) {
                kept.add(doc.get("Statement").get(i));
            }
        }
        return out;
    }

    /** A copy with one statement's Action list replaced. */
    static JsonNode withActions(JsonNode doc, String sid, List<String> actions) {
        ObjectNode out = doc.deepCopy();
        for (JsonNode s : out.get("Statement")) {
            if (sid.equals(s.path("Sid").asText(null))) {
                ArrayNode list = ((ObjectNode) s).putArray("Action");
                actions.forEach(list::add);
            }
        }
        return out;
    }

    static List<String> minus(List<String> all, List<String> removed) {
        return all.stream().filter(a -> !removed.contains(a)).toList();
    }
}
