package dev.policysite.site;

import dev.policysite.include.IncludeScheme;

import java.util.List;
import java.util.Map;

/**
 * What a feature contributes to a build, the way commonmark-java extensions plug into its builders: include
 * schemes for pages, variables for templates, extra pages rendered in the layout, and files written
 * beside the pages. The policy model is one such plugin; the search index another.
 */
public interface SitePlugin {

    default List<IncludeScheme> includeSchemes() {
        return List.of();
    }

    /** Variables every template (layouts and Markdown pages) sees, e.g. {@code policies}. */
    default Map<String, Object> templateVariables() {
        return Map.of();
    }

    /**
     * Called for every Markdown page once it is parsed, from several threads at once, with the parsed
     * document (which is not kept afterwards unless check asks for it).
     */
    default void pageProcessed(ProcessedPage page, org.commonmark.node.Node document) {
    }

    /** Pages that have no Markdown source, e.g. one policy builder per policy. */
    default List<GeneratedPage> pages() {
        return List.of();
    }

    /** Called once all pages are rendered; adds files to the site's output. */
    default void writeOutputs(BuiltSite site, SiteOutput out) {
    }

    /**
     * Called after {@code serve} rebuilt some pages in place ({@code site} holds them as they are now):
     * rewrite what depends on page content. The policy files do not; the search index does.
     */
    default void pagesRebuilt(BuiltSite site, SiteOutput out) {
    }

    /** A page rendered with {@code template} at {@code url} (site-root relative, e.g. {@code policies/x/}). */
    record GeneratedPage(String url, String title, String template, Map<String, Object> variables) {
    }
}
