package dev.policysite.site;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A node of the site navigation: a page (url set), an external link, or a section (children). Built once
 * per build; {@link NavView} gives each page its own view with the current page marked.
 */
public final class NavItem {
    private final String title;
    private final String url;
    private final boolean external;
    private final List<NavItem> children = new ArrayList<>();
    private NavItem parent;
    /** Position among the parent's children (a page's nav window is found without scanning thousands). */
    private int index;

    NavItem(String title, String url, boolean external) {
        this.title = title;
        this.url = url;
        this.external = external;
    }

    void add(NavItem child) {
        child.parent = this;
        child.index = children.size();
        children.add(child);
    }

    public String title() {
        return title;
    }

    /** Site-root relative URL of a page, the absolute URL of a link, or null for a section. */
    public String url() {
        return url;
    }

    public boolean external() {
        return external;
    }

    public boolean isSection() {
        return !children.isEmpty() || url == null;
    }

    public List<NavItem> children() {
        return Collections.unmodifiableList(children);
    }

    public NavItem parent() {
        return parent;
    }

    int index() {
        return index;
    }

    /** The first page URL inside this item (a section's landing link), or null. */
    public String firstUrl() {
        if (url != null && !external) {
            return url;
        }
        for (NavItem c : children) {
            String u = c.firstUrl();
            if (u != null) {
                return u;
            }
        }
        return null;
    }
}
