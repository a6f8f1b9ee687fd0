package dev.policysite.serve;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Maps a request path to a file under the site folder, and nothing else: no {@code ..}, no encoded
 * escapes, no symbolic link leading outside, no directory listings (a folder means its index.html).
 */
final class StaticFiles {
    private final Path root;
    private final Path realRoot;

    StaticFiles(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.realRoot = this.root.toRealPath();
    }

    /** The file to serve for {@code rawPath} (the URL's path, still percent-encoded), or null for 404. */
    Path resolve(String rawPath) {
        String decoded;
        try {
            decoded = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (decoded.indexOf('\0') >= 0 || decoded.indexOf('\\') >= 0) {
            return null;
        }
        for (String seg : decoded.split("/")) {
            if (seg.equals("..") || seg.equals(".")) {
                return null;
            }
        }
        String rel = decoded.startsWith("/") ? decoded.substring(1) : decoded;
        Path p = root.resolve(rel).normalize();
        if (!p.startsWith(root) || !insideRealRoot(p)) {
            return null;
        }
        if (Files.isDirectory(p)) {
            if (!rawPath.endsWith("/") && !rel.isEmpty()) {
                return p; // caller redirects to the slash form so relative links work
            }
            p = p.resolve("index.html");
        }
        if (!Files.isRegularFile(p) || !insideRealRoot(p)) {
            return null;
        }
        return p;
    }

    /** Whether {@code p} exists and, with every symbolic link followed, is still under the site folder. */
    private boolean insideRealRoot(Path p) {
        try {
            return p.toRealPath().startsWith(realRoot);
        } catch (IOException e) {
            return false;
        }
    }
}
