package dev.policysite.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A block rewritten in the model's terms before it is compared with views: each string written after one of
 * the policy's placeholder-bearing strings becomes that string ({@code arn:aws:iam::xxxxxxxxxxxx:role/s3-role}
 * becomes {@code arn:aws:iam::[ROLE_ACCOUNT_ID]:role/[ROLE_NAME]}), and list items that thereby become equal
 * count once (a page lists one ARN per role where the model has one template). What each placeholder was
 * written as is kept for the spelling check.
 */
final class SlotNormalizer {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** The placeholders of string {@code k} (text order, as {@link BlockStrings} counts) as the page wrote them. */
    record Slots(int string, List<SlotTemplate.Binding> bindings) {
    }

    /** The rewritten block and every placeholder found in it. */
    record Result(JsonNode value, List<Slots> slots) {
    }

    private final List<SlotTemplate> templates;
    private final Set<String> modelNames;
    private final List<Slots> found = new ArrayList<>();
    private int strings;

    private SlotNormalizer(List<SlotTemplate> templates, Set<String> modelNames) {
        this.templates = templates;
        this.modelNames = modelNames;
    }

    static Result normalize(JsonNode value, List<SlotTemplate> templates, Set<String> modelNames) {
        if (templates.isEmpty()) {
            return new Result(value, List.of());
        }
        SlotNormalizer n = new SlotNormalizer(templates, modelNames);
        JsonNode out = n.rewrite(value);
        return new Result(out, List.copyOf(n.found));
    }

    private JsonNode rewrite(JsonNode node) {
        if (node.isTextual()) {
            int k = strings++;
            for (SlotTemplate t : templates) {
                List<SlotTemplate.Binding> b = t.match(node.textValue(), modelNames);
                if (b != null) {
                    found.add(new Slots(k, b));
                    return TextNode.valueOf(t.text());
                }
            }
            return node;
        }
        if (node.isArray()) {
            ArrayNode out = JSON.arrayNode();
            for (JsonNode item : node) {
                JsonNode r = rewrite(item);
                boolean rewritten = item.isTextual() && r != item;
                if (!(rewritten && contains(out, r))) {
                    out.add(r);
                }
            }
            return out;
        }
        if (node.isObject()) {
            ObjectNode out = JSON.objectNode();
            node.properties().forEach(e -> out.set(e.getKey(), rewrite(e.getValue())));
            return out;
        }
        return node;
    }

    private static boolean contains(ArrayNode array, JsonNode item) {
        for (JsonNode n : array) {
            if (n.equals(item)) {
                return true;
            }
        }
        return false;
    }
}
