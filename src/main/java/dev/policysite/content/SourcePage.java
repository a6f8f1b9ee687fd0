package dev.policysite.content;

import java.nio.file.Path;

/**
 * A Markdown file that becomes a page. {@code relPath} is relative to the docs folder with '/' separators
 * ({@code guide/aws.md}); {@code url} is relative to the site root ({@code guide/aws/}, "" for the home
 * page; {@code guide/aws.html} and {@code index.html} without directory URLs); {@code outPath} is where the
 * HTML goes ({@code guide/aws/index.html}).
 */
public record SourcePage(Path file, String relPath, String url, String outPath) {

    /** MkDocs' URL rules: {@code index.md} and {@code README.md} stand for their folder. */
    public static SourcePage of(Path docsDir, Path file, boolean directoryUrls) {
        String rel = docsDir.relativize(file).toString().replace('\\', '/');
        String stem = rel.substring(0, rel.length() - 3);
        String name = stem.contains("/") ? stem.substring(stem.lastIndexOf('/') + 1) : stem;
        String dir = stem.contains("/") ? stem.substring(0, stem.lastIndexOf('/') + 1) : "";
        boolean index = name.equals("index") || name.equals("README"); // MkDocs: README only in capitals
        String url;
        String out;
        if (index) {
            // without directory URLs the link names the file, so the site also works from file://
            url = directoryUrls ? dir : dir + "index.html";
            out = dir + "index.html";
        } else if (directoryUrls) {
            url = stem + "/";
            out = stem + "/index.html";
        } else {
            url = stem + ".html";
            out = url;
        }
        return new SourcePage(file, rel, url, out);
    }

    public boolean isHome() {
        return relPath.equals("index.md") || relPath.equals("README.md");
    }

    /** The relative path from this page's URL to the site root: "" for the home page, "../" one level down. */
    public String baseUrl() {
        return UrlPaths.toRoot(url);
    }
}
