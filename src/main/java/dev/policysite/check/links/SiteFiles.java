package dev.policysite.check.links;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files of a built site, by site-root relative path, and the ids of its HTML files (taken from the
 * page scans, or read on demand for HTML the check did not scan, such as generated pages).
 */
public final class SiteFiles {
    private final ScannedSite site;
    private final Set<String> files;
    private final Map<String, Set<String>> ids = new ConcurrentHashMap<>();

    private SiteFiles(ScannedSite site, Set<String> files) {
        this.site = site;
        this.files = files;
    }

    public static SiteFiles of(ScannedSite site) {
        return new SiteFiles(site, site.files());
    }

    /**
     * The file a browser gets for {@code sitePath} (decoded, relative to the site root): the file itself,
     * {@code index.html} of a folder ({@code foo/}, and {@code foo} which servers redirect to {@code foo/}),
     * or null when there is none.
     */
    public String resolve(String sitePath) {
        if (sitePath.isEmpty() || sitePath.endsWith("/")) {
            String index = sitePath + "index.html";
            return files.contains(index) ? index : null;
        }
        if (files.contains(sitePath)) {
            return sitePath;
        }
        String index = sitePath + "/index.html";
        return files.contains(index) ? index : null;
    }

    /** This index with {@code pages} (built file paths) as existing files, e.g. pages that could not be built. */
    public SiteFiles withUnbuilt(Set<String> pages) {
        if (pages.isEmpty()) {
            return this;
        }
        Set<String> all = new java.util.HashSet<>(files);
        all.addAll(pages);
        return new SiteFiles(site, all);
    }

    public static boolean isHtml(String file) {
        return file.endsWith(".html") || file.endsWith(".htm");
    }

    /** Records the ids of a page scanned already, so it is not read again. */
    public void putIds(String file, Set<String> pageIds) {
        ids.put(file, pageIds);
    }

    /** The ids of HTML {@code file}. */
    public Set<String> ids(String file) {
        return ids.computeIfAbsent(file, f -> {
            HtmlScan scan = site.scan(f);
            return scan == null ? Set.of() : scan.ids();
        });
    }
}
