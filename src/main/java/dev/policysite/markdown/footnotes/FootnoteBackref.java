package dev.policysite.markdown.footnotes;

import org.commonmark.node.CustomNode;

/** The "↩" link at the end of a definition, back to its (first) reference. */
public final class FootnoteBackref extends CustomNode {
    private final FootnoteDefinition definition;

    FootnoteBackref(FootnoteDefinition definition) {
        this.definition = definition;
    }

    public FootnoteDefinition definition() {
        return definition;
    }
}
