package dev.policysite.iam;

import com.fasterxml.jackson.databind.JsonNode;
import dev.policysite.diag.Severity;
import dev.policysite.iam.AwsActionChecker.ResolvedAction;
import dev.policysite.json.LocatedNode;

import java.util.List;
import java.util.Optional;

/** Checks a statement's {@code Condition}: operators, keys against the catalog, value types. */
final class AwsConditionChecker {
    private final AwsCatalog catalog;
    private final AwsArnChecker arns;
    private final Problems problems;

    AwsConditionChecker(AwsCatalog catalog, AwsArnChecker arns, Problems problems) {
        this.catalog = catalog;
        this.arns = arns;
        this.problems = problems;
    }

    /**
     * @param actions       the statement's resolved Action entries
     * @param judgeKeys     false when the actions are unknown, a NotAction list, or {@code *}: then a key's
     *                      fit to the actions cannot be judged
     */
    void check(LocatedNode condition, List<ResolvedAction> actions, boolean judgeKeys) {
        if (!condition.node().isObject()) {
            problems.at(condition, IamCodes.VALUE_TYPE, Severity.ERROR, "Condition must be an object of operators",
                    "write e.g. \"Condition\": {\"StringEquals\": {\"aws:RequestedRegion\": \"eu-west-1\"}}");
            return;
        }
        for (LocatedNode block : condition.members()) {
            ConditionOperator op = ConditionOperator.parse(block.name());
            if (op == null) {
                problems.atName(block, IamCodes.CONDITION_OPERATOR_UNKNOWN, Severity.ERROR,
                        "\"" + block.name() + "\" is not a condition operator", operatorHint(block.name()));
            } else if (op.family() == ConditionOperator.Family.NULL && op.ifExists()) {
                problems.atName(block, IamCodes.CONDITION_OPERATOR_UNKNOWN, Severity.ERROR,
                        "Null cannot be combined with IfExists", "write Null");
            }
            if (!block.node().isObject()) {
                problems.at(block, IamCodes.VALUE_TYPE, Severity.ERROR, "a condition operator takes an object of keys",
                        "write e.g. {\"aws:SourceVpc\": \"vpc-1a2b3c4d\"}");
                continue;
            }
            for (LocatedNode entry : block.members()) {
                checkKey(entry, actions, judgeKeys);
                checkValues(entry, op);
            }
        }
    }

    private static String operatorHint(String name) {
        String hint = Suggestions.hint(ConditionOperator.suggest(name));
        return hint.isEmpty() ? "see the IAM condition operators: StringEquals, ArnLike, Bool, ..." : hint;
    }

    private void checkKey(LocatedNode entry, List<ResolvedAction> actions, boolean judgeKeys) {
        String key = entry.name();
        int colon = key.indexOf(':');
        if (colon <= 0 || colon == key.length() - 1) {
            problems.atName(entry, IamCodes.CONDITION_KEY_MALFORMED, Severity.ERROR,
                    "condition key \"" + key + "\" has no prefix:name form", "e.g. aws:SourceIp or s3:prefix");
            return;
        }
        String prefix = key.substring(0, colon);
        if (prefix.indexOf('.') >= 0 || prefix.indexOf('/') >= 0) {
            return; // an identity provider's key (accounts.google.com:aud, an OIDC provider URL:sub)
        }
        Optional<AwsConditionKey> known = catalog.conditionKey(key);
        if (known.isEmpty()) {
            boolean knownPrefix = catalog.isKnownService(prefix) || catalog.isKnownConditionKeyPrefix(prefix);
            problems.atName(entry, IamCodes.CONDITION_KEY_UNKNOWN, Severity.WARNING,
                    knownPrefix ? "the AWS reference has no condition key \"" + key + "\""
                            : "no AWS service has condition keys with prefix \"" + prefix + "\"",
                    "check the spelling against the service's condition keys");
            return;
        }
        if (known.get().isGlobal() || !judgeKeys || actions.isEmpty()) {
            return;
        }
        for (ResolvedAction r : actions) {
            for (AwsAction a : r.actions()) {
                if (catalog.conditionKeyApplies(a, key)) {
                    return;
                }
            }
        }
        problems.atName(entry, IamCodes.CONDITION_KEY_NOT_APPLICABLE, Severity.WARNING,
                "condition key " + known.get().key() + " applies to none of the statement's actions",
                "requests for these actions never carry the key, so the condition never matches; check the key or the actions");
    }

    private void checkValues(LocatedNode entry, ConditionOperator op) {
        if (entry.node().isArray() && entry.node().isEmpty()) {
            problems.at(entry, IamCodes.CONDITION_VALUE_TYPE, Severity.ERROR, "the condition has no values",
                    "give at least one value");
            return;
        }
        for (LocatedNode value : entry.elementsOrSelf()) {
            JsonNode v = value.node();
            if (!(v.isTextual() || v.isNumber() || v.isBoolean())) {
                problems.at(value, IamCodes.CONDITION_VALUE_TYPE, Severity.ERROR,
                        "a condition value must be a string, number or boolean", "write the value in double quotes");
                continue;
            }
            if (op != null) {
                checkFits(value, op);
            }
        }
    }

    /** Value against operator family; values with policy variables are left alone. */
    private void checkFits(LocatedNode value, ConditionOperator op) {
        JsonNode v = value.node();
        String text = v.asText();
        if (text.contains("${")) {
            return;
        }
        switch (op.family()) {
            case BOOL, NULL -> {
                if (!(v.isBoolean() || text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
                    mismatch(value, op, "true or false");
                }
            }
            case NUMERIC -> {
                if (!(v.isNumber() || isNumber(text))) {
                    mismatch(value, op, "a number");
                }
            }
            case ARN -> {
                if (v.isTextual() && text.startsWith("arn:")) {
                    arns.checkShape(value, text);
                }
            }
            default -> {
                // strings, dates, IP ranges and binary values have too many valid forms to second-guess
            }
        }
    }

    private void mismatch(LocatedNode value, ConditionOperator op, String expected) {
        problems.at(value, IamCodes.CONDITION_VALUE_MISMATCH, Severity.WARNING,
                op.base() + " compares with " + expected + ", not \"" + value.node().asText() + "\"",
                "use a value " + op.base() + " understands, or another operator");
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return !s.isBlank();
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
