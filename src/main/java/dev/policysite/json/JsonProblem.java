package dev.policysite.json;

import dev.policysite.diag.Severity;

/**
 * Something wrong with a JSON text, located at the offending character.
 *
 * @param code stable identifier, one of {@link JsonCodes}
 * @param hint what to do about it (never null, may be empty)
 */
public record JsonProblem(String code, Severity severity, TextPos pos, String message, String hint) {

    public JsonProblem {
        hint = hint == null ? "" : hint;
    }
}
