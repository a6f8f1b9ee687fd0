package dev.policysite.check.links;

import dev.policysite.check.CheckCodes;
import dev.policysite.content.SourcePage;
import dev.policysite.diag.Finding;
import dev.policysite.diag.Severity;
import dev.policysite.diag.SourcePos;
import dev.policysite.site.BuiltSite;
import dev.policysite.site.ProcessedPage;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Checks every URL of the built Markdown pages, against the files of the built site: pages, anchors
 * (case-sensitive, as browsers match them), images and other assets, and the form of external URLs (never
 * fetched). A problem in a page's own content is reported where the link is written; a problem in a link
 * the theme adds to every page is reported once. Generated pages are link targets but are not checked.
 */
public final class LinkChecker {
    /** A first path segment that is surely a forgotten web address, not a file. */
    private static final Pattern HOST_LIKE = Pattern.compile("^(www\\..+|.+\\.(com|org|net|io|dev|ai))$");

    private final ScannedSite site;
    private final String rootPrefix;
    private final SourceLines lines = new SourceLines();
    /** Resolved relative paths by folder and path (empty: the path leaves the site). */
    private final Map<String, java.util.Optional<String>> resolved = new ConcurrentHashMap<>();
    private boolean themeLinks = true;
    private Set<String> unbuilt = Set.of();

    /**
     * @param site    the built site
     * @param siteUrl the configured site_url (may be empty): a link {@code /prefix/x} is {@code x} of this site
     */
    public LinkChecker(ScannedSite site, String siteUrl) {
        this.site = site;
        this.rootPrefix = pathPrefix(siteUrl);
    }

    /**
     * Whether to check the links the theme adds to every page. Off for loose Markdown files: their authors
     * did not choose policysite's theme (which links, for instance, to a home page they may not have).
     */
    public LinkChecker themeLinks(boolean check) {
        this.themeLinks = check;
        return this;
    }

    /**
     * Pages (by built file, e.g. {@code a/index.html}) that exist but could not be built (their error is
     * reported on its own): links to them are fine, and their anchors unknown.
     */
    public LinkChecker unbuiltPages(Set<String> files) {
        this.unbuilt = Set.copyOf(files);
        return this;
    }

    /**
     * @param findings the problems found
     * @param links    how many URLs were checked
     * @param edges    for each page (by built file, e.g. {@code a/index.html}), the HTML files its content links to
     */
    public record Result(List<Finding> findings, int links, Map<String, Set<String>> edges) {
    }

    private record Problem(String code, String message, String hint) {
    }

    /** A theme link problem: reported once, on the first page it was seen on. */
    private record LayoutProblem(Problem problem, String href, SourcePage firstPage, AtomicInteger pages) {
    }

    public Result check(List<BuiltSite.Page> built, Predicate<SourcePage> selected) {
        SiteFiles files = SiteFiles.of(site).withUnbuilt(unbuilt);
        List<ProcessedPage> pages = built.stream().map(BuiltSite.Page::processed)
                .filter(p -> p != null && p.document() != null).collect(Collectors.toList());
        // the built pages were scanned as they were written; without theme links only the page's own HTML matters
        HtmlScan[] scans = new HtmlScan[pages.size()];
        IntStream.range(0, pages.size()).parallel().forEach(i -> {
            ProcessedPage pp = pages.get(i);
            HtmlScan written = themeLinks ? site.scan(pp.source().outPath()) : null;
            scans[i] = written != null ? written : HtmlScan.of(pp.html());
            files.putIds(pp.source().outPath(), scans[i].ids());
        });
        List<Finding> findings = Collections.synchronizedList(new ArrayList<>());
        Map<String, Set<String>> edges = new ConcurrentHashMap<>();
        Map<String, LayoutProblem> layout = new ConcurrentHashMap<>();
        AtomicInteger count = new AtomicInteger();
        IntStream.range(0, pages.size()).parallel().forEach(i -> {
            ProcessedPage pp = pages.get(i);
            Set<String> linked = new HashSet<>();
            checkPage(pp, scans[i], files, selected.test(pp.source()), findings, linked, layout);
            edges.put(pp.source().outPath(), linked);
            count.addAndGet(scans[i].links().size());
        });
        for (LayoutProblem lp : layout.values()) {
            int n = lp.pages().get();
            findings.add(new Finding(lp.problem().code(), Severity.ERROR, SourcePos.fileOnly(lp.firstPage().file()),
                    lp.problem().message() + " (a theme link, on " + n + " page" + (n == 1 ? "" : "s") + ")",
                    "it comes from the site's templates, not from this page: fix the template or the file it points to"));
        }
        return new Result(List.copyOf(findings), count.get(), edges);
    }

