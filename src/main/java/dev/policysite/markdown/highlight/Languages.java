package dev.policysite.markdown.highlight;

import java.util.Locale;
import java.util.Map;

/** Which tokenizer highlights which fence language (other languages are shown as plain, escaped text). */
public final class Languages {
    private static final Tokenizer JSON = new JsonTokenizer();
    private static final Tokenizer YAML = new YamlTokenizer();
    private static final Tokenizer SHELL = new ShellTokenizer();
    private static final Tokenizer HCL = new HclTokenizer();
    private static final Map<String, Tokenizer> BY_NAME = Map.ofEntries(
            Map.entry("json", JSON), Map.entry("jsonc", JSON), Map.entry("json5", JSON),
            Map.entry("yaml", YAML), Map.entry("yml", YAML),
            Map.entry("bash", SHELL), Map.entry("sh", SHELL), Map.entry("shell", SHELL), Map.entry("zsh", SHELL),
            Map.entry("hcl", HCL), Map.entry("terraform", HCL), Map.entry("tf", HCL), Map.entry("tfvars", HCL));

    private Languages() {
    }

    /** The tokenizer for a fence language (case-insensitive), or null when it is not highlighted. */
    public static Tokenizer tokenizer(String language) {
        return language == null ? null : BY_NAME.get(language.toLowerCase(Locale.ROOT));
    }

    /** {@code code} as HTML: tokens of a known language in {@code <span class="tok-…">}, all text escaped. */
    public static String highlight(String language, String code) {
        return highlight(language, code, LineStyle.NONE);
    }

    /** The same, with lines wrapped for emphasis and numbers as {@code lines} asks. */
    public static String highlight(String language, String code, LineStyle lines) {
        StringBuilder sb = new StringBuilder(code.length() + code.length() / 2);
        HtmlTokenWriter w = new HtmlTokenWriter(code, sb, lines);
        Tokenizer t = tokenizer(language);
        if (t != null) {
            t.tokenize(code, w);
        }
        w.finish();
        return sb.toString();
    }
}
