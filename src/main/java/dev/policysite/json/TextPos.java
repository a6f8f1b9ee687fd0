package dev.policysite.json;

/**
 * A place in a text: 0-based character offset plus the 1-based line and column it falls on.
 * Columns count UTF-16 characters (a tab counts as one), the same way editors and Jackson count.
 */
public record TextPos(int offset, int line, int col) {

    @Override
    public String toString() {
        return line + ":" + col;
    }
}
