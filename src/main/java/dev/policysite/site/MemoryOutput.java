package dev.policysite.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A built site held in memory: what {@code check} inspects. Copied assets are remembered by their source
 * and read only if someone asks for their content (link checks only need to know they exist).
 */
public final class MemoryOutput implements SiteOutput {
    private final Map<String, byte[]> written = new ConcurrentHashMap<>();
    private final Map<String, Path> copied = new ConcurrentHashMap<>();

    @Override
    public void write(String relPath, byte[] content) {
        copied.remove(relPath);
        written.put(relPath, content);
    }

    @Override
    public void copy(Path source, String relPath) {
        written.remove(relPath);
        copied.put(relPath, source);
    }

    /** Every file of the site, by site-root relative path. */
    public Set<String> files() {
        Set<String> all = ConcurrentHashMap.newKeySet(written.size() + copied.size());
        all.addAll(written.keySet());
        all.addAll(copied.keySet());
        return all;
    }

    /** The text of {@code relPath}, or null when the site has no such file. */
    public String readString(String relPath) {
        byte[] bytes = written.get(relPath);
        if (bytes != null) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        Path source = copied.get(relPath);
        if (source == null) {
            return null;
        }
        try {
            return Files.readString(source, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
