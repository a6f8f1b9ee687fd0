package dev.policysite.site;

import dev.policysite.config.NavEntry;
import dev.policysite.content.SourcePage;
import dev.policysite.diag.UserError;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds the navigation tree: from the config's {@code nav:} when there is one (every page it names must
 * exist), else MkDocs' automatic nav (folders become sections, {@code index.md} first, then by name).
 */
final class NavBuilder {
    private final Map<String, SourcePage> pagesByPath;
    private final Function<SourcePage, String> titleOf;

    NavBuilder(Map<String, SourcePage> pagesByPath, Function<SourcePage, String> titleOf) {
        this.pagesByPath = pagesByPath;
        this.titleOf = titleOf;
    }

    List<NavItem> build(List<NavEntry> configured) {
        return configured.isEmpty() ? automatic() : fromConfig(configured);
    }

    private List<NavItem> fromConfig(List<NavEntry> entries) {
        List<NavItem> out = new ArrayList<>();
        for (NavEntry e : entries) {
            if (e.isSection()) {
                NavItem section = new NavItem(e.title(), null, false);
                fromConfig(e.children()).forEach(section::add);
                out.add(section);
            } else if (e.isExternal()) {
                out.add(new NavItem(e.title() == null ? e.path() : e.title(), e.path(), true));
            } else {
                String path = e.path().startsWith("/") ? e.path().substring(1) : e.path();
                SourcePage page = pagesByPath.get(path);
                if (page == null) {
                    throw new UserError(e.pos(), "nav entry '" + e.path() + "' names no page in the docs folder",
                            "fix the path (relative to docs_dir) or create the page");
                }
                out.add(new NavItem(e.title() == null ? titleOf.apply(page) : e.title(), page.url(), false));
            }
        }
        return out;
    }

    private List<NavItem> automatic() {
        // a tree of folders, pages sorted MkDocs' way: index first, then alphabetically
        Map<String, Object> root = new LinkedHashMap<>();
        List<SourcePage> sorted = new ArrayList<>(pagesByPath.values());
        sorted.sort((a, b) -> sortKey(a.relPath()).compareTo(sortKey(b.relPath())));
        for (SourcePage p : sorted) {
            String[] parts = p.relPath().split("/");
            Map<String, Object> dir = root;
            for (int i = 0; i < parts.length - 1; i++) {
                @SuppressWarnings("unchecked")
                Map<String, Object> sub = (Map<String, Object>) dir.computeIfAbsent("/" + parts[i], k -> new LinkedHashMap<>());
                dir = sub;
            }
            dir.put(p.relPath(), p);
        }
        return items(root);
    }

    private List<NavItem> items(Map<String, Object> dir) {
        List<NavItem> out = new ArrayList<>();
        for (Map.Entry<String, Object> e : dir.entrySet()) {
            if (e.getValue() instanceof SourcePage) {
                SourcePage p = (SourcePage) e.getValue();
                out.add(new NavItem(titleOf.apply(p), p.url(), false));
            } else {
                @SuppressWarnings("unchecked")
                Map<String, Object> sub = (Map<String, Object>) e.getValue();
                NavItem section = new NavItem(folderTitle(e.getKey().substring(1)), null, false);
                items(sub).forEach(section::add);
                out.add(section);
            }
        }
        return out;
    }

    private static String sortKey(String relPath) {
        // index.md / README.md sort before their siblings; folders interleave by name, as MkDocs does
        String name = relPath.substring(relPath.lastIndexOf('/') + 1);
        String dir = relPath.substring(0, relPath.lastIndexOf('/') + 1);
        boolean index = name.equals("index.md") || name.equalsIgnoreCase("README.md");
        return dir + (index ? "\u0000" : "\u0001") + name;
    }

    /** MkDocs' dirname_to_title: lower-case names get spaces for - and _ and a capital first letter. */
    static String folderTitle(String name) {
        String t = name;
        if (t.toLowerCase(java.util.Locale.ROOT).equals(t)) {
            t = t.replace('-', ' ').replace('_', ' ');
        }
        return t.isEmpty() ? t : Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    /** Page URLs in nav order, for previous/next links. */
    static List<String> pageOrder(List<NavItem> nav) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        collect(nav, out);
        return new ArrayList<>(out);
    }

    private static void collect(List<NavItem> items, java.util.Set<String> out) {
        for (NavItem i : items) {
            if (i.url() != null && !i.external()) {
                out.add(i.url());
            }
            collect(i.children(), out);
        }
    }
}
