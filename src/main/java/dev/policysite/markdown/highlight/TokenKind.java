package dev.policysite.markdown.highlight;

/** What a highlighted piece of code is; each kind is one CSS class of the theme ({@code tok-key}, ...). */
public enum TokenKind {
    /** A mapping key: JSON object keys, YAML keys, HCL attribute names. */
    KEY("tok-key"),
    STRING("tok-str"),
    NUMBER("tok-num"),
    /** true, false, null and friends. */
    LITERAL("tok-lit"),
    KEYWORD("tok-kw"),
    COMMENT("tok-com"),
    PUNCTUATION("tok-punct"),
    OPERATOR("tok-op"),
    /** Variables and references: {@code $HOME}, {@code ${aws:username}}, {@code var.name}, YAML anchors. */
    VARIABLE("tok-var"),
    /** Command and function names: the first word of a shell command, {@code jsonencode(...)}. */
    FUNCTION("tok-fn"),
    /** Command-line options ({@code --profile}) and YAML tags ({@code !Sub}). */
    ATTRIBUTE("tok-attr");

    private final String cssClass;

    TokenKind(String cssClass) {
        this.cssClass = cssClass;
    }

    public String cssClass() {
        return cssClass;
    }
}
