package dev.policysite.markdown.admonition;

import org.commonmark.node.CustomBlock;

import java.util.List;

/**
 * {@code !!! note "Title"} (an admonition) or {@code ??? note "Title"} / {@code ???+} (a collapsible
 * details block). The first class is the type (note, warning, ...); a null title means the default
 * (the capitalised type); an empty title means none.
 */
public final class Admonition extends CustomBlock {
    private final List<String> classes;
    private final String title;
    private final boolean collapsible;
    private final boolean open;

    public Admonition(List<String> classes, String title, boolean collapsible, boolean open) {
        this.classes = List.copyOf(classes);
        this.title = title;
        this.collapsible = collapsible;
        this.open = open;
    }

    public List<String> classes() {
        return classes;
    }

    public String type() {
        return classes.isEmpty() ? "note" : classes.get(0);
    }

    /** The title to show: the explicit one, else the type capitalised as Python's str.capitalize() does. */
    public String displayTitle() {
        if (title != null) {
            return title;
        }
        String t = type();
        return t.isEmpty() ? "" : Character.toUpperCase(t.charAt(0)) + t.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    /** The title as written ({@code "..."} after the type), or null when none was written. */
    public String explicitTitle() {
        return title;
    }

    public boolean collapsible() {
        return collapsible;
    }

    public boolean open() {
        return open;
    }
}
