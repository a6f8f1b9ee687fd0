package dev.policysite.markdown.tabs;

import org.commonmark.node.CustomBlock;

/** One {@code === "Label"} block; consecutive tabs are grouped into a {@link TabbedSet} after parsing. */
public final class Tab extends CustomBlock {
    private final String label;
    private final boolean startsNewSet;
    private final boolean selected;

    public Tab(String label, boolean startsNewSet, boolean selected) {
        this.label = label;
        this.startsNewSet = startsNewSet;
        this.selected = selected;
    }

    public String label() {
        return label;
    }

    /** {@code ===!}: begins a new set even right after another tab. */
    public boolean startsNewSet() {
        return startsNewSet;
    }

    /** {@code ===+}: the tab shown first. */
    public boolean selected() {
        return selected;
    }
}
