package dev.policysite.markdown.tabs;

import org.commonmark.node.CustomBlock;

/** A group of consecutive {@link Tab}s, rendered as one {@code div.tabbed-set}. */
public final class TabbedSet extends CustomBlock {
}
