package dev.policysite.iam;

import dev.policysite.diag.Severity;
import dev.policysite.json.LocatedNode;

/**
 * Checks {@code AssignableScopes} entries: a management group, subscription, resource group or resource,
 * with no wildcards. Placeholders such as {@code SUBSCRIPTION_ID} or {@code {subscriptionId}} are accepted.
 */
final class AzureScopeChecker {
    private static final String HINT = "write /subscriptions/SUBSCRIPTION_ID[/resourceGroups/NAME] or "
            + "/providers/Microsoft.Management/managementGroups/NAME";

    private final Problems problems;

    AzureScopeChecker(Problems problems) {
        this.problems = problems;
    }

    void check(LocatedNode entry) {
        String scope = entry.text();
        if (scope == null) {
            problems.at(entry, IamCodes.AZURE_VALUE_TYPE, Severity.ERROR, "a scope must be a string", "write it in double quotes");
            return;
        }
        if (scope.indexOf('*') >= 0) {
            problems.at(entry, IamCodes.AZURE_SCOPE_WILDCARD, Severity.ERROR,
                    "assignable scopes cannot contain wildcards", "list each subscription or resource group instead");
            return;
        }
        if (scope.equals("/")) {
            return;
        }
        if (!scope.startsWith("/") || scope.endsWith("/") || scope.contains("//")) {
            problems.at(entry, IamCodes.AZURE_SCOPE_MALFORMED, Severity.ERROR,
                    "\"" + scope + "\" is not a scope path", HINT);
            return;
        }
        String[] parts = scope.substring(1).split("/");
        String problem = structureProblem(parts);
        if (problem != null) {
            problems.at(entry, IamCodes.AZURE_SCOPE_MALFORMED, Severity.ERROR, problem, HINT);
            return;
        }
        if (parts[0].equalsIgnoreCase("subscriptions") && !isGuid(parts[1]) && !Placeholders.isPlaceholder(parts[1])
                && !Placeholders.isDescriptive(parts[1])) {
            problems.at(entry, IamCodes.AZURE_SCOPE_SUBSCRIPTION_INVALID, Severity.WARNING,
                    "subscription \"" + parts[1] + "\" is neither a subscription ID nor a recognisable placeholder",
                    "write the GUID, or a placeholder such as SUBSCRIPTION_ID");
        }
    }

    /** What is wrong with the path's structure, or null. */
    private static String structureProblem(String[] p) {
        if (p[0].equalsIgnoreCase("subscriptions")) {
            if (p.length < 2) {
                return "the scope names no subscription";
            }
            int i = 2;
            if (p.length > i && p[i].equalsIgnoreCase("resourceGroups")) {
                if (p.length == i + 1) {
                    return "the scope names no resource group";
                }
                i += 2;
            }
            if (p.length > i && !(p[i].equalsIgnoreCase("providers") && p.length >= i + 4)) {
                return "after the " + (i == 2 ? "subscription" : "resource group")
                        + " a scope continues with /providers/Namespace/type/name";
            }
            return null;
        }
        if (p[0].equalsIgnoreCase("providers")) {
            boolean managementGroup = p.length == 4 && p[1].equalsIgnoreCase("Microsoft.Management")
                    && p[2].equalsIgnoreCase("managementGroups");
            return managementGroup ? null : "a tenant-level scope is /providers/Microsoft.Management/managementGroups/NAME";
        }
        return "a scope starts with /subscriptions/ or /providers/Microsoft.Management/managementGroups/";
    }

    private static boolean isGuid(String s) {
        if (s.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = s.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : Character.digit(c, 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
