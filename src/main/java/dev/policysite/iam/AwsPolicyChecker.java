package dev.policysite.iam;

import com.fasterxml.jackson.databind.JsonNode;
import dev.policysite.diag.Severity;
import dev.policysite.iam.AwsStatementChecker.Role;
import dev.policysite.json.LocatedNode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checks AWS blocks: whole policies, statement fragments and action lists. */
final class AwsPolicyChecker {
    private static final List<String> MEMBERS = List.of("Version", "Id", "Statement");
    static final String CURRENT_VERSION = "2012-10-17";
    static final String OLD_VERSION = "2008-10-17";

    private final AwsStatementChecker statements;
    private final Problems problems;

    AwsPolicyChecker(AwsCatalog catalog, Problems problems) {
        this.problems = problems;
        this.statements = new AwsStatementChecker(catalog, problems);
    }

    void checkPolicy(LocatedNode policy, boolean trust) {
        statements.checkMembers(policy, MEMBERS, "policy");
        checkVersion(policy);
        LocatedNode id = policy.get("Id");
        if (id != null && !id.node().isTextual()) {
            problems.at(id, IamCodes.VALUE_TYPE, Severity.ERROR, "Id must be a string", "write it in double quotes");
        }
        LocatedNode statement = policy.get("Statement");
        if (statement == null) {
            problems.at(policy, IamCodes.STATEMENT_MISSING, Severity.ERROR, "the policy has no Statement",
                    "add \"Statement\": [ ... ] with at least one statement");
            return;
        }
        if (statement.node().isArray() && statement.node().isEmpty()) {
            problems.at(statement, IamCodes.VALUE_EMPTY, Severity.ERROR, "Statement has no statements",
                    "add at least one statement");
            return;
        }
        if (!statement.node().isArray() && !statement.node().isObject()) {
            problems.at(statement, IamCodes.VALUE_TYPE, Severity.ERROR, "Statement must be a statement or a list of them",
                    "write \"Statement\": [ {...} ]");
            return;
        }
        List<LocatedNode> list = statement.elementsOrSelf();
        Role role = trust ? Role.TRUST
                : list.stream().anyMatch(s -> AwsStatementChecker.hasPrincipal(s.node())) ? Role.RESOURCE_BASED : Role.IDENTITY;
        checkStatements(list, role);
    }

    /** @param role the policy's kind, or null for statements shown without their policy */
    void checkStatements(List<LocatedNode> list, Role role) {
        Map<String, LocatedNode> sids = new HashMap<>();
        for (LocatedNode s : list) {
            LocatedNode sid = s.get("Sid");
            if (sid != null && sid.node().isTextual()) {
                LocatedNode first = sids.putIfAbsent(sid.text(), sid);
                if (first != null) {
                    problems.at(sid, IamCodes.SID_DUPLICATE, Severity.ERROR,
                            "Sid \"" + sid.text() + "\" is already used (line " + first.pos().line() + ")",
                            "give every statement its own Sid");
                }
            }
            statements.check(s, role);
        }
    }

    void checkActionNames(LocatedNode list) {
        statements.checkActionNames(list);
    }

    private void checkVersion(LocatedNode policy) {
        LocatedNode version = policy.get("Version");
        if (version == null) {
            problems.at(policy, IamCodes.VERSION_MISSING, Severity.WARNING, "the policy has no Version",
                    "add \"Version\": \"" + CURRENT_VERSION + "\"; without it IAM reads the policy as " + OLD_VERSION
                            + ", where policy variables do not work");
        } else if (!version.node().isTextual()) {
            problems.at(version, IamCodes.VALUE_TYPE, Severity.ERROR, "Version must be a string",
                    "write \"Version\": \"" + CURRENT_VERSION + "\"");
        } else if (!version.text().equals(CURRENT_VERSION) && !version.text().equals(OLD_VERSION)) {
            problems.at(version, IamCodes.VERSION_INVALID, Severity.ERROR,
                    "\"" + version.text() + "\" is not a policy language version",
                    "write \"" + CURRENT_VERSION + "\" (the only other version is " + OLD_VERSION + ")");
        } else if (version.text().equals(OLD_VERSION) && usesPolicyVariables(policy.node())) {
            problems.at(version, IamCodes.VERSION_VARIABLES, Severity.WARNING,
                    "policy variables such as ${aws:username} are plain text under Version " + OLD_VERSION,
                    "write \"Version\": \"" + CURRENT_VERSION + "\"");
        }
    }

    private static boolean usesPolicyVariables(JsonNode node) {
        if (node.isTextual()) {
            return node.textValue().contains("${");
        }
        for (JsonNode child : node) {
            if (usesPolicyVariables(child)) {
                return true;
            }
        }
        return false;
    }
}
