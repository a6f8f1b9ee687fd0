package dev.policysite.check;

/**
 * Checks the text of one code block. This is the plug-in point for the JSON/IAM engine: the built-in
 * {@link JsonSyntaxValidator} only knows JSON syntax; the engine in {@code dev.policysite.iam} adds policy
 * grammar and action catalogs. Implementations must be thread-safe (pages are checked in parallel).
 */
@FunctionalInterface
public interface BlockValidator {

    /**
     * @param text    the block's content, without the fences
     * @param dialect how the author labelled the block: comments are a problem in {@link Dialect#JSON} only
     */
    BlockCheck check(String text, Dialect dialect);

    /** The languages a block may be checked as. */
    enum Dialect {
        /** {@code ```json}, and unlabelled fences that hold a policy: strict JSON (RFC 8259). */
        JSON,
        /** {@code ```jsonc}: JSON with {@code //} and {@code /* *}{@code /} comments (VS Code's dialect). */
        JSONC
    }
}
