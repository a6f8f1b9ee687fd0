package dev.policysite.check;

import dev.policysite.diag.SourcePos;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one inline opt-out: an HTML comment on its own line(s) directly before a code fence,
 * <pre>
 * &lt;!-- policysite: ignore json.trailing-comma iam.unknown-action --&gt;
 * &lt;!-- policysite: ignore --&gt;                (every code)
 * </pre>
 * Codes are separated by spaces or commas. It silences findings of the block that follows it, nothing
 * else; it is invisible on GitHub and in the built page.
 *
 * @param codes the codes it silences; empty means all
 * @param pos   where the comment is written
 */
public record IgnoreComment(Set<String> codes, SourcePos pos) {
    private static final Pattern MEANT = Pattern.compile("^<!--\\s*policysite\\s*:");
    private static final Pattern DIRECTIVE = Pattern.compile("^<!--\\s*policysite\\s*:(.*?)-->$", Pattern.DOTALL);
    private static final Pattern IGNORE = Pattern.compile("^\\s*ignore(?:\\s+([\\w.\\-*,\\s]*))?\\s*$", Pattern.DOTALL);
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,]+");

    public IgnoreComment {
        codes = Set.copyOf(codes);
    }

    /** Cheap test before any pattern runs: most HTML blocks are not directives. */
    public static boolean mayBeDirective(String html) {
        return html.contains("policysite");
    }

    /**
     * Reads an HTML block or inline HTML literal.
     *
     * @return null when it is not a policysite comment at all
     * @throws IllegalArgumentException when it is one but cannot be read (the message says why)
     */
    public static IgnoreComment parse(String html, SourcePos pos) {
        String text = html.strip();
        if (!MEANT.matcher(text).find()) {
            return null;
        }
        Matcher d = DIRECTIVE.matcher(text);
        if (!d.matches()) {
            throw new IllegalArgumentException("policysite comment must stand alone on its line(s), ending with -->");
        }
        Matcher m = IGNORE.matcher(d.group(1));
        if (!m.matches()) {
            throw new IllegalArgumentException("cannot read policysite comment '" + d.group(1).strip() + "'");
        }
        Set<String> codes = new LinkedHashSet<>();
        if (m.group(1) != null) {
            for (String c : SEPARATORS.split(m.group(1).strip())) {
                if (!c.isEmpty()) {
                    codes.add(c);
                }
            }
        }
        return new IgnoreComment(codes, pos);
    }

    public boolean ignoresAll() {
        return codes.isEmpty();
    }

    public boolean silences(String code) {
        return codes.isEmpty() || codes.contains(code);
    }

    /** The codes of this comment no finding in {@code found} matched (all codes of an ignore-all when nothing was found). */
    public List<String> unused(Set<String> found) {
        if (codes.isEmpty()) {
            return found.isEmpty() ? List.of("*") : List.of();
        }
        return codes.stream().filter(c -> !found.contains(c)).toList();
    }
}
