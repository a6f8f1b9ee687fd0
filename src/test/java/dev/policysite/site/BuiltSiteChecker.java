package dev.policysite.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Test helper: reads a built site back and follows every internal link and image the way a browser would
 * (relative to the page's URL, directory URLs served by their index.html), reporting each one that leads
 * nowhere: a missing file, or a #fragment with no such id in the target page.
 */
final class BuiltSiteChecker {
    private final Path root;
    /** The path part of site_url ("/cloud/"): absolute links (404.html uses them) are rooted there. */
    private final String urlPrefix;
    private final Map<Path, Document> parsed = new HashMap<>();

    BuiltSiteChecker(Path root, String urlPrefix) {
        this.root = root;
        this.urlPrefix = urlPrefix;
    }

    List<Path> htmlFiles() {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Document page(Path file) {
        return parsed.computeIfAbsent(file, f -> {
            try {
                return Jsoup.parse(f.toFile(), "UTF-8");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    Document page(String rel) {
        return page(root.resolve(rel));
    }

    /** Every broken internal {@code a[href]} and {@code img[src]} of every page, as "page: target (why)". */
    List<String> brokenLinks() {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path file : htmlFiles()) {
            Document d = page(file);
            for (Element e : d.select("a[href], img[src]")) {
                String target = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                String why = check(file, target);
                checked++;
                if (why != null) {
                    broken.add(root.relativize(file) + ": " + target + " (" + why + ")");
                }
            }
        }
        if (checked == 0) {
            broken.add("no links at all: the checker saw nothing");
        }
        return broken;
    }

    /** null when {@code target}, written in {@code from}, leads to an existing file (and id); else why not. */
    String check(Path from, String target) {
        if (target.isEmpty() || target.startsWith("//") || URI.create(target.replace(" ", "%20")).getScheme() != null) {
            return null; // external
        }
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        String fragment = hash < 0 ? null : target.substring(hash + 1);
        int q = path.indexOf('?');
        if (q >= 0) {
            path = path.substring(0, q);
        }
        path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        Path file;
        if (path.isEmpty()) {
            file = from;
        } else if (path.startsWith("/")) {
            if (!path.startsWith(urlPrefix)) {
                return "absolute path outside the site";
            }
            file = root.resolve(path.substring(urlPrefix.length()));
        } else {
            file = from.getParent().resolve(path);
        }
        file = file.normalize();
        if (!file.startsWith(root)) {
            return "leaves the site";
        }
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        if (!Files.isRegularFile(file)) {
            return "no such file";
        }
        if (fragment != null && !fragment.isEmpty() && file.toString().endsWith(".html")) {
            Document d = page(file);
            if (d.getElementById(fragment) == null && d.selectFirst("a[name=" + fragment + "]") == null) {
                return "no id '" + fragment + "' in " + root.relativize(file);
            }
        }
        return null;
    }
}
