package dev.policysite.iam;

import com.fasterxml.jackson.databind.JsonNode;
import dev.policysite.diag.Severity;
import dev.policysite.iam.AwsActionChecker.ResolvedAction;
import dev.policysite.json.LocatedNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Checks one IAM policy statement: its grammar, then its actions, principals, resources and conditions. */
final class AwsStatementChecker {

    /** What kind of policy the statement belongs to; decides which elements it needs. */
    enum Role {
        /** Attached to a user, group or role: needs Resource, has no Principal. */
        IDENTITY,
        /** Attached to a resource (bucket, key, queue): needs Principal and Resource. */
        RESOURCE_BASED,
        /** A role's trust policy: needs Principal, must not have Resource. */
        TRUST
    }

    static final List<String> MEMBERS = List.of("Sid", "Effect", "Principal", "NotPrincipal", "Action", "NotAction",
            "Resource", "NotResource", "Condition");
    private static final Set<String> TRUST_ACTIONS = Set.of("sts:assumerole", "sts:assumerolewithsaml",
            "sts:assumerolewithwebidentity", "sts:tagsession", "sts:setsourceidentity", "sts:setcontext", "sts:*");
    private static final String PASS_ROLE = "iam:PassRole";

    private final AwsActionChecker actions;
    private final AwsArnChecker arns;
    private final AwsPrincipalChecker principals;
    private final AwsConditionChecker conditions;
    private final Problems problems;

    AwsStatementChecker(AwsCatalog catalog, Problems problems) {
        this.problems = problems;
        this.actions = new AwsActionChecker(catalog, problems);
        this.arns = new AwsArnChecker(catalog, problems);
        this.principals = new AwsPrincipalChecker(arns, problems);
        this.conditions = new AwsConditionChecker(catalog, arns, problems);
    }

    /** Checks a list of action names on its own (an action-list code block). */
    void checkActionNames(LocatedNode list) {
        checkActionList(list);
    }

    /** @param role the policy's kind, or null to judge a lone statement by itself */
    void check(LocatedNode statement, Role role) {
        if (!statement.node().isObject()) {
            problems.at(statement, IamCodes.VALUE_TYPE, Severity.ERROR, "a statement must be an object",
                    "write {\"Effect\": ..., \"Action\": ..., \"Resource\": ...}");
            return;
        }
        Role r = role != null ? role : roleOf(statement.node());
        checkMembers(statement, MEMBERS, "statement");
        checkSid(statement.get("Sid"), r);
        LocatedNode effect = statement.get("Effect");
        checkEffect(statement, effect);

        LocatedNode action = statement.get("Action");
        LocatedNode notAction = statement.get("NotAction");
        if (action != null && notAction != null) {
            problems.atName(notAction, IamCodes.ACTION_AND_NOTACTION, Severity.ERROR,
                    "a statement has Action or NotAction, not both", "split it into two statements");
        } else if (action == null && notAction == null && !hasMisCased(statement, "Action", "NotAction")) {
            problems.at(statement, IamCodes.ACTION_MISSING, Severity.ERROR, "the statement has no Action",
                    "add \"Action\": [...] with the actions it allows or denies");
        }
        List<ResolvedAction> resolved = checkActionList(action != null ? action : notAction);
        boolean actionsKnown = action != null && !resolved.isEmpty()
                && resolved.stream().allMatch(ResolvedAction::resolved);

        checkPrincipals(statement, r);
        checkResources(statement, r, action != null, resolved, actionsKnown, effect);
        LocatedNode condition = statement.get("Condition");
        if (condition != null) {
            conditions.check(condition, resolved, actionsKnown);
        }
    }

    /** Reports members outside {@code allowed}; IAM element names are case-sensitive. */
    void checkMembers(LocatedNode object, List<String> allowed, String what) {
        for (LocatedNode member : object.members()) {
            if (allowed.contains(member.name())) {
                continue;
            }
            String hint = allowed.stream().filter(a -> a.equalsIgnoreCase(member.name())).findFirst()
                    .map(a -> "element names are case-sensitive: write \"" + a + "\"")
                    .orElseGet(() -> {
                        String h = Suggestions.hint(Suggestions.closest(member.name(), allowed, 1));
                        return h.isEmpty() ? "a " + what + " has only " + String.join(", ", allowed) : h;
                    });
            problems.atName(member, IamCodes.MEMBER_UNKNOWN, Severity.ERROR,
                    "\"" + member.name() + "\" is not a " + what + " element", hint);
        }
    }

