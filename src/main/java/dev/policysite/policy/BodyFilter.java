package dev.policysite.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.function.Predicate;

/** Renders a {@link Body} to plain JSON, keeping only the list items a predicate accepts. */
final class BodyFilter {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private BodyFilter() {
    }

    /**
     * The JSON of {@code body} with the rejected items left out. A list item that is an object drops out
     * too when one of its non-empty lists lost every item: a statement whose actions all belong to
     * switched-off features is not needed at all (and an empty {@code Action} list is not valid IAM).
     */
    static JsonNode render(Body body, Predicate<Body.Item> keep) {
        if (body instanceof Body.Leaf leaf) {
            return leaf.value().deepCopy();
        }
        if (body instanceof Body.Obj obj) {
            ObjectNode out = JSON.objectNode();
            obj.members().forEach(m -> out.set(m.name(), render(m.value(), keep)));
            return out;
        }
        ArrayNode out = JSON.arrayNode();
        for (Body.Item item : ((Body.Arr) body).items()) {
            if (keep.test(item)) {
                JsonNode rendered = render(item.value(), keep);
                if (!lostAList(item.value(), rendered)) {
                    out.add(rendered);
                }
            }
        }
        return out;
    }

    private static boolean lostAList(Body authored, JsonNode rendered) {
        if (!(authored instanceof Body.Obj obj)) {
            return false;
        }
        return obj.members().stream().anyMatch(m -> m.value() instanceof Body.Arr arr
                && !arr.items().isEmpty() && rendered.path(m.name()).isEmpty());
    }

    /** The selection's view: items needed by the features that are on. */
    static JsonNode render(Body body, FeatureSelection selection) {
        return render(body, item -> selection.needs(item.features()));
    }
}
