package dev.policysite.iam;

import dev.policysite.diag.Severity;
import dev.policysite.iam.AwsActionChecker.ResolvedAction;
import dev.policysite.json.LocatedNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks ARNs written in policies: their shape, and whether a Resource ARN can name a resource type of
 * the statement's actions. Documentation placeholders ({@code [VPC_ID]}, {@code ${aws:username}},
 * {@code BUCKET_NAME}) count as wildcards.
 */
final class AwsArnChecker {
    private static final Set<String> PARTITIONS = Set.of("aws", "aws-cn", "aws-us-gov", "aws-iso", "aws-iso-b",
            "aws-iso-e", "aws-iso-f", "aws-eusc");

    private final AwsCatalog catalog;
    private final Problems problems;

    AwsArnChecker(AwsCatalog catalog, Problems problems) {
        this.catalog = catalog;
        this.problems = problems;
    }

    /**
     * Checks the shape of an ARN (or ARN pattern) and returns its fields with placeholders turned into
     * wildcards; null for {@code *}, a whole-value placeholder, or an ARN too broken to compare.
     */
    Arn checkShape(LocatedNode at, String value) {
        if (value.equals("*") || Placeholders.isPlaceholder(value)) {
            return null;
        }
        String pattern = Placeholders.toWildcards(value);
        if (!pattern.startsWith("arn:")) {
            problems.at(at, IamCodes.ARN_INVALID, Severity.ERROR, "\"" + value + "\" is not an ARN",
                    "write arn:partition:service:region:account:resource, or \"*\" for every resource");
            return null;
        }
        Arn arn = Arn.parse(pattern);
        if (arn == null) {
            problems.at(at, IamCodes.ARN_INVALID, Severity.ERROR,
                    "the ARN has " + Arn.fieldCount(pattern) + " of its 6 colon-separated parts",
                    "write arn:partition:service:region:account:resource (leave region or account empty, not out)");
            return null;
        }
        String invalid = null;
        String hint = "";
        if (!PARTITIONS.contains(arn.partition()) && !isWildOrPlaceholder(arn.partition())) {
            invalid = "unknown partition \"" + arn.partition() + "\" in the ARN";
            hint = "use aws (or aws-cn, aws-us-gov)";
        } else if (arn.service().isEmpty()) {
            invalid = "the ARN names no service";
            hint = "e.g. arn:aws:s3:::bucket";
        } else if (hasUpperCase(arn.service())) {
            invalid = "the service in an ARN is lower-case";
            hint = "write " + AwsCatalog.lower(arn.service());
        } else if (!isRegion(arn.region())) {
            invalid = "\"" + arn.region() + "\" is not a region";
            hint = "write a region such as us-east-1, * for any, or leave it empty for global services";
        } else if (arn.resource().isEmpty()) {
            invalid = "the ARN has no resource part";
            hint = "end the ARN with the resource, e.g. role/name or * for all";
        }
        if (invalid != null) {
            // one problem per ARN: a broken ARN would only draw follow-up mismatches
            problems.at(at, IamCodes.ARN_INVALID, Severity.ERROR, invalid, hint);
            return null;
        }
        if (!isAccount(arn.account())) {
            problems.at(at, IamCodes.ARN_ACCOUNT_INVALID, Severity.WARNING,
                    "account \"" + arn.account() + "\" in the ARN is not a 12-digit AWS account ID",
                    "write a 12-digit ID, * for any, or a placeholder readers recognise such as ACCOUNT_ID or [ACCOUNT_ID]");
        }
        return arn;
    }

    /**
     * Warns when {@code arn} can name no resource type of the statement's (fully resolved) actions.
     * Actions without resource types take no part: they are {@link IamCodes#RESOURCE_STAR_REQUIRED}'s business.
     */
    void checkResourceTypes(LocatedNode at, Arn arn, List<ResolvedAction> actions) {
        boolean anyType = false;
        for (ResolvedAction r : actions) {
            for (AwsAction a : r.actions()) {
                for (AwsResourceType type : catalog.resourceTypesFor(a)) {
                    if (type.couldMatch(arn)) {
                        return;
                    }
                    anyType = true;
                }
            }
        }
        if (anyType) {
            reportMismatch(at, actions);
        }
    }

    private void reportMismatch(LocatedNode at, List<ResolvedAction> actions) {
        Set<AwsResourceType> accepted = new LinkedHashSet<>();
        for (ResolvedAction r : actions) {
            for (AwsAction a : r.actions()) {
                accepted.addAll(catalog.resourceTypesFor(a));
            }
        }
        List<String> names = new ArrayList<>();
        for (AwsResourceType type : accepted) {
            if (names.size() == 6) {
                names.add("...");
                break;
            }
            names.add(type.service() + " " + type.name());
        }
        AwsResourceType first = accepted.iterator().next();
        problems.at(at, IamCodes.ARN_MISMATCH, Severity.WARNING,
                "this ARN matches no resource type of the statement's actions (" + String.join(", ", names) + ")",
                "check the service and resource type in the ARN; e.g. " + first.name() + " ARNs look like " + first.arnFormat());
    }

    private static boolean hasUpperCase(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isUpperCase(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRegion(String region) {
        if (region.isEmpty() || Placeholders.isUpperToken(region)) {
            return true;
        }
        for (int i = 0; i < region.length(); i++) {
            char c = region.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '*' || c == '?')) {
                return false;
            }
        }
        return true;
    }

    /** 12 digits, a digit pattern with wildcards, {@code aws}, empty, or a placeholder ({@code ACCOUNT_ID}, {@code account-id}). */
    private static boolean isAccount(String account) {
        if (account.isEmpty() || account.equals("aws") || Placeholders.isUpperToken(account) || Placeholders.isDescriptive(account)) {
            return true;
        }
        boolean wild = false;
        for (int i = 0; i < account.length(); i++) {
            char c = account.charAt(i);
            if (c == '*' || c == '?') {
                wild = true;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return wild || account.length() == 12;
    }

    private static boolean isWildOrPlaceholder(String field) {
        return Wildcards.hasWildcard(field) || Placeholders.isUpperToken(field);
    }
}
