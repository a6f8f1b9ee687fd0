package dev.policysite.iam;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Decides what a JSON code block shows. Conservative on purpose: anything that does not clearly look
 * like a policy, statement, role or permission list is {@link BlockKind#OTHER_JSON}, whose only checks
 * are syntax, so ordinary JSON examples never draw IAM findings.
 */
final class BlockKindDetector {
    private static final Set<String> STATEMENT_PARTNERS = Set.of("Resource", "NotResource", "Principal",
            "NotPrincipal", "Condition", "Sid");
    private static final Set<String> AZURE_LIST_MEMBERS = Set.of("actions", "notactions", "dataactions", "notdataactions");

    private BlockKindDetector() {
    }

    static BlockKind detect(JsonNode root, Supplier<AwsCatalog> aws) {
        if (root.isObject()) {
            return detectObject(root, aws);
        }
        if (root.isArray() && !root.isEmpty()) {
            if (anyStatement(root)) {
                return BlockKind.AWS_STATEMENTS;
            }
            return detectStrings(strings(root), aws);
        }
        if (root.isTextual()) {
            return detectStrings(List.of(root.textValue()), aws);
        }
        return BlockKind.OTHER_JSON;
    }

    private static BlockKind detectObject(JsonNode o, Supplier<AwsCatalog> aws) {
        if (o.has("Statement") || isPolicyVersion(o.get("Version")) || hasMisCasedStatement(o)) {
            return isTrustPolicy(o.get("Statement")) ? BlockKind.AWS_TRUST_POLICY : BlockKind.AWS_POLICY;
        }
        if (isAzureRole(o)) {
            return BlockKind.AZURE_ROLE;
        }
        if (isStatement(o)) {
            return BlockKind.AWS_STATEMENT;
        }
        List<String> names = new ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        if (names.stream().allMatch(n -> n.equals("Action") || n.equals("NotAction")) && stringListsOnly(o)) {
            return BlockKind.AWS_ACTIONS;
        }
        if (names.stream().allMatch(n -> AZURE_LIST_MEMBERS.contains(AwsCatalog.lower(n))) && stringListsOnly(o)) {
            BlockKind kind = detectStrings(strings(o), aws);
            return kind == BlockKind.OTHER_JSON ? BlockKind.AZURE_ACTIONS : kind;
        }
        return BlockKind.OTHER_JSON;
    }

    /** {@code "statement": [{"Effect": ...}]}: a policy with a mis-cased element, not some other "statement". */
    private static boolean hasMisCasedStatement(JsonNode o) {
        for (var e : o.properties()) {
            if (e.getKey().equalsIgnoreCase("Statement")) {
                JsonNode v = e.getValue();
                return v.isObject() ? isStatement(v) : v.isArray() && anyStatement(v);
            }
        }
        return false;
    }

    private static boolean isPolicyVersion(JsonNode version) {
        return version != null && version.isTextual()
                && (version.textValue().equals(AwsPolicyChecker.CURRENT_VERSION) || version.textValue().equals(AwsPolicyChecker.OLD_VERSION));
    }

    /** A trust policy: some statement names a Principal, and every statement only allows sts:AssumeRole* and kin. */
    private static boolean isTrustPolicy(JsonNode statement) {
        if (statement == null) {
            return false;
        }
        List<JsonNode> list = new ArrayList<>();
        (statement.isArray() ? statement : List.of(statement)).forEach(list::add);
        return list.stream().anyMatch(s -> s.isObject() && AwsStatementChecker.hasPrincipal(s))
                && list.stream().allMatch(s -> s.isObject() && AwsStatementChecker.hasOnlyTrustActions(s));
    }

    static boolean isStatement(JsonNode o) {
        if (!o.isObject()) {
            return false;
        }
        if (o.has("Effect")) {
            return true;
        }
        boolean actions = o.has("Action") || o.has("NotAction");
        if (actions && STATEMENT_PARTNERS.stream().anyMatch(o::has)) {
            return true;
        }
        // a statement with mis-cased elements is still a statement (the grammar check reports the case)
        boolean effect = false;
        boolean action = false;
        for (var it = o.fieldNames(); it.hasNext(); ) {
            String n = AwsCatalog.lower(it.next());
            effect |= n.equals("effect");
            action |= n.equals("action") || n.equals("notaction");
        }
        return effect && action;
    }

    private static boolean isAzureRole(JsonNode o) {
        boolean name = false;
        boolean lists = false;
        for (var e : o.properties()) {
            String n = AwsCatalog.lower(e.getKey());
            switch (n) {
                case "assignablescopes", "iscustom", "rolename", "permissions" -> {
                    return true;
                }
                case "properties" -> {
                    JsonNode p = e.getValue();
                    if (p.isObject() && (has(p, "permissions") || has(p, "roleName") || has(p, "assignableScopes"))) {
                        return true;
                    }
                }
                case "name" -> name = true;
                default -> lists |= AZURE_LIST_MEMBERS.contains(n);
            }
        }
        return name && lists;
    }

    private static boolean has(JsonNode o, String name) {
        for (var it = o.fieldNames(); it.hasNext(); ) {
            if (it.next().equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Strings that are mostly shaped like AWS actions ({@code svc:Name}) with at least one real service
     * are an AWS action list; strings shaped like Azure operations ({@code Provider.Namespace/...}) an
     * Azure one.
     */
    private static BlockKind detectStrings(List<String> strings, Supplier<AwsCatalog> aws) {
        if (strings.isEmpty()) {
            return BlockKind.OTHER_JSON;
        }
        int awsShaped = 0;
        int azureShaped = 0;
        List<String> services = new ArrayList<>();
        for (String s : strings) {
            if (s.equals("*")) {
                awsShaped++;
                azureShaped++;
            } else if (looksLikeAwsAction(s)) {
                awsShaped++;
                services.add(s.substring(0, s.indexOf(':')));
            } else if (looksLikeAzureOperation(s)) {
                azureShaped++;
            }
        }
        if (awsShaped * 2 > strings.size() && !services.isEmpty() && services.stream().anyMatch(aws.get()::isKnownService)) {
            return BlockKind.AWS_ACTIONS;
        }
        if (azureShaped * 2 > strings.size() && azureShaped > 0) {
            return BlockKind.AZURE_ACTIONS;
        }
        return BlockKind.OTHER_JSON;
    }

    private static boolean looksLikeAwsAction(String s) {
        int colon = s.indexOf(':');
        if (colon <= 0 || colon == s.length() - 1 || s.indexOf(':', colon + 1) >= 0) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (i != colon && !(Character.isLetterOrDigit(c) || c == '-' || c == '*' || c == '?')) {
                return false;
            }
        }
        return true;
    }

    /** {@code Microsoft.Compute/...}, or a wildcard namespace such as {@code *}{@code /read}. */
    private static boolean looksLikeAzureOperation(String s) {
        int slash = s.indexOf('/');
        if (slash <= 0 || s.indexOf(' ') >= 0) {
            return false;
        }
        String namespace = s.substring(0, slash);
        if (namespace.equals("*")) {
            return true;
        }
        int dot = namespace.indexOf('.');
        if (dot <= 0 || dot == namespace.length() - 1) {
            return false;
        }
        return namespace.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '.');
    }

    private static boolean anyStatement(JsonNode array) {
        for (JsonNode e : array) {
            if (isStatement(e)) {
                return true;
            }
        }
        return false;
    }

    /** Members whose values are strings or lists of strings. */
    private static boolean stringListsOnly(JsonNode o) {
        for (JsonNode v : o) {
            if (!(v.isTextual() || (v.isArray() && allStrings(v)))) {
                return false;
            }
        }
        return o.size() > 0;
    }

    private static boolean allStrings(JsonNode array) {
        for (JsonNode e : array) {
            if (!e.isTextual()) {
                return false;
            }
        }
        return true;
    }

    /** Every string in an array, or in the string-valued members of an object. */
    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        for (JsonNode v : node) {
            if (v.isTextual()) {
                out.add(v.textValue());
            } else if (v.isArray()) {
                for (JsonNode e : v) {
                    if (e.isTextual()) {
                        out.add(e.textValue());
                    }
                }
            } else {
                return List.of();
            }
        }
        return out;
    }
}
