package dev.policysite.check.links;

import dev.policysite.check.CheckCodes;
import dev.policysite.config.NavEntry;
import dev.policysite.content.SourcePage;
import dev.policysite.diag.Finding;
import dev.policysite.diag.SourcePos;
import dev.policysite.site.BuiltSite;
import dev.policysite.site.ProcessedPage;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Checks of the configured navigation: its external URLs are well-formed (reported at the nav entry in
 * the config), and every page can be reached from it, directly or through links of reachable pages.
 * (Nav entries naming a missing page already stop the build.)
 */
public final class NavChecks {
    private NavChecks() {
    }

    public static List<Finding> malformedUrls(List<NavEntry> nav) {
        List<Finding> out = new ArrayList<>();
        for (NavEntry e : nav) {
            if (e.isExternal()) {
                ParsedUrl url = Urls.parse(e.path());
                if (url.kind() == ParsedUrl.Kind.MALFORMED) {
                    out.add(Finding.error(CheckCodes.LINK_MALFORMED_URL, e.pos(),
                            "nav entry '" + e.path() + "' is a malformed URL: " + url.problem(), "fix the URL in the nav"));
                }
            }
            out.addAll(malformedUrls(e.children()));
        }
        return out;
    }

    /**
     * Pages no reader can reach: not in the nav, and not linked from a page that is (transitively). Only
     * meaningful with an explicit nav: the automatic nav lists every page.
     *
     * @param edges for each built page file, the HTML files its content links to
     */
    public static List<Finding> orphans(List<NavEntry> nav, List<BuiltSite.Page> built, Map<String, Set<String>> edges,
                                        Predicate<SourcePage> selected) {
        Map<String, SourcePage> byRelPath = new HashMap<>();
        for (BuiltSite.Page p : built) {
            ProcessedPage pp = p.processed();
            if (pp != null) {
                byRelPath.put(pp.source().relPath(), pp.source());
            }
        }
        Deque<String> todo = new ArrayDeque<>();
        Set<String> reached = new HashSet<>();
        todo.add("index.html"); // the home page: every theme links to it
        for (String relPath : navPaths(nav, new ArrayList<>())) {
            SourcePage p = byRelPath.get(relPath.startsWith("/") ? relPath.substring(1) : relPath);
            if (p != null) {
                todo.add(p.outPath());
            }
        }
        while (!todo.isEmpty()) {
            String file = todo.poll();
            if (reached.add(file)) {
                todo.addAll(edges.getOrDefault(file, Set.of()));
            }
        }
        List<Finding> out = new ArrayList<>();
        for (SourcePage p : byRelPath.values()) {
            if (!reached.contains(p.outPath()) && selected.test(p)) {
                out.add(Finding.warning(CheckCodes.LINK_ORPHAN_PAGE, SourcePos.fileOnly(p.file()),
                        "page is not in the nav, and no page reachable from the nav links to it",
                        "add it to nav: in the config, link to it from a page, or list it in exclude_docs"));
            }
        }
        return out;
    }

    private static List<String> navPaths(List<NavEntry> nav, List<String> out) {
        for (NavEntry e : nav) {
            if (!e.isSection() && !e.isExternal()) {
                out.add(e.path());
            }
            navPaths(e.children(), out);
        }
        return out;
    }
}
