package dev.policysite.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One page's view of a nav item, as templates see it: {@code title}, {@code href} (ready to use from the
 * page), {@code section}, {@code active} (on the path to the current page), {@code current}, {@code children}.
 * Sections off the current path keep their children (a collapsible tree), but very long sections show only
 * a window around the current page: a 10,000-page section would otherwise make every page megabytes long
 * and the build quadratic.
 */
public final class NavView {
    static final int WINDOW = 25;

    private final NavItem item;
    private final String currentUrl;
    private final Set<NavItem> activePath;
    private final String baseUrl;

    NavView(NavItem item, String currentUrl, Set<NavItem> activePath, String baseUrl) {
        this.item = item;
        this.currentUrl = currentUrl;
        this.activePath = activePath;
        this.baseUrl = baseUrl;
    }

    static List<NavView> of(List<NavItem> items, String currentUrl, Set<NavItem> activePath, String baseUrl) {
        List<NavView> out = new ArrayList<>(items.size());
        for (NavItem i : items) {
            out.add(new NavView(i, currentUrl, activePath, baseUrl));
        }
        return out;
    }

    public String getTitle() {
        return item.title();
    }

    /** The href to use from the current page (relative, or absolute for external links); null for a section without pages. */
    public String getHref() {
        String u = item.isSection() ? item.firstUrl() : item.url();
        if (u == null) {
            return null;
        }
        return item.external() ? u : baseUrl + u;
    }

    public boolean isSection() {
        return item.isSection();
    }

    public boolean isExternal() {
        return item.external();
    }

    public boolean isActive() {
        return activePath.contains(item);
    }

    public boolean isCurrent() {
        return !item.isSection() && !item.external() && item.url() != null && item.url().equals(currentUrl);
    }

    /** How many children were left out of a long section (shown as "… N more"). */
    public int getHidden() {
        int n = item.children().size();
        return n > 2 * WINDOW ? n - visible().size() : 0;
    }

    public List<NavView> getChildren() {
        return of(visible(), currentUrl, activePath, baseUrl);
    }

    private List<NavItem> visible() {
        List<NavItem> all = item.children();
        if (all.size() <= 2 * WINDOW) {
            return all;
        }
        int at = 0;
        for (int i = 0; i < all.size(); i++) {
            if (activePath.contains(all.get(i))) {
                at = i;
                break;
            }
        }
        int from = Math.max(0, Math.min(at - WINDOW / 2, all.size() - WINDOW));
        return all.subList(from, Math.min(all.size(), from + WINDOW));
    }
}
