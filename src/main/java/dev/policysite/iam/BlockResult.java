package dev.policysite.iam;

import com.fasterxml.jackson.databind.JsonNode;
import dev.policysite.diag.Finding;
import dev.policysite.diag.Severity;
import dev.policysite.json.LocatedJson;

import java.util.List;

/**
 * The outcome of checking one code block.
 *
 * @param kind     what the block shows
 * @param value    the parsed value, wrapped in {@code [ ]} or {@code { }} when the block is a fragment;
 *                 null when the block is not readable as JSON ({@link BlockKind#INVALID} or empty)
 * @param problems every problem, in text order, positioned relative to the block text
 *                 ({@link dev.policysite.diag.SourcePos#inText}: line 1, col 1 is its first character; a value's
 *                 first character, e.g. the opening quote of a string, for a problem with a value)
 * @param located  the same value with the position of every value and member name (null with {@code value})
 */
public record BlockResult(BlockKind kind, JsonNode value, List<Finding> problems, LocatedJson located) {

    public BlockResult {
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
    }

    /** The problems with this code, for tests and tools. */
    public List<Finding> problems(String code) {
        return problems.stream().filter(p -> p.code().equals(code)).toList();
    }
}
