package dev.policysite.include;

import dev.policysite.diag.SourcePos;

/**
 * A source of generated text for include directives of the form {@code {!scheme:args!}}, e.g.
 * {@code {!policy:aws-cross-account without=backup!}}. The expander inserts the returned text where the
 * directive stood (indenting continuation lines like the directive's line), so generated views work
 * inside code fences and admonitions exactly like file includes.
 */
public interface IncludeScheme {

    /** The word before the colon, e.g. {@code policy}. */
    String scheme();

    /**
     * The text to insert, without a trailing newline.
     *
     * @param args everything after {@code scheme:} up to the closing {@code !}, trimmed
     * @param at   where the directive stands (original file and line), for error messages
     * @throws dev.policysite.diag.UserError when the arguments name nothing that exists
     */
    String expand(String args, SourcePos at);
}
