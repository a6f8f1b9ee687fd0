package dev.policysite.check.links;

import dev.policysite.diag.SourcePos;
import dev.policysite.diag.UserError;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The files of a built site, by site-root relative path, and the ids of its HTML files (taken from the
 * page scans, or read on demand for HTML the check did not scan, such as generated pages).
 */
public final class SiteFiles {
    private final Path root;
    private final Set<String> files;
    private final Map<String, Set<String>> ids = new ConcurrentHashMap<>();

    private SiteFiles(Path root, Set<String> files) {
        this.root = root;
        this.files = files;
    }

    public static SiteFiles index(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            Set<String> files = walk.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .collect(Collectors.toSet());
            return new SiteFiles(root, files);
        } catch (IOException e) {
            throw new UserError(SourcePos.fileOnly(root), "cannot list the built site: " + e.getMessage(),
                    "check the temporary folder is readable");
        }
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
        return new SiteFiles(root, all);
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
            try {
                return HtmlScan.of(Files.readString(root.resolve(f), StandardCharsets.UTF_8)).ids();
            } catch (IOException e) {
                return Set.of();
            }
        });
    }
}
