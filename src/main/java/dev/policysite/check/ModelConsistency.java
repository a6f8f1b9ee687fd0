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

    /** Problems of one block against the model, positioned in the block text (like validator issues). */
    default List<Finding> checkBlock(JsonBlock block) {
        return List.of();
    }

    /**
     * Problems of the JSON blocks of one page, one list per block in the order given, positioned relative to
     * each block's text. The default checks each block alone; an implementation that looks across the blocks
     * of a page (a placeholder written two ways) overrides it.
     */
    default List<List<Finding>> checkPage(List<JsonBlock> blocks) {
        return blocks.stream().map(this::checkBlock).toList();
    }
}
