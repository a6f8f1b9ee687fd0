package dev.policysite.markdown.footnotes;

import org.commonmark.node.CustomBlock;

/** {@code [^label]: text}, with an indented body that may hold further blocks. */
public final class FootnoteDefinition extends CustomBlock {
    private final String label;
    private int number;

    public FootnoteDefinition(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** 1-based position among the page's definitions (Python-Markdown numbers footnotes in definition order). */
    public int number() {
        return number;
    }

    void number(int n) {
        this.number = n;
    }
}
