package dev.policysite.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.policysite.diag.Finding;

import java.util.List;

/**
 * What a {@link BlockValidator} made of a block.
 *
 * @param value  the parsed value, or null when the text could not be read as JSON
 * @param kind   the validator's name for what the block holds (e.g. {@code policy}, {@code statement},
 *               {@code fragment}), or null when it does not classify blocks
 * @param issues every problem found, in text order, positioned in the block text
 *               ({@link dev.policysite.diag.SourcePos#inText}; line 0 is the whole block, col 0 a whole line)
 */
public record BlockCheck(JsonNode value, String kind, List<Finding> issues) {

    public BlockCheck {
        issues = List.copyOf(issues);
    }
}
