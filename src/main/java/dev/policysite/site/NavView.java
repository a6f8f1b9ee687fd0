package dev.policysite.site;

import freemarker.template.SimpleNumber;
import freemarker.template.SimpleScalar;
import freemarker.template.SimpleSequence;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One page's view of a nav item, as templates see it: {@code title}, {@code href} (ready to use from the
 * page), {@code section}, {@code active} (on the path to the current page), {@code current}, {@code children}.
 * Sections off the current path keep their children (a collapsible tree), but very long sections show only
 * a window around the current page: a 10,000-page section would otherwise make every page megabytes long
 * and the build quadratic.
 *
 * <p>Templates read it as a hash without reflection: every page's layout asks each of its nav items for
 * half a dozen properties, and reflective calls (with their caller checks) were a large part of rendering.
 */
public final class NavView implements TemplateHashModel {
    static final int WINDOW = 25;

    private final NavItem item;
    private final String currentUrl;
    private final Set<NavItem> activePath;
    private final String baseUrl;
    /** Where this section's window starts, once worked out (templates ask several times per render). */
    private int windowStart = -1;

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

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        switch (key) {
            case "title":
                return new SimpleScalar(getTitle());
            case "href":
                String href = getHref();
                return href == null ? null : new SimpleScalar(href);
            case "section":
                return bool(isSection());
            case "external":
                return bool(isExternal());
            case "active":
                return bool(isActive());
            case "current":
                return bool(isCurrent());
            case "children":
                return new SimpleSequence(getChildren(), null);
            case "hidden":
                return new SimpleNumber(getHidden());
            case "hiddenBefore":
                return new SimpleNumber(getHiddenBefore());
            case "hiddenAfter":
                return new SimpleNumber(getHiddenAfter());
            default:
                return null; // undefined, as for any hash: `item.x??` is false, `${item.x}` an error naming it
        }
    }

    @Override
    public boolean isEmpty() {
        return false;
    }

    private static TemplateBooleanModel bool(boolean b) {
        return b ? TemplateBooleanModel.TRUE : TemplateBooleanModel.FALSE;
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

    /** How many children of a windowed section come before the visible ones ("… N more" above them). */
    public int getHiddenBefore() {
        List<NavItem> all = item.children();
        if (all.size() <= 2 * WINDOW) {
            return 0;
        }
        return windowStart(all);
    }

    /** How many children of a windowed section come after the visible ones ("… N more" below them). */
    public int getHiddenAfter() {
        return getHidden() - getHiddenBefore();
    }

    public List<NavView> getChildren() {
        return of(visible(), currentUrl, activePath, baseUrl);
    }

    private List<NavItem> visible() {
        List<NavItem> all = item.children();
        if (all.size() <= 2 * WINDOW) {
            return all;
        }
        int from = windowStart(all);
        return all.subList(from, Math.min(all.size(), from + WINDOW));
    }

    /** Where the window of a long section starts: around the child on the current path, else at the top. */
    private int windowStart(List<NavItem> all) {
        if (windowStart < 0) {
            int at = 0;
            // the active path is a handful of items: find this section's child among them, not among thousands
            for (NavItem onPath : activePath) {
                if (onPath.parent() == item) {
                    at = onPath.index();
                    break;
                }
            }
            windowStart = Math.max(0, Math.min(at - WINDOW / 2, all.size() - WINDOW));
        }
        return windowStart;
    }
}
