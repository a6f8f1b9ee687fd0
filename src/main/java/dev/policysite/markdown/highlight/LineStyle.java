package dev.policysite.markdown.highlight;

import java.util.Set;

/**
 * How a code block's lines are marked: MkDocs' {@code hl_lines="2 4-6"} (1-based lines to emphasise) and
 * {@code linenums="1"} (number lines from this value; 0 for no numbers).
 */
public record LineStyle(Set<Integer> highlighted, int firstNumber) {
    public static final LineStyle NONE = new LineStyle(Set.of(), 0);

    public LineStyle {
        highlighted = Set.copyOf(highlighted);
    }

    /** Whether lines are wrapped at all (plain blocks keep the smallest HTML). */
    public boolean active() {
        return firstNumber > 0 || !highlighted.isEmpty();
    }
}
