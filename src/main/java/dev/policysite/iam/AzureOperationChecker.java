package dev.policysite.iam;

import dev.policysite.diag.Severity;
import dev.policysite.json.LocatedNode;


/** Checks Azure operation names ({@code Microsoft.Compute/virtualMachines/read}, wildcards) against the catalog. */
final class AzureOperationChecker {

    /** Which list of a role definition an operation stands in. */
    enum ListRole {
        ACTIONS, NOT_ACTIONS, DATA_ACTIONS, NOT_DATA_ACTIONS, UNKNOWN;

        static ListRole ofMember(String name) {
            return switch (AwsCatalog.lower(name)) {
                case "actions" -> ACTIONS;
                case "notactions" -> NOT_ACTIONS;
                case "dataactions" -> DATA_ACTIONS;
                case "notdataactions" -> NOT_DATA_ACTIONS;
                default -> UNKNOWN;
            };
        }

        boolean isControlPlane() {
            return this == ACTIONS || this == NOT_ACTIONS;
        }
    }

    private final AzureCatalog catalog;
    private final Problems problems;

    AzureOperationChecker(AzureCatalog catalog, Problems problems) {
        this.catalog = catalog;
        this.problems = problems;
    }

    /** Checks every entry of an operation list. */
    void checkList(LocatedNode list, ListRole role) {
        if (!list.node().isArray()) {
            problems.at(list, IamCodes.AZURE_VALUE_TYPE, Severity.ERROR,
                    (list.name() == null ? "an operation list" : list.name()) + " must be a list of strings",
                    "write e.g. [\"Microsoft.Compute/virtualMachines/read\"]");
            return;
        }
        for (LocatedNode entry : list.elements()) {
            check(entry, role);
        }
    }

    void check(LocatedNode entry, ListRole role) {
        String op = entry.text();
        if (op == null) {
            problems.at(entry, IamCodes.AZURE_VALUE_TYPE, Severity.ERROR, "an operation must be a string",
                    "write it in double quotes");
            return;
        }
        if (op.equals("*")) {
            return;
        }
        String malformed = malformation(op);
        if (malformed != null) {
            problems.at(entry, IamCodes.AZURE_OPERATION_MALFORMED, Severity.ERROR,
                    "\"" + op + "\" is not an operation name: " + malformed,
                    "write Namespace/resourceType/verb, e.g. Microsoft.Compute/virtualMachines/read");
            return;
        }
        if (op.indexOf('*') >= 0) {
            checkWildcard(entry, op);
            return;
        }
        int index = catalog.indexOf(op);
        if (index < 0) {
            String namespace = AzureCatalog.namespaceOf(op);
            problems.at(entry, IamCodes.AZURE_UNKNOWN_OPERATION, Severity.ERROR,
                    catalog.isKnownNamespace(namespace) ? namespace + " has no operation \"" + op + "\""
                            : "there is no resource provider \"" + namespace + "\"",
                    Suggestions.hint(catalog.suggest(op, 2),
                            "check the provider's operations: az provider operation show --namespace " + namespace));
            return;
        }
        if (!catalog.spelledAs(index, op)) {
            String canonical = catalog.operationAt(index);
            problems.at(entry, IamCodes.AZURE_OPERATION_CASE, Severity.SUGGESTION,
                    "Azure spells \"" + op + "\" as " + canonical, "write " + canonical);
        }
        if (role.isControlPlane() && catalog.isDataAction(op)) {
            problems.at(entry, IamCodes.AZURE_DATA_ACTION_IN_ACTIONS, Severity.ERROR,
                    catalog.operationAt(index) + " is a data action; Azure rejects it in " + (role == ListRole.ACTIONS ? "Actions" : "NotActions"),
                    "move it to " + (role == ListRole.ACTIONS ? "DataActions" : "NotDataActions"));
        }
    }

    private void checkWildcard(LocatedNode entry, String op) {
        if (!catalog.matchesAny(op)) {
            problems.at(entry, IamCodes.AZURE_WILDCARD_MATCHES_NOTHING, Severity.WARNING,
                    "\"" + op + "\" matches no Azure operation, so it grants nothing",
                    "check the spelling of the parts around the wildcard");
            return;
        }
        String namespace = AzureCatalog.namespaceOf(op);
        if (namespace.indexOf('*') < 0) {
            catalog.canonicalNamespace(namespace).filter(c -> !c.equals(namespace)).ifPresent(c -> {
                String fixed = c + op.substring(namespace.length());
                problems.at(entry, IamCodes.AZURE_OPERATION_CASE, Severity.SUGGESTION,
                        "Azure spells the provider " + namespace + " as " + c, "write " + fixed);
            });
        }
    }

    /** Why {@code op} cannot be an operation name, or null. */
    private static String malformation(String op) {
        for (int i = 0; i < op.length(); i++) {
            char c = op.charAt(i);
            if (Character.isWhitespace(c)) {
                return "it contains a space";
            }
            if (!(Character.isLetterOrDigit(c) || c == '.' || c == '/' || c == '*' || c == '-' || c == '_' || c == ':')) {
                return "it contains '" + c + "'";
            }
        }
        if (op.indexOf('/') < 0) {
            return "it has no '/'";
        }
        if (op.startsWith("/") || op.endsWith("/") || op.contains("//")) {
            return "it has an empty part between slashes";
        }
        return null;
    }
}
