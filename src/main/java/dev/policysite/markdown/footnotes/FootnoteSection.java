package dev.policysite.markdown.footnotes;

import org.commonmark.node.CustomBlock;

/** The {@code div.footnote} at the end of a page that holds every definition, in order. */
public final class FootnoteSection extends CustomBlock {
}
