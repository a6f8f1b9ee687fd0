package dev.policysite.site;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The built navigation with an index from page URL to its item, so each page finds the items on its
 * path (its sections and itself) by walking up parents: O(depth) per page instead of a scan of the
 * whole nav, which made 10,000-page builds quadratic.
 */
final class NavTree {
    private final List<NavItem> roots;
    private final Map<String, NavItem> byUrl = new HashMap<>();

    NavTree(List<NavItem> roots) {
        this.roots = List.copyOf(roots);
        index(this.roots);
    }

    private void index(List<NavItem> items) {
        for (NavItem i : items) {
            if (i.url() != null && !i.external()) {
                byUrl.putIfAbsent(i.url(), i); // the first entry wins, as in a depth-first search
            }
            index(i.children());
        }
    }

    List<NavItem> roots() {
        return roots;
    }

    /** The items on the way to the page at {@code url}: itself and its sections; empty when not in the nav. */
    Set<NavItem> activePath(String url) {
        NavItem item = byUrl.get(url);
        if (item == null) {
            return Collections.emptySet();
        }
        Set<NavItem> path = new HashSet<>();
        for (NavItem i = item; i != null; i = i.parent()) {
            path.add(i);
        }
        return path;
    }
}
