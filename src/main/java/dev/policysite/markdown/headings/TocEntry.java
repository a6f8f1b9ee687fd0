package dev.policysite.markdown.headings;

import java.util.ArrayList;
import java.util.List;

/** One heading in a page's table of contents; templates see {@code level}, {@code id}, {@code title}, {@code children}. */
public final class TocEntry {
    private final int level;
    private final String id;
    private final String title;
    private final List<TocEntry> children = new ArrayList<>();

    public TocEntry(int level, String id, String title) {
        this.level = level;
        this.id = id;
        this.title = title;
    }

    public int getLevel() {
        return level;
    }

    public String getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public List<TocEntry> getChildren() {
        return children;
    }

    /** Nests a flat, document-ordered list by level (a deeper heading belongs to the last shallower one). */
    public static List<TocEntry> nest(List<TocEntry> flat) {
        List<TocEntry> roots = new ArrayList<>();
        List<TocEntry> stack = new ArrayList<>();
        for (TocEntry e : flat) {
            while (!stack.isEmpty() && stack.get(stack.size() - 1).level >= e.level) {
                stack.remove(stack.size() - 1);
            }
            (stack.isEmpty() ? roots : stack.get(stack.size() - 1).children).add(e);
            stack.add(e);
        }
        return roots;
    }
}
