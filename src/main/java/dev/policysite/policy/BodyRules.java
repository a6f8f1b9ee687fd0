package dev.policysite.policy;

import java.nio.file.Path;
import java.util.List;

/** What differs between policy kinds: where tags may stand, what a valid body holds, how fragments look. */
interface BodyRules {

    /** How the items of a list are read. */
    enum ListRole {
        /** Statements: objects that may carry a {@code features:} key. */
        STATEMENTS,
        /** Action names: plain strings, or {@code name: feature} / {@code name: [features]} to tag one. */
        ACTIONS,
        /** Exclusions ({@code NotAction}, {@code NotActions}): never tagged, leaving one out would widen the policy. */
        EXCLUSIONS,
        /** Anything else: plain JSON, no tags. */
        PLAIN
    }

    /** The role of the list found at {@code path} (member names from the body's root). */
    ListRole roleOf(List<String> path);

    /** Checks what the kind requires; returns the body in canonical form. Throws UserError at the bad line. */
    Body.Obj check(Body.Obj body, Path file);

    /** The statements or actions tagged with {@code featureId}. */
    View fragment(Policy policy, String featureId);

    /** Names of members of {@code body} that can be shown on their own (Azure's {@code Actions}); none for AWS. */
    List<String> memberViews(Body.Obj body);
}
