package dev.policysite.iam;

import dev.policysite.diag.Severity;
import dev.policysite.iam.AzureOperationChecker.ListRole;
import dev.policysite.json.LocatedNode;

import java.util.List;

/**
 * Checks Azure role definitions in the shapes docs show them: the {@code az role definition create} /
 * PowerShell shape ({@code Name, IsCustom, Actions, ..., AssignableScopes}), the portal/ARM shape
 * ({@code properties.roleName, properties.permissions[...]}, also flattened as {@code az role definition
 * list} prints it), and bare {@code "actions": [...]} members. Azure reads member names case-insensitively.
 */
final class AzureRoleChecker {
    private static final List<String> CLI_MEMBERS = List.of("Name", "Id", "IsCustom", "Description", "Actions",
            "NotActions", "DataActions", "NotDataActions", "AssignableScopes", "Condition", "ConditionVersion");
    private static final List<String> ARM_MEMBERS = List.of("id", "name", "type", "properties");
    private static final List<String> ARM_PROPERTIES = List.of("roleName", "description", "type", "roleType",
            "assignableScopes", "permissions", "createdOn", "updatedOn", "createdBy", "updatedBy");
    private static final List<String> PERMISSION_MEMBERS = List.of("actions", "notActions", "dataActions",
            "notDataActions", "condition", "conditionVersion");

    private final AzureOperationChecker operations;
    private final AzureScopeChecker scopes;
    private final Problems problems;

    AzureRoleChecker(AzureCatalog catalog, Problems problems) {
        this.problems = problems;
        this.operations = new AzureOperationChecker(catalog, problems);
        this.scopes = new AzureScopeChecker(problems);
    }

    void checkRole(LocatedNode role) {
        LocatedNode properties = member(role, "properties");
        if (properties != null && properties.node().isObject()) {
            checkMembers(role, ARM_MEMBERS);
            checkMembers(properties, ARM_PROPERTIES);
            checkArmBody(properties);
        } else if (member(role, "permissions") != null || member(role, "roleName") != null) {
            checkMembers(role, union(ARM_MEMBERS, ARM_PROPERTIES));
            checkArmBody(role);
        } else {
            checkCli(role);
        }
    }

    /** {@code "actions": [...]}, {@code "dataActions": [...]} members without their role definition. */
    void checkPermissionMembers(LocatedNode object) {
        for (LocatedNode member : object.members()) {
            operations.checkList(member, ListRole.ofMember(member.name()));
        }
    }

    /** A bare list of operations: which list it belongs to is unknown. */
    void checkOperations(LocatedNode listOrString) {
        for (LocatedNode entry : listOrString.elementsOrSelf()) {
            operations.check(entry, ListRole.UNKNOWN);
        }
    }

    private void checkCli(LocatedNode role) {
        checkMembers(role, CLI_MEMBERS);
        requireText(role, "Name", true);
        requireText(role, "Description", false);
        LocatedNode custom = member(role, "IsCustom");
        if (custom != null && !custom.node().isBoolean()) {
            problems.at(custom, IamCodes.AZURE_VALUE_TYPE, Severity.ERROR, "IsCustom must be true or false", "write true");
        }
        checkPermissionLists(role);
        checkScopes(role, "AssignableScopes");
    }

    /** The ARM role properties: name, permissions and scopes, wherever they sit. */
    private void checkArmBody(LocatedNode properties) {
        requireText(properties, "roleName", true);
        requireText(properties, "description", false);
        LocatedNode permissions = member(properties, "permissions");
        if (permissions == null) {
            problems.at(properties, IamCodes.AZURE_MEMBER_MISSING, Severity.WARNING, "the role definition has no permissions",
                    "add \"permissions\": [{\"actions\": [...]}]");
        } else if (!permissions.node().isArray()) {
            problems.at(permissions, IamCodes.AZURE_VALUE_TYPE, Severity.ERROR, "permissions must be a list of objects",
                    "write \"permissions\": [{\"actions\": [...]}]");
        } else {
            for (LocatedNode permission : permissions.elements()) {
                if (!permission.node().isObject()) {
                    problems.at(permission, IamCodes.AZURE_VALUE_TYPE, Severity.ERROR, "a permission must be an object",
                            "write {\"actions\": [...], \"dataActions\": [...]}");
                    continue;
                }
                checkMembers(permission, PERMISSION_MEMBERS);
                checkPermissionLists(permission);
            }
        }
        checkScopes(properties, "assignableScopes");
    }

    private void checkPermissionLists(LocatedNode holder) {
        boolean any = false;
        for (LocatedNode member : holder.members()) {
            ListRole role = ListRole.ofMember(member.name());
            if (role != ListRole.UNKNOWN) {
                operations.checkList(member, role);
                // a non-list was reported already; only a missing or empty list grants nothing
                any |= (role == ListRole.ACTIONS || role == ListRole.DATA_ACTIONS)
                        && (!member.node().isArray() || member.node().size() > 0);
            }
        }
        if (!any) {
            problems.at(holder, IamCodes.AZURE_MEMBER_MISSING, Severity.WARNING, "the role grants no actions or data actions",
                    "add \"Actions\": [...] or \"DataActions\": [...]");
        }
    }

    private void checkScopes(LocatedNode holder, String name) {
        LocatedNode list = member(holder, name);
        if (list == null || (list.node().isArray() && list.node().isEmpty())) {
            problems.at(list == null ? holder : list, IamCodes.AZURE_MEMBER_MISSING, Severity.WARNING,
                    "the role definition has no " + name, "add the subscriptions or resource groups it may be assigned at");
            return;
        }
        if (!list.node().isArray()) {
            problems.at(list, IamCodes.AZURE_VALUE_TYPE, Severity.ERROR, name + " must be a list of scopes",
                    "write \"" + name + "\": [\"/subscriptions/SUBSCRIPTION_ID\"]");
            return;
        }
        for (LocatedNode scope : list.elements()) {
            scopes.check(scope);
        }
    }

    private void requireText(LocatedNode holder, String name, boolean required) {
        LocatedNode value = member(holder, name);
        if (value == null) {
            if (required) {
                problems.at(holder, IamCodes.AZURE_MEMBER_MISSING, Severity.WARNING, "the role definition has no " + name,
                        "add \"" + name + "\": \"...\"");
            }
        } else if (!value.node().isTextual()) {
            problems.at(value, IamCodes.AZURE_VALUE_TYPE, Severity.ERROR, name + " must be a string", "write it in double quotes");
        }
    }

    private void checkMembers(LocatedNode object, List<String> allowed) {
        for (LocatedNode m : object.members()) {
            if (allowed.stream().noneMatch(a -> a.equalsIgnoreCase(m.name()))) {
                String hint = Suggestions.hint(Suggestions.closest(m.name(), allowed, 1));
                problems.atName(m, IamCodes.AZURE_MEMBER_UNKNOWN, Severity.WARNING,
                        "\"" + m.name() + "\" is not a role definition member",
                        hint.isEmpty() ? "Azure ignores it; known members: " + String.join(", ", allowed) : hint);
            }
        }
    }

    /** The member named {@code name}, ignoring case, or null. */
    static LocatedNode member(LocatedNode object, String name) {
        for (LocatedNode m : object.members()) {
            if (m.name().equalsIgnoreCase(name)) {
                return m;
            }
        }
        return null;
    }

    private static List<String> union(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
