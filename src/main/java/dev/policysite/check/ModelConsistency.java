package dev.policysite.check;

import dev.policysite.diag.Finding;

import java.util.List;

/**
 * The plug-in point for the policy model: whether the model itself is sound, and whether each JSON
 * block of the docs agrees with it (e.g. {@code policy.drift}: "block lacks X; has Y" against the nearest
 * view). {@link #NONE} is used for sites without a model. Implementations must be thread-safe.
 */
public interface ModelConsistency {

    ModelConsistency NONE = new ModelConsistency() {
    };

    /** Problems of the model's own files, positioned in those files. Called once per check. */
    default List<Finding> checkModel() {
        return List.of();
    }

    /** Problems of one block against the model, positioned relative to the block text (like validator issues). */
    default List<BlockIssue> checkBlock(JsonBlock block) {
        return List.of();
    }
}
