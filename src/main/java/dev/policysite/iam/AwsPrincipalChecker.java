package dev.policysite.iam;

import dev.policysite.diag.Severity;
import dev.policysite.json.LocatedNode;

import java.util.List;

/** Checks {@code Principal} / {@code NotPrincipal}: {@code "*"} or an object of principal types. */
final class AwsPrincipalChecker {
    private static final List<String> TYPES = List.of("AWS", "Service", "Federated", "CanonicalUser");

    private final AwsArnChecker arns;
    private final Problems problems;

    AwsPrincipalChecker(AwsArnChecker arns, Problems problems) {
        this.arns = arns;
        this.problems = problems;
    }

    void check(LocatedNode principal) {
        if (principal.node().isTextual()) {
            if (!principal.text().equals("*")) {
                problems.at(principal, IamCodes.PRINCIPAL_INVALID, Severity.ERROR,
                        "a principal is \"*\" or an object such as {\"AWS\": \"arn:aws:iam::123456789012:root\"}",
                        "wrap it: {\"AWS\": \"" + principal.text() + "\"}");
            }
            return;
        }
        if (!principal.node().isObject()) {
            problems.at(principal, IamCodes.VALUE_TYPE, Severity.ERROR, "a principal must be \"*\" or an object",
                    "write e.g. {\"Service\": \"ec2.amazonaws.com\"}");
            return;
        }
        for (LocatedNode type : principal.members()) {
            if (!TYPES.contains(type.name())) {
                String hint = Suggestions.hint(Suggestions.closest(type.name(), TYPES, 1));
                problems.atName(type, IamCodes.PRINCIPAL_KEY_UNKNOWN, Severity.ERROR,
                        "\"" + type.name() + "\" is not a principal type (AWS, Service, Federated, CanonicalUser)",
                        hint.isEmpty() ? "use one of AWS, Service, Federated, CanonicalUser" : hint);
                continue;
            }
            if (type.node().isArray() && type.node().isEmpty()) {
                problems.at(type, IamCodes.VALUE_EMPTY, Severity.ERROR, "the principal list is empty", "name at least one principal");
            }
            for (LocatedNode value : type.elementsOrSelf()) {
                if (value.text() == null) {
                    problems.at(value, IamCodes.VALUE_TYPE, Severity.ERROR, "a principal must be a string",
                            "write it in double quotes");
                } else {
                    checkValue(type.name(), value);
                }
            }
        }
    }

    private void checkValue(String type, LocatedNode value) {
        String v = value.text();
        if (v.equals("*") || Placeholders.isPlaceholder(v)) {
            return;
        }
        switch (type) {
            case "AWS" -> {
                if (v.startsWith("arn:")) {
                    arns.checkShape(value, v);
                } else if (!(v.length() == 12 && v.chars().allMatch(Character::isDigit))) {
                    problems.at(value, IamCodes.PRINCIPAL_INVALID, Severity.ERROR,
                            "an AWS principal is a 12-digit account ID or an IAM ARN, not \"" + v + "\"",
                            "e.g. arn:aws:iam::123456789012:role/name or 123456789012");
                }
            }
            case "Service" -> {
                if (!(v.endsWith(".amazonaws.com") || v.endsWith(".amazonaws.com.cn"))) {
                    problems.at(value, IamCodes.PRINCIPAL_INVALID, Severity.ERROR,
                            "a service principal looks like ec2.amazonaws.com, not \"" + v + "\"",
                            "write the service's principal name, e.g. lambda.amazonaws.com");
                }
            }
            case "Federated" -> {
                if (v.startsWith("arn:")) {
                    arns.checkShape(value, v);
                } else if (v.indexOf('.') < 0) {
                    problems.at(value, IamCodes.PRINCIPAL_INVALID, Severity.ERROR,
                            "a federated principal is an identity provider ARN or domain, not \"" + v + "\"",
                            "e.g. arn:aws:iam::123456789012:oidc-provider/... or accounts.google.com");
                }
            }
            default -> {
                // CanonicalUser ids are opaque
            }
        }
    }
}
