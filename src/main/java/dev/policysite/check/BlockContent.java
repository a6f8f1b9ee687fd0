package dev.policysite.check;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a JSON value grants, read in every form documentation gives policies (a whole IAM document, one
 * statement, a list of statements, a bare action list, a whole or partial Azure role definition): its
 * cloud, its actions (lower-case: IAM and Azure compare them case-insensitively) and, for AWS, the actions
 * of each statement with a Sid. Used to decide which policies of the model a block belongs to.
 *
 * @param cloud      null when the value shows no policy at all (ordinary JSON)
 * @param actions    {@code Action} items of AWS statements, or {@code Actions} and {@code DataActions} of Azure
 * @param sidActions for each statement with a Sid, its actions
 */
record BlockContent(Cloud cloud, Set<String> actions, Map<String, Set<String>> sidActions) {

    enum Cloud { AWS, AZURE }

    /** The member names of an Azure role definition, as {@code az} writes them; pages use any case. */
    private static final List<String> AZURE_MEMBERS = List.of("name", "iscustom", "description", "actions", "notactions",
            "dataactions", "notdataactions", "assignablescopes");
    private static final BlockContent NONE = new BlockContent(null, Set.of(), Map.of());

    static BlockContent of(JsonNode value) {
        if (value == null) {
            return NONE;
        }
        if (value.isObject() && value.has("Statement")) {
            JsonNode st = value.get("Statement");
            Iterable<JsonNode> list = st.isArray() ? st : List.of(st);
            return statements(list);
        }
        if (isStatement(value)) {
            return statements(List.of(value));
        }
        if (value.isArray() && !value.isEmpty() && allObjects(value)) {
            return statements(value);
        }
        if (value.isArray() && !value.isEmpty() && allStrings(value)) {
            Set<String> actions = lowerStrings(value);
            Cloud cloud = cloudOfNames(actions);
            return cloud == null ? NONE : new BlockContent(cloud, actions, Map.of());
        }
        if (value.isObject() && !value.isEmpty() && isAzureMembers(value)) {
            Set<String> actions = new HashSet<>();
            value.properties().forEach(e -> {
                String name = e.getKey().toLowerCase(Locale.ROOT);
                if (name.equals("actions") || name.equals("dataactions")) {
                    actions.addAll(lowerStrings(e.getValue()));
                }
            });
            return new BlockContent(Cloud.AZURE, actions, Map.of());
        }
        return NONE;
    }

    boolean isPolicy() {
        return cloud != null;
    }

    private static BlockContent statements(Iterable<JsonNode> statements) {
        Set<String> actions = new HashSet<>();
        Map<String, Set<String>> bySid = new HashMap<>();
        boolean any = false;
        for (JsonNode st : statements) {
            if (!isStatement(st)) {
                continue;
            }
            any = true;
            Set<String> own = lowerStrings(st.get("Action"));
            actions.addAll(own);
            JsonNode sid = st.get("Sid");
            if (sid != null && sid.isTextual()) {
                bySid.computeIfAbsent(sid.textValue(), k -> new HashSet<>()).addAll(own);
            }
        }
        return any ? new BlockContent(Cloud.AWS, actions, bySid) : NONE;
    }

    private static boolean isStatement(JsonNode node) {
        return node.isObject() && (node.has("Effect") || node.has("Action") || node.has("NotAction"));
    }

    private static boolean isAzureMembers(JsonNode node) {
        for (var e : node.properties()) {
            if (!AZURE_MEMBERS.contains(e.getKey().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** AWS names are {@code service:Action}; Azure operations {@code Namespace/type/verb}. Neither: not a policy. */
    private static Cloud cloudOfNames(Set<String> names) {
        int aws = 0;
        int azure = 0;
        for (String n : names) {
            if (n.indexOf('/') > 0) {
                azure++;
            } else if (n.indexOf(':') > 0) {
                aws++;
            }
        }
        if (aws + azure < names.size() / 2.0 || aws == azure) {
            return null;
        }
        return aws > azure ? Cloud.AWS : Cloud.AZURE;
    }

    private static boolean allObjects(JsonNode array) {
        for (JsonNode n : array) {
            if (!n.isObject()) {
                return false;
            }
        }
        return true;
    }

    private static boolean allStrings(JsonNode array) {
        for (JsonNode n : array) {
            if (!n.isTextual()) {
                return false;
            }
        }
        return true;
    }

    /** A string or a list of strings, lower-cased; anything else gives nothing. */
    private static Set<String> lowerStrings(JsonNode node) {
        Set<String> out = new HashSet<>();
        if (node == null) {
            return out;
        }
        if (node.isTextual()) {
            out.add(node.textValue().toLowerCase(Locale.ROOT));
        } else if (node.isArray()) {
            node.forEach(n -> {
                if (n.isTextual()) {
                    out.add(n.textValue().toLowerCase(Locale.ROOT));
                }
            });
        }
        return out;
    }
}