    private void checkPage(ProcessedPage pp, HtmlScan scan, SiteFiles files, boolean report, List<Finding> findings,
                           Set<String> linked, Map<String, LayoutProblem> layout) {
        LinkSources sources = new LinkSources(pp.document(), pp.map(), lines);
        SourcePage page = pp.source();
        for (HtmlLink link : scan.links()) {
            int[] written = sources.occurrence(link.href());
            ParsedUrl url = Urls.parse(link.href());
            boolean content = written != null;
            if (!content && (!themeLinks || url.kind() == ParsedUrl.Kind.EXTERNAL || url.kind() == ParsedUrl.Kind.MALFORMED)) {
                continue; // the theme's external links (repo_url, nav URLs) are checked where they are configured
            }
            String target = target(url, page, files);
            if (content && link.navigation() && target != null && SiteFiles.isHtml(target)) {
                linked.add(target);
            }
            Problem problem = judge(link, url, target, page, scan, files);
            if (problem == null || !report) {
                continue;
            }
            if (content) {
                findings.add(new Finding(problem.code(), Severity.ERROR, sources.position(written, link.href()),
                        problem.message(), problem.hint()));
            } else {
                String key = problem.code() + " " + (target != null ? target : resolvedKey(url, page)) + "#" + url.fragment();
                layout.compute(key, (k, old) -> {
                    if (old == null) {
                        return new LayoutProblem(problem, link.href(), page, new AtomicInteger(1));
                    }
                    old.pages().incrementAndGet();
                    return page.relPath().compareTo(old.firstPage().relPath()) < 0
                            ? new LayoutProblem(problem, link.href(), page, old.pages()) : old;
                });
            }
        }
    }

    /** The built file the URL leads to, or null (external, malformed, or missing). */
    private String target(ParsedUrl url, SourcePage page, SiteFiles files) {
        String path = sitePath(url, page);
        if (path == null) {
            return null;
        }
        return url.kind() == ParsedUrl.Kind.SAME_PAGE || (url.kind() == ParsedUrl.Kind.RELATIVE && url.path().isEmpty())
                ? page.outPath() : files.resolve(path);
    }

    /** The URL as a path from the site root, or null when it is not a path of this site. */
    private String sitePath(ParsedUrl url, SourcePage page) {
        switch (url.kind()) {
            case SAME_PAGE:
                return page.url();
            case RELATIVE:
                return url.path().isEmpty() ? page.url() : resolve(directory(page.url()), url.path());
            case ROOT:
                return url.path().startsWith(rootPrefix) ? url.path().substring(rootPrefix.length()) : null;
            default:
                return null;
        }
    }

    /**
     * A relative path resolved from a folder, remembered: the theme's nav links repeat on every page of a
     * folder (10,000 pages: 440,000 links, a few thousand distinct).
     */
    private String resolve(String dir, String path) {
        return resolved.computeIfAbsent(dir + '\n' + path,
                k -> java.util.Optional.ofNullable(dev.policysite.content.UrlPaths.resolve(dir, path))).orElse(null);
    }

    private String resolvedKey(ParsedUrl url, SourcePage page) {
        String p = sitePath(url, page);
        return p == null ? String.valueOf(url.path()) : p;
    }

