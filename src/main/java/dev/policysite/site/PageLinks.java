package dev.policysite.site;

import dev.policysite.content.SourcePage;
import dev.policysite.content.UrlPaths;
import dev.policysite.diag.Diagnostics;
import dev.policysite.diag.SourcePos;
import dev.policysite.markdown.links.LinkPass;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * MkDocs' link rules for one page: a relative link to a file of the docs folder becomes that file's URL
 * relative to the page ({@code other.md#x} → {@code ../other/#x}); a link to a missing {@code .md} file is
 * a warning; anything else (absolute URLs, anchors, paths that are URLs already) is left as written.
 */
final class PageLinks implements LinkPass.LinkRewriter {
    private final Path docsDir;
    private final SourcePage page;
    private final Map<String, SourcePage> pages;
    private final Set<String> assets;
    private final Diagnostics diagnostics;

    PageLinks(Path docsDir, SourcePage page, Map<String, SourcePage> pages, Set<String> assets, Diagnostics diagnostics) {
        this.docsDir = docsDir;
        this.page = page;
        this.pages = pages;
        this.assets = assets;
        this.diagnostics = diagnostics;
    }

    @Override
    public String rewrite(String destination, Path originFile, SourcePos pos) {
        if (destination == null || destination.isEmpty() || destination.startsWith("#") || destination.startsWith("/")
                || destination.startsWith("//") || hasScheme(destination)) {
            return destination;
        }
        int cut = indexOfAny(destination, '#', '?');
        String path = cut < 0 ? destination : destination.substring(0, cut);
        String suffix = cut < 0 ? "" : destination.substring(cut);
        if (path.isEmpty()) {
            return destination;
        }
        String rewritten = resolve(originFile, path, suffix);
        if (rewritten == null && !originFile.equals(page.file())) {
            // MkDocs reads links in included text relative to the including page; projects written for it do so
            rewritten = resolve(page.file(), path, suffix);
        }
        if (rewritten != null) {
            return rewritten;
        }
        if (path.endsWith(".md")) {
            diagnostics.warn("link.missing-page", pos, "link to '" + path + "' names no page in the docs folder",
                    "fix the path (relative to the file the link is written in)");
        }
        return destination;
    }

    /** The URL of the page or asset {@code path} names, read relative to {@code from}; null if it names none. */
    private String resolve(Path from, String path, String suffix) {
        Path target = from.toAbsolutePath().getParent().resolve(decode(path)).normalize();
        if (!target.startsWith(docsDir)) {
            return null;
        }
        String rel = docsDir.relativize(target).toString().replace('\\', '/');
        SourcePage linked = pages.get(rel);
        if (linked != null) {
            return UrlPaths.relative(page.url(), linked.url()) + suffix;
        }
        return assets.contains(rel) ? UrlPaths.relative(page.url(), rel) + suffix : null;
    }

    private static boolean hasScheme(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ':') {
                return i > 0;
            }
            if (!(Character.isLetterOrDigit(c) || c == '+' || c == '.' || c == '-')) {
                return false;
            }
        }
        return false;
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    private static String decode(String path) {
        if (path.indexOf('%') < 0) {
            return path;
        }
        try {
            return java.net.URLDecoder.decode(path.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }
}
