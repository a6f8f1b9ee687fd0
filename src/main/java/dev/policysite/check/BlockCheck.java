package dev.policysite.check;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * What a {@link BlockValidator} made of a block.
 *
 * @param value  the parsed value, or null when the text could not be read as JSON
 * @param kind   the validator's name for what the block holds (e.g. {@code policy}, {@code statement},
 *               {@code fragment}), or null when it does not classify blocks
 * @param issues every problem found, in text order
 */
public record BlockCheck(JsonNode value, String kind, List<BlockIssue> issues) {

    public BlockCheck {
        issues = List.copyOf(issues);
    }
}
