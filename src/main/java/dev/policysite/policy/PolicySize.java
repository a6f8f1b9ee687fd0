package dev.policysite.policy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.policysite.diag.Finding;
import dev.policysite.diag.SourcePos;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * AWS size quotas, counted as AWS counts them: characters of the policy without whitespace. Checked with
 * the example values filled in, since real values are longer than the {@code [NAME]} tokens.
 */
public final class PolicySize {
    public static final int MANAGED_POLICY_LIMIT = 6_144;
    public static final int INLINE_ROLE_POLICIES_LIMIT = 10_240;

    private PolicySize() {
    }

    /** Characters of {@code node}'s JSON, whitespace not counted. */
    public static int charactersWithoutWhitespace(JsonNode node) {
        String compact = node.toString();
        int n = 0;
        for (int i = 0; i < compact.length(); i++) {
            if (!Character.isWhitespace(compact.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** A warning when an AWS view is over a quota, or empty. */
    public static Optional<String> warning(View view) {
        if (!view.policy().kind().isAws()) {
            return Optional.empty();
        }
        int size = charactersWithoutWhitespace(view.node());
        if (size > INLINE_ROLE_POLICIES_LIMIT) {
            return Optional.of(view.getLabel() + " has " + size + " characters without whitespace: over the "
                    + INLINE_ROLE_POLICIES_LIMIT + " allowed for all inline policies of a role together");
        }
        if (size > MANAGED_POLICY_LIMIT) {
            return Optional.of(view.getLabel() + " has " + size + " characters without whitespace: over the "
                    + MANAGED_POLICY_LIMIT + " allowed for a managed policy (use it as an inline policy)");
        }
        return Optional.empty();
    }

    /** Warnings for every variant of {@code policy}, example values filled in. */
    static List<Finding> findings(Policy policy) {
        List<Finding> out = new ArrayList<>();
        for (FeatureSelection s : policy.allSelections()) {
            warning(policy.variant(s).fill(policy.exampleValues())).ifPresent(message -> out.add(
                    Finding.warning("policy.size", SourcePos.fileOnly(policy.source()), message,
                            "split the policy or drop features")));
        }
        return out;
    }
}
