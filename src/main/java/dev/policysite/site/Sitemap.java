package dev.policysite.site;

import java.util.List;

/** {@code sitemap.xml} as MkDocs writes it: one {@code <url><loc>} per page, absolute when site_url is set. */
final class Sitemap {
    private Sitemap() {
    }

    static String xml(String siteUrl, List<String> urls) {
        String base = siteUrl == null || siteUrl.isEmpty() ? "" : siteUrl.endsWith("/") ? siteUrl : siteUrl + "/";
        StringBuilder sb = new StringBuilder(urls.size() * 80 + 200);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
          .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String u : urls) {
            sb.append("  <url><loc>").append(escape(base + u)).append("</loc></url>\n");
        }
        return sb.append("</urlset>\n").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
