package dev.policysite.site;

import dev.policysite.content.SourcePage;
import dev.policysite.diag.UserError;

/**
 * Where a build that keeps going ({@code check}) sends the content errors that stop a normal build: an
 * include that cannot be expanded (the directive expands to nothing, the page is built), or a page that
 * cannot be built at all (bad front matter, a template error; the page is left out, the others are built).
 * Called from several threads.
 */
public interface ContentErrors {

    /** A content error, always with a position (the page itself when the error had none). */
    void error(UserError error);

    /** {@code page} could not be built and is not in the site; links to it are not its authors' fault. */
    void leftOut(SourcePage page);
}
