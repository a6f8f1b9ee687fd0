package dev.policysite.markdown;

import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;

/**
 * The title of an admonition, details block or tab, parsed as inline Markdown ({@code !!! note "Use `x`"}),
 * as Python-Markdown does for these titles. It is the block's first child; the block's renderer prints it in
 * the title element and skips it in the body.
 */
public final class InlineTitle extends CustomNode {

    /** Parses {@code title} and puts it first in {@code block}; nothing for a null or empty title. */
    public static void attach(Node block, String title, InlineParser parser) {
        if (title == null || title.isEmpty()) {
            return;
        }
        InlineTitle node = new InlineTitle();
        parser.parse(SourceLines.of(SourceLine.of(title, null)), node);
        block.prependChild(node);
    }

    /** The parsed title of {@code block}, or null. */
    public static InlineTitle of(Node block) {
        return block.getFirstChild() instanceof InlineTitle ? (InlineTitle) block.getFirstChild() : null;
    }
}
