package dev.policysite.search;

import dev.policysite.site.BuiltSite;
import dev.policysite.site.SiteOutput;
import dev.policysite.site.SitePlugin;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The site's client-side search: after the build, writes {@code search/search_index.js} with every page's
 * title, headings (with anchors) and a capped amount of text. Templates see {@code search.index}, the
 * index path from the site root; the theme loads it on first use of the search box.
 * Pages with {@code search: {exclude: true}} in front matter (Material's setting) are left out.
 */
public final class SearchIndexPlugin implements SitePlugin {
    public static final String INDEX_PATH = "search/search_index.js";

    @Override
    public Map<String, Object> templateVariables() {
        return Map.of("search", Map.of("index", INDEX_PATH));
    }

    /** Text of Markdown pages, read from their documents while the build has them (keyed by page URL). */
    private final java.util.Map<String, PageTextExtractor.Result> texts = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public void pageProcessed(dev.policysite.site.ProcessedPage page, org.commonmark.node.Node document) {
        texts.put(page.source().url(), DocumentTextExtractor.extract(document));
    }

    @Override
    public void writeOutputs(BuiltSite site, SiteOutput out) {
        out.write(INDEX_PATH, SearchIndexWriter.script(entries(site)));
    }

    /** The edited pages' text is in {@link #texts} already (their documents were seen again): write the index anew. */
    @Override
    public void pagesRebuilt(BuiltSite site, SiteOutput out) {
        writeOutputs(site, out);
    }

    /** The index entries of a built site, in its page order (pages are parsed in parallel). */
    List<SearchEntry> entries(BuiltSite site) {
        return site.pages().parallelStream()
                .filter(SearchIndexPlugin::included)
                .map(this::entry)
                .collect(Collectors.toList());
    }

    private SearchEntry entry(BuiltSite.Page page) {
        // generated pages (no Markdown) are read from their HTML
        PageTextExtractor.Result r = texts.get(page.url());
        if (r == null) {
            r = PageTextExtractor.extract(page.bodyHtml() == null ? "" : page.bodyHtml());
        }
        return new SearchEntry(page.url(), page.title(), r.intro(), r.sections());
    }

    private static boolean included(BuiltSite.Page page) {
        if (page.processed() == null) {
            return true;
        }
        Object search = page.processed().frontMatter().meta().get("search");
        return !(search instanceof Map && Boolean.TRUE.equals(((Map<?, ?>) search).get("exclude")));
    }
}
