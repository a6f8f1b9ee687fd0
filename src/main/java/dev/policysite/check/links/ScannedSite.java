package dev.policysite.check.links;

import dev.policysite.site.SiteOutput;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The built site as {@code check} sees it: which files exist, and for each HTML page its ids and links.
 * Pages are scanned as the build writes them (in parallel, while the build runs) and their HTML is then
 * dropped: keeping 10,000 rendered pages in memory to read them back later cost more in garbage
 * collection than the scan itself. Nothing is written to disk.
 */
public final class ScannedSite implements SiteOutput {
    private final Set<String> files = ConcurrentHashMap.newKeySet();
    private final Map<String, HtmlScan> scans = new ConcurrentHashMap<>();
    private final Map<String, Path> copied = new ConcurrentHashMap<>();

    @Override
    public void write(String relPath, String content) {
        files.add(relPath);
        copied.remove(relPath);
        if (SiteFiles.isHtml(relPath)) {
            scans.put(relPath, HtmlScan.of(content));
        }
    }

    @Override
    public void write(String relPath, byte[] content) {
        if (SiteFiles.isHtml(relPath)) {
            write(relPath, new String(content, StandardCharsets.UTF_8));
        } else {
            files.add(relPath);
            copied.remove(relPath);
        }
    }

    @Override
    public void copy(Path source, String relPath) {
        files.add(relPath);
        scans.remove(relPath);
        copied.put(relPath, source);
    }

    /** Every file of the site, by site-root relative path. */
    public Set<String> files() {
        return Set.copyOf(files);
    }

    /** The ids and links of HTML file {@code relPath}, or null when there is no such HTML file. */
    public HtmlScan scan(String relPath) {
        HtmlScan scan = scans.get(relPath);
        if (scan != null || !SiteFiles.isHtml(relPath)) {
            return scan;
        }
        Path source = copied.get(relPath); // an HTML file among the assets: read only if a link needs it
        if (source == null) {
            return null;
        }
        try {
            return scans.computeIfAbsent(relPath, r -> HtmlScan.of(read(source)));
        } catch (UncheckedIOException e) {
            return null; // unreadable: no ids, as for a missing file
        }
    }

    private static String read(Path source) {
        try {
            return Files.readString(source, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