    private Problem judge(HtmlLink link, ParsedUrl url, String target, SourcePage page, HtmlScan scan, SiteFiles files) {
        String href = link.href();
        switch (url.kind()) {
            case SKIPPED:
            case EXTERNAL:
                return null;
            case MALFORMED:
                return new Problem(CheckCodes.LINK_MALFORMED_URL, "malformed URL '" + href + "': " + url.problem(),
                        malformedHint(href));
            case ROOT:
                if (!url.path().startsWith(rootPrefix)) {
                    return null; // outside this site's folder on the server: not ours to judge
                }
                break;
            default:
                break;
        }
        if (target == null) {
            String path = sitePath(url, page);
            String code = link.navigation() ? CheckCodes.LINK_BROKEN_PAGE : CheckCodes.LINK_MISSING_ASSET;
            if (path == null) {
                return new Problem(code, link.noun() + " '" + href + "' leads above the root of the site",
                        "fix the number of ../ (relative to the page's URL, " + displayUrl(page) + ")");
            }
            String what = link.navigation() ? "broken link '" + href + "'" : link.noun() + " '" + href + "' does not exist";
            return new Problem(code, what + ": the built site has no '" + (path.isEmpty() ? "index.html" : path) + "'",
                    missingHint(url, page));
        }
        String fragment = url.fragment();
        if (fragment == null || fragment.isEmpty() || !SiteFiles.isHtml(target) || unbuilt.contains(target)) {
            return null;
        }
        Set<String> ids = target.equals(page.outPath()) ? scan.ids() : files.ids(target);
        if (ids.contains(fragment) || fragment.equalsIgnoreCase("top")) {
            return null;
        }
        String near = ids.stream().filter(id -> id.equalsIgnoreCase(fragment)).findFirst().orElse(null);
        String where = target.equals(page.outPath()) ? "this page" : "'" + target + "'";
        return new Problem(CheckCodes.LINK_BROKEN_ANCHOR, "anchor '#" + fragment + "' does not exist on " + where,
                near != null ? "anchors are case-sensitive: the page has '#" + near + "'"
                        : "link to an existing heading id (lower-case, spaces as '-') or add {#" + fragment + "} to a heading");
    }

    private static String missingHint(ParsedUrl url, SourcePage page) {
        String path = url.path();
        String first = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
        if (url.kind() == ParsedUrl.Kind.RELATIVE && HOST_LIKE.matcher(first).matches()) {
            return "if this is a web address, start it with https://";
        }
        if (path.endsWith(".md")) {
            return "no such page in the docs folder: fix the path (relative to the file the link is written in)";
        }
        return "fix the path; it is resolved from the page's URL " + displayUrl(page)
                + " (with directory URLs, a/b.md is served at a/b/)";
    }

    private static String malformedHint(String href) {
        String h = href.strip();
        if (h.isEmpty()) {
            return "give the link a target, or remove the link";
        }
        return h.toLowerCase(Locale.ROOT).startsWith("http") ? "write it as https://host/path, with %20 for spaces"
                : "fix the URL (spaces must be written %20, a literal % as %25)";
    }

    private static String displayUrl(SourcePage page) {
        return page.url().isEmpty() ? "/" : "/" + page.url();
    }

    /** {@code site/} of {@code https://example.org/site/}, "" without a site_url or with a bare host. */
    private static String pathPrefix(String siteUrl) {
        if (siteUrl == null || siteUrl.isBlank()) {
            return "";
        }
        try {
            String p = URI.create(siteUrl.strip()).getPath();
            if (p == null || p.isEmpty() || p.equals("/")) {
                return "";
            }
            p = p.startsWith("/") ? p.substring(1) : p;
            return p.endsWith("/") ? p : p + "/";
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** The folder part of a page URL: {@code a/b/} for {@code a/b/}, {@code a/} for {@code a/b.html}. */
    static String directory(String pageUrl) {
        return pageUrl.endsWith("/") || pageUrl.isEmpty() ? pageUrl : pageUrl.substring(0, pageUrl.lastIndexOf('/') + 1);
    }

}
