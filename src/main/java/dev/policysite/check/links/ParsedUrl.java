package dev.policysite.check.links;

/**
 * A link target as {@code check} understands it (see {@link Urls#parse(String)}).
 *
 * @param kind     what sort of target it is
 * @param path     for {@link Kind#RELATIVE} and {@link Kind#ROOT}: the percent-decoded path without query
 *                 and fragment ("" for a link to the page itself)
 * @param fragment the percent-decoded fragment, or null when there is no {@code #}
 * @param problem  for {@link Kind#MALFORMED}: what is wrong, in a few words
 */
public record ParsedUrl(Kind kind, String path, String fragment, String problem) {

    public enum Kind {
        /** {@code #id}: an anchor on the same page. */
        SAME_PAGE,
        /** A path relative to the page's URL. */
        RELATIVE,
        /** A path from the server root ({@code /guide/}). */
        ROOT,
        /** A well-formed URL with a scheme or {@code //host}: not fetched. */
        EXTERNAL,
        /** A scheme check does not judge ({@code javascript:}, {@code data:}, {@code s3:}, ...). */
        SKIPPED,
        /** A target that cannot work as written. */
        MALFORMED
    }

    static ParsedUrl malformed(String problem) {
        return new ParsedUrl(Kind.MALFORMED, null, null, problem);
    }

    static ParsedUrl of(Kind kind) {
        return new ParsedUrl(kind, null, null, null);
    }
}
