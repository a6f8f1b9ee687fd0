package dev.policysite.site;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Where a build puts its files, by site-root relative path ({@code a/index.html}). {@link StagingDir}
 * writes them to disk and swaps them in at the end; {@code check} scans them in memory instead
 * (it reads the built HTML and has no use for a copy on disk). Called from several threads at once.
 */
public interface SiteOutput extends AutoCloseable {

    void write(String relPath, byte[] content);

    default void write(String relPath, String content) {
        write(relPath, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Publishes {@code source} (an asset) at {@code relPath}. */
    void copy(Path source, String relPath);

    /** The build succeeded: publish what was written. */
    default void commit() {
    }

    /** Called after every build, successful or not: a failed build's files must not be published. */
    @Override
    default void close() {
    }
}
