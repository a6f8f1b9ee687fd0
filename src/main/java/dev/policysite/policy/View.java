package dev.policysite.policy;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One piece of a policy as shown to users: a variant, a feature's fragment, a role's action list,
 * optionally with placeholders filled in. Immutable; {@link #getJson()} is the text pages and files show.
 */
public final class View {
    private final Policy policy;
    private final String label;
    private final ViewShape shape;
    private final JsonNode node;

    View(Policy policy, String label, ViewShape shape, JsonNode node) {
        this.policy = policy;
        this.label = label;
        this.shape = shape;
        this.node = node;
    }

    public Policy policy() {
        return policy;
    }

    /** A human name, e.g. {@code aws-cross-account without backup} or {@code the backup fragment of aws-cross-account}. */
    public String getLabel() {
        return label;
    }

    public ViewShape shape() {
        return shape;
    }

    /** The view's JSON (a copy: views are immutable). For {@link ViewShape#MEMBERS} an object holding the members. */
    public JsonNode node() {
        return node.deepCopy();
    }

    /** Pretty JSON, 4-space indent, no trailing newline; members without braces for {@link ViewShape#MEMBERS}. */
    public String getJson() {
        return shape == ViewShape.MEMBERS ? PrettyJson.members(node) : PrettyJson.of(node);
    }

    /**
     * This view with placeholder values put in. Every value is checked first; a refused value, or a name
     * the policy does not declare, throws a one-line {@link dev.policysite.diag.UserError}.
     */
    public View fill(Map<String, String> values) {
        Map<String, String> checked = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            policy.placeholder(name).requireValid(value);
            checked.put(name, value);
        });
        if (checked.isEmpty()) {
            return this;
        }
        return new View(policy, label + " (" + String.join(", ", checked.keySet()) + " filled in)", shape,
                PlaceholderFiller.fill(node, checked));
    }

    /** Placeholders still written as {@code [NAME]} in this view. */
    public Set<String> unfilledPlaceholders() {
        return PlaceholderFiller.tokensIn(node);
    }

    @Override
    public String toString() {
        return getJson();
    }
}
