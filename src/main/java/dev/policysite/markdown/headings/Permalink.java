package dev.policysite.markdown.headings;

import org.commonmark.node.CustomNode;

/** The {@code <a class="headerlink">} MkDocs appends to each heading; rendered by {@link HeadingsExtension}. */
public final class Permalink extends CustomNode {
    private final String id;
    private final String symbol;

    public Permalink(String id, String symbol) {
        this.id = id;
        this.symbol = symbol;
    }

    public String id() {
        return id;
    }

    public String symbol() {
        return symbol;
    }
}