    private void checkSid(LocatedNode sid, Role role) {
        if (sid == null) {
            return;
        }
        if (!sid.node().isTextual()) {
            problems.at(sid, IamCodes.VALUE_TYPE, Severity.ERROR, "Sid must be a string", "write it in double quotes");
            return;
        }
        StringBuilder alphanumeric = new StringBuilder();
        sid.text().chars().filter(AwsStatementChecker::isAsciiAlphanumeric).forEach(c -> alphanumeric.append((char) c));
        if (alphanumeric.length() != sid.text().length()) {
            // IAM (identity and trust policies) allows letters and digits only; resource policies of
            // services such as KMS and S3 also take spaces, so there it is only a suggestion
            String hint = alphanumeric.length() == 0 ? "use letters and digits only" : "e.g. " + alphanumeric;
            if (role == Role.RESOURCE_BASED) {
                problems.at(sid, IamCodes.SID_INVALID, Severity.SUGGESTION,
                        "Sid \"" + sid.text() + "\" has characters other than letters and digits, which IAM policies reject", hint);
            } else {
                problems.at(sid, IamCodes.SID_INVALID, Severity.ERROR,
                        "Sid \"" + sid.text() + "\" may only hold letters and digits", hint);
            }
        }
    }

    /** Is one of {@code names} there in other case ("action")? Then that is the problem to report, not a missing element. */
    private static boolean hasMisCased(LocatedNode statement, String... names) {
        for (String name : names) {
            for (var it = statement.node().fieldNames(); it.hasNext(); ) {
                if (it.next().equalsIgnoreCase(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isAsciiAlphanumeric(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    private void checkEffect(LocatedNode statement, LocatedNode effect) {
        if (effect == null && !hasMisCased(statement, "Effect")) {
            problems.at(statement, IamCodes.EFFECT_MISSING, Severity.ERROR, "the statement has no Effect",
                    "add \"Effect\": \"Allow\" or \"Effect\": \"Deny\"");
        } else if (effect == null) {
            return; // the mis-cased element is reported as such
        } else if (!effect.node().isTextual()) {
            problems.at(effect, IamCodes.VALUE_TYPE, Severity.ERROR, "Effect must be the string \"Allow\" or \"Deny\"",
                    "write \"Effect\": \"Allow\"");
        } else if (!effect.text().equals("Allow") && !effect.text().equals("Deny")) {
            String hint = effect.text().equalsIgnoreCase("allow") ? "write \"Allow\" (values are case-sensitive)"
                    : effect.text().equalsIgnoreCase("deny") ? "write \"Deny\" (values are case-sensitive)"
                    : "use \"Allow\" or \"Deny\"";
            problems.at(effect, IamCodes.EFFECT_INVALID, Severity.ERROR, "Effect \"" + effect.text() + "\" is neither Allow nor Deny", hint);
        }
    }

    private List<ResolvedAction> checkActionList(LocatedNode list) {
        if (list == null) {
            return List.of();
        }
        if (!isStringOrList(list, "an action list")) {
            return List.of();
        }
        List<ResolvedAction> out = new ArrayList<>();
        for (LocatedNode entry : list.elementsOrSelf()) {
            out.add(actions.check(entry));
        }
        return out;
    }

    private void checkPrincipals(LocatedNode statement, Role role) {
        LocatedNode principal = statement.get("Principal");
        LocatedNode notPrincipal = statement.get("NotPrincipal");
        if (principal != null && notPrincipal != null) {
            problems.atName(notPrincipal, IamCodes.PRINCIPAL_AND_NOTPRINCIPAL, Severity.ERROR,
                    "a statement has Principal or NotPrincipal, not both", "keep one of them");
        }
        if (principal == null && notPrincipal == null && role != Role.IDENTITY
                && !hasMisCased(statement, "Principal", "NotPrincipal")) {
            problems.at(statement, IamCodes.PRINCIPAL_MISSING, Severity.ERROR,
                    role == Role.TRUST ? "a trust policy statement needs a Principal: who may assume the role"
                            : "a resource-based policy statement needs a Principal",
                    "add e.g. \"Principal\": {\"AWS\": \"arn:aws:iam::123456789012:root\"}");
        }
        for (LocatedNode p : new LocatedNode[] {principal, notPrincipal}) {
            if (p != null) {
                principals.check(p);
            }
        }
    }

    private void checkResources(LocatedNode statement, Role role, boolean positiveActions, List<ResolvedAction> resolved,
                                boolean actionsKnown, LocatedNode effect) {
        LocatedNode resource = statement.get("Resource");
        LocatedNode notResource = statement.get("NotResource");
        if (resource != null && notResource != null) {
            problems.atName(notResource, IamCodes.RESOURCE_AND_NOTRESOURCE, Severity.ERROR,
                    "a statement has Resource or NotResource, not both", "keep one of them");
        }
        if (role == Role.TRUST) {
            for (LocatedNode r : new LocatedNode[] {resource, notResource}) {
                if (r != null) {
                    problems.atName(r, IamCodes.RESOURCE_NOT_ALLOWED, Severity.ERROR,
                            "a trust policy names no resources: the role itself is the resource",
                            "remove \"" + r.name() + "\"");
                }
            }
            return;
        }
        if (resource == null && notResource == null) {
            if (hasMisCased(statement, "Resource", "NotResource")) {
                return; // the mis-cased element is reported as such
            }
            problems.at(statement, IamCodes.RESOURCE_MISSING, Severity.ERROR, "the statement has no Resource",
                    "add \"Resource\": with the ARNs it applies to, or \"*\"");
            return;
        }
        LocatedNode list = resource != null ? resource : notResource;
        if (!isStringOrList(list, "a resource list")) {
            return;
        }
        boolean star = false;
        for (LocatedNode entry : list.elementsOrSelf()) {
            String text = entry.text();
            if (text == null) {
                problems.at(entry, IamCodes.VALUE_TYPE, Severity.ERROR, "a resource must be a string (an ARN or \"*\")",
                        "write it in double quotes");
                continue;
            }
            star |= text.equals("*");
            Arn arn = arns.checkShape(entry, text);
            if (arn != null && resource != null && actionsKnown) {
                arns.checkResourceTypes(entry, arn, resolved);
            }
        }
        if (resource == null || !positiveActions) {
            return;
        }
        if (!star) {
            for (ResolvedAction r : resolved) {
                if (r.resolved() && !r.wildcard() && !r.actions().get(0).hasResourceTypes()) {
                    problems.at(r.at(), IamCodes.RESOURCE_STAR_REQUIRED, Severity.WARNING,
                            r.actions().get(0).fullName() + " cannot be limited to resources, so this statement never allows it",
                            "move it to a statement with \"Resource\": \"*\"");
                }
            }
        } else if (effect != null && "Allow".equals(effect.text())) {
            for (ResolvedAction r : resolved) {
                if (r.covers(PASS_ROLE)) {
                    problems.at(r.at(), IamCodes.PASSROLE_STAR, Severity.SECURITY_WARNING,
                            "iam:PassRole with \"Resource\": \"*\" lets the holder pass any role, and so gain its permissions",
                            "limit Resource to the roles it must pass, e.g. arn:aws:iam::ACCOUNT_ID:role/NAME");
                }
            }
        }
    }

    private boolean isStringOrList(LocatedNode list, String what) {
        if (list.node().isTextual()) {
            return true;
        }
        if (!list.node().isArray()) {
            problems.at(list, IamCodes.VALUE_TYPE, Severity.ERROR, list.name() + " must be a string or a list of strings",
                    "write e.g. \"" + list.name() + "\": [\"...\"]");
            return false;
        }
        if (list.node().isEmpty()) {
            problems.at(list, IamCodes.VALUE_EMPTY, Severity.ERROR, list.name() + " is " + what + " with no entries",
                    "name at least one, or remove the statement");
            return false;
        }
        return true;
    }

    // ---------------------------------------------------------------- judging a statement's role

    static boolean hasPrincipal(JsonNode statement) {
        return statement.has("Principal") || statement.has("NotPrincipal");
    }

    /** Every action is one a trust policy grants ({@code sts:AssumeRole*}, {@code sts:TagSession}, ...). */
    static boolean hasOnlyTrustActions(JsonNode statement) {
        JsonNode actions = statement.get("Action");
        if (actions == null || (actions.isArray() && actions.isEmpty())) {
            return false;
        }
        for (JsonNode a : actions.isArray() ? actions : List.of(actions)) {
            if (!a.isTextual() || !TRUST_ACTIONS.contains(AwsCatalog.lower(a.textValue()))) {
                return false;
            }
        }
        return true;
    }

    /** A lone statement's role, judged from its own elements. */
    static Role roleOf(JsonNode statement) {
        if (!hasPrincipal(statement)) {
            return Role.IDENTITY;
        }
        boolean hasResource = statement.has("Resource") || statement.has("NotResource");
        return hasOnlyTrustActions(statement) && !hasResource ? Role.TRUST : Role.RESOURCE_BASED;
    }
}
