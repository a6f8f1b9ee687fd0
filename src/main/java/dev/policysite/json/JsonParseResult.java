package dev.policysite.json;

import dev.policysite.diag.Finding;
import dev.policysite.diag.Severity;

import java.util.List;

/**
 * What {@link StrictJson} found: the located tree and every problem, in text order.
 *
 * @param json     the tree, or null when the text could not be read as JSON at all; a tree is still
 *                 returned when every problem could be stepped over (a trailing comma, a comment, ...)
 * @param problems empty for clean strict JSON; positioned in the text ({@link dev.policysite.diag.SourcePos#inText})
 */
public record JsonParseResult(LocatedJson json, List<Finding> problems) {

    public JsonParseResult {
        problems = List.copyOf(problems);
    }

    public boolean parsed() {
        return json != null;
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
    }
}
