package dev.policysite.site;

import dev.policysite.config.SiteConfig;

import java.util.List;

/** What a build produced, for plugins that write outputs from it (search index, sitemap, policy files). */
public record BuiltSite(SiteConfig config, List<Page> pages) {

    /** A rendered page: its URL (site-root relative), title, body HTML and the processed source (null for generated pages). */
    public record Page(String url, String title, String bodyHtml, ProcessedPage processed) {
    }
}
