package dev.policysite.markdown.footnotes;

import org.commonmark.node.CustomNode;

/** {@code [^label]} in text, for a label that has a definition on the page. */
public final class FootnoteReference extends CustomNode {
    private final String label;
    private int number;
    private int occurrence = 1;

    public FootnoteReference(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public int number() {
        return number;
    }

    /** The second reference to the same footnote gets id {@code fnref2:label}, and so on. */
    public int occurrence() {
        return occurrence;
    }

    void number(int n, int nth) {
        this.number = n;
        this.occurrence = nth;
    }
}
