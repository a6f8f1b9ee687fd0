package dev.policysite.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.policysite.content.SourcePage;
import dev.policysite.diag.SourcePos;

/**
 * A JSON code block of a page that parsed, as the model consistency check sees it.
 *
 * @param page  the page the block is shown on
 * @param fence where the opening fence is written (may be an included file)
 * @param text  the block's content
 * @param value the parsed value
 * @param kind  the validator's classification ({@link BlockCheck#kind()}), or null
 */
public record JsonBlock(SourcePage page, SourcePos fence, String text, JsonNode value, String kind) {
}
