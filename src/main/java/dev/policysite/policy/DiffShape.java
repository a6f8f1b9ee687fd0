package dev.policysite.policy;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON block read for comparison, whatever form documentation gives it: an IAM document, one statement,
 * a list of statements, a bare list of actions, or a (partial) Azure role definition with any casing of
 * member names ({@code "actions"} as in the portal, {@code "Actions"} as in the CLI).
 */
record DiffShape(Form form, List<JsonNode> statements, List<String> actions, Map<String, JsonNode> members,
                 String version) {

    enum Form { AWS_STATEMENTS, ACTIONS, AZURE_MEMBERS, UNKNOWN }

    static DiffShape of(JsonNode node) {
        if (node == null) {
            return unknown();
        }
        if (node.isObject() && node.has("Statement")) {
            JsonNode st = node.get("Statement");
            List<JsonNode> list = new ArrayList<>();
            if (st.isArray()) {
                st.forEach(list::add);
            } else {
                list.add(st);
            }
            return new DiffShape(Form.AWS_STATEMENTS, list, List.of(), Map.of(), node.path("Version").asText(null));
        }
        if (node.isObject() && (node.has("Effect") || node.has("Action") || node.has("NotAction"))) {
            return new DiffShape(Form.AWS_STATEMENTS, List.of(node), List.of(), Map.of(), null);
        }
        if (node.isArray() && !node.isEmpty() && allMatch(node, JsonNode::isObject)) {
            List<JsonNode> list = new ArrayList<>();
            node.forEach(list::add);
            return new DiffShape(Form.AWS_STATEMENTS, list, List.of(), Map.of(), null);
        }
        if (node.isArray() && allMatch(node, JsonNode::isTextual)) {
            return new DiffShape(Form.ACTIONS, List.of(), strings(node), Map.of(), null);
        }
        if (node.isObject() && !node.isEmpty() && azureNames(node) != null) {
            return new DiffShape(Form.AZURE_MEMBERS, List.of(), List.of(), azureNames(node), null);
        }
        return unknown();
    }

    private static DiffShape unknown() {
        return new DiffShape(Form.UNKNOWN, List.of(), List.of(), Map.of(), null);
    }

    /** Members keyed by their canonical name, or null when a member is not part of a role definition. */
    private static Map<String, JsonNode> azureNames(JsonNode node) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String canonical = AzureBodyRules.MEMBERS.stream().filter(m -> m.equalsIgnoreCase(e.getKey())).findFirst().orElse(null);
            if (canonical == null) {
                return null;
            }
            out.put(canonical, e.getValue());
        }
        return out;
    }

    private static boolean allMatch(JsonNode array, java.util.function.Predicate<JsonNode> test) {
        for (JsonNode n : array) {
            if (!test.test(n)) {
                return false;
            }
        }
        return true;
    }

    /** A string or a list of strings as a list (IAM allows both for Action, Resource, ...). */
    static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node == null || node.isMissingNode() || node.isNull()) {
            return out;
        }
        if (node.isArray()) {
            node.forEach(n -> out.add(n.asText()));
        } else {
            out.add(node.asText());
        }
        return out;
    }

    /** Every action this shape grants (Action lists of all statements, or the bare list). */
    List<String> allActions() {
        if (form == Form.ACTIONS) {
            return actions;
        }
        List<String> out = new ArrayList<>();
        statements.forEach(s -> out.addAll(strings(s.get("Action"))));
        return out;
    }
}
