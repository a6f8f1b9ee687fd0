package dev.policysite.iam;

import dev.policysite.diag.Severity;
import dev.policysite.json.LocatedNode;

import java.util.List;
import java.util.Optional;

/** Checks action names ({@code ec2:RunInstances}, {@code s3:Get*}) against the catalog. */
final class AwsActionChecker {
    private final AwsCatalog catalog;
    private final Problems problems;

    /**
     * What one entry of an Action list stands for.
     *
     * @param actions  the catalog actions it covers (empty when unknown or malformed)
     * @param resolved true when the catalog could tell exactly what it covers; cross-checks against
     *                 resource types and condition keys only run when every entry is resolved
     * @param wildcard true for patterns such as {@code s3:Get*} (and for {@code *})
     */
    record ResolvedAction(LocatedNode at, String text, List<AwsAction> actions, boolean resolved, boolean wildcard) {

        static ResolvedAction unresolved(LocatedNode at, String text) {
            return new ResolvedAction(at, text, List.of(), false, false);
        }

        boolean isStar() {
            return "*".equals(text);
        }

        boolean covers(String fullName) {
            return isStar() || actions.stream().anyMatch(a -> a.fullName().equalsIgnoreCase(fullName));
        }
    }

    AwsActionChecker(AwsCatalog catalog, Problems problems) {
        this.catalog = catalog;
        this.problems = problems;
    }

    ResolvedAction check(LocatedNode entry) {
        String text = entry.text();
        if (text == null) {
            problems.at(entry, IamCodes.VALUE_TYPE, Severity.ERROR, "an action must be a string",
                    "write the action in double quotes, e.g. \"s3:GetObject\"");
            return ResolvedAction.unresolved(entry, null);
        }
        if (text.equals("*")) {
            return new ResolvedAction(entry, text, List.of(), false, true);
        }
        int colon = text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1 || text.indexOf(':', colon + 1) >= 0
                || !isServiceText(text, 0, colon) || !isActionText(text, colon + 1)) {
            problems.at(entry, IamCodes.ACTION_MALFORMED, Severity.ERROR, "\"" + text + "\" is not an action name",
                    "write service:Action, e.g. s3:GetObject or ec2:Describe*");
            return ResolvedAction.unresolved(entry, text);
        }
        String service = text.substring(0, colon);
        String name = text.substring(colon + 1);
        if (Wildcards.hasWildcard(service)) {
            return wildcard(entry, text, service);
        }
        if (!catalog.isKnownService(service)) {
            problems.at(entry, IamCodes.UNKNOWN_SERVICE, Severity.ERROR, "there is no AWS service with prefix \"" + service + "\"",
                    Suggestions.hint(catalog.suggestServices(service, 3),
                            "check the prefix in the AWS Service Authorization Reference"));
            return ResolvedAction.unresolved(entry, text);
        }
        if (Wildcards.hasWildcard(name)) {
            ResolvedAction r = wildcard(entry, text, service);
            String canonicalService = AwsCatalog.lower(service);
            if (!service.equals(canonicalService)) {
                String fixed = canonicalService + ":" + name;
                problems.at(entry, IamCodes.ACTION_CASE, Severity.SUGGESTION,
                        "service prefixes are lower-case: " + fixed, "write " + fixed);
            }
            return r;
        }
        Optional<AwsAction> action = catalog.action(text);
        if (action.isEmpty()) {
            problems.at(entry, IamCodes.UNKNOWN_ACTION, Severity.ERROR,
                    "service " + AwsCatalog.lower(service) + " has no action \"" + name + "\"",
                    Suggestions.hint(catalog.suggestActions(text, 3),
                            "check the action list of " + AwsCatalog.lower(service) + " in the AWS Service Authorization Reference"));
            return ResolvedAction.unresolved(entry, text);
        }
        String canonical = action.get().fullName();
        if (!canonical.equals(text)) {
            problems.at(entry, IamCodes.ACTION_CASE, Severity.SUGGESTION,
                    "the AWS reference spells \"" + text + "\" as " + canonical, "write " + canonical);
        }
        return new ResolvedAction(entry, text, List.of(action.get()), true, false);
    }

    private ResolvedAction wildcard(LocatedNode entry, String text, String service) {
        List<AwsAction> matches = catalog.actionsMatching(text);
        if (matches.isEmpty()) {
            problems.at(entry, IamCodes.WILDCARD_MATCHES_NOTHING, Severity.WARNING,
                    "\"" + text + "\" matches no " + (Wildcards.hasWildcard(service) ? "" : AwsCatalog.lower(service) + " ")
                            + "action, so it grants nothing", "check the spelling of the part before the wildcard");
        }
        return new ResolvedAction(entry, text, matches, !matches.isEmpty(), true);
    }

    private static boolean isServiceText(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '-' || c == '*' || c == '?')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isActionText(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '*' || c == '?' || c == '-' || c == '_')) {
                return false;
            }
        }
        return true;
    }
}
