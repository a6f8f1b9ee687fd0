package dev.policysite.markdown.headings;

import java.text.Normalizer;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Heading ids exactly as Python-Markdown's toc extension makes them (MkDocs' default), so existing links
 * such as {@code #limiting-the-cross-account-role-permissions} keep working.
 */
public final class Slugs {
    private static final Pattern NON_WORD = Pattern.compile("[^\\w\\s-]");
    private static final Pattern SEPARATORS = Pattern.compile("[-\\s]+");
    private static final Pattern NON_ASCII = Pattern.compile("[^\\x00-\\x7F]");

    private Slugs() {
    }

    /** NFKD, drop non-ASCII, drop what is not a word character, space or hyphen, lower-case, join with '-'. */
    public static String slugify(String text) {
        String ascii = NON_ASCII.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        String value = NON_WORD.matcher(ascii).replaceAll("").strip().toLowerCase(java.util.Locale.ROOT);
        return SEPARATORS.matcher(value).replaceAll("-");
    }

    /** Makes {@code id} unique among {@code used} the toc way ({@code x}, {@code x_1}, {@code x_2}), and records it. */
    public static String unique(String id, Set<String> used) {
        return new UniqueIds(used).claim(id);
    }
}
