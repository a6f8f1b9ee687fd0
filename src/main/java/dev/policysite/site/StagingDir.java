package dev.policysite.site;

import dev.policysite.diag.SourcePos;
import dev.policysite.diag.UserError;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A build writes into a fresh folder beside the output and swaps it in only when everything succeeded, so
 * a failed build leaves the previous site exactly as it was (and a reader never sees a half-written one).
 */
public final class StagingDir implements AutoCloseable {
    private final Path target;
    private final Path staging;
    private final ConcurrentHashMap<Path, Boolean> createdDirs = new ConcurrentHashMap<>();
    private boolean committed;

    public StagingDir(Path target) {
        this.target = target.toAbsolutePath().normalize();
        Path parent = this.target.getParent();
        refuseToReplace(this.target);
        try {
            Files.createDirectories(parent);
            this.staging = Files.createTempDirectory(parent, "." + this.target.getFileName() + ".tmp-");
        } catch (IOException e) {
            throw new UserError(SourcePos.fileOnly(parent), "cannot create the output folder: " + e.getMessage(),
                    "check that the folder is writable, or pass --out DIR");
        }
        sweepLeftovers();
    }

    /**
     * Committing deletes whatever is at the target: only a folder that is empty or holds a built site (its
     * 404.html or sitemap.xml) may be replaced, so a mistyped --out (a home folder, a project) is never wiped.
     */
    private static void refuseToReplace(Path target) {
        String hint = "pass --out with a new folder or a previous site, or remove it yourself";
        if (target.getParent() == null) {
            throw new UserError(SourcePos.fileOnly(target), "cannot build into the root of the file system", hint);
        }
        if (Files.isRegularFile(target)) {
            throw new UserError(SourcePos.fileOnly(target), "the output folder is a file", hint);
        }
        if (!Files.isDirectory(target) || Files.exists(target.resolve("404.html")) || Files.exists(target.resolve("sitemap.xml"))) {
            return;
        }
        try (Stream<Path> entries = Files.list(target)) {
            if (entries.findAny().isPresent()) {
                throw new UserError(SourcePos.fileOnly(target),
                        "the output folder holds files but no built site; it would be replaced whole", hint);
            }
        } catch (IOException e) {
            throw new UserError(SourcePos.fileOnly(target), "cannot read the output folder: " + e.getMessage(), hint);
        }
    }

    public Path path() {
        return staging;
    }

    public void write(String relPath, String content) {
        write(relPath, content.getBytes(StandardCharsets.UTF_8));
    }

    public void write(String relPath, byte[] content) {
        Path file = staging.resolve(relPath);
        try {
            ensureParent(file);
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void copy(Path source, String relPath) {
        Path file = staging.resolve(relPath);
        try {
            ensureParent(file);
            Files.copy(source, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UserError(SourcePos.fileOnly(source), "cannot copy: " + e.getMessage(), "check the file is readable");
        }
    }

    /**
     * Creates a file's folder once. computeIfAbsent makes a second thread wait until the first one has
     * really created it (marking it first and creating it after let the other thread write into nothing).
     */
    private void ensureParent(Path file) throws IOException {
        try {
            createdDirs.computeIfAbsent(file.getParent(), dir -> {
                try {
                    Files.createDirectories(dir);
                    return Boolean.TRUE;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Replaces the target with the staged folder: rename old away, rename new in, delete old. */
    public void commit() {
        Path old = target.resolveSibling("." + target.getFileName() + ".old-" + ProcessHandle.current().pid()
                + "-" + System.nanoTime());
        try {
            if (Files.exists(target)) {
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            committed = true;
            discard(old);
        } catch (IOException e) {
            throw new UserError(SourcePos.fileOnly(target), "cannot replace the output folder: " + e.getMessage(),
                    "check nothing holds it open and that its parent is writable");
        }
    }

    /** Discards the staged files unless committed. */
    @Override
    public void close() {
        if (!committed) {
            try {
                deleteTree(staging);
            } catch (IOException ignored) {
                // best effort: a leftover temp folder is harmless and the next build ignores it
            }
        }
    }

    /**
     * Deletes a replaced site without making the build wait: on this kind of disk removing ten thousand
     * folders takes seconds, and nobody reads the old tree once the new one is in place. A detached
     * {@code rm -rf} finishes the job after we exit; where there is none, delete here.
     */
    public static void discard(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Path rm = Path.of("/bin/rm");
        if (Files.isExecutable(rm)) {
            try {
                new ProcessBuilder(rm.toString(), "-rf", "--", dir.toString())
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start();
                return;
            } catch (IOException e) {
                // fall through to deleting in-process
            }
        }
        deleteTree(dir);
    }

    /** Leftovers of builds that were killed before they could clean up (".site.tmp-*", ".site.old-*"). */
    private void sweepLeftovers() {
        String prefix = "." + target.getFileName() + ".";
        try (Stream<Path> siblings = Files.list(target.getParent())) {
            for (Path p : (Iterable<Path>) siblings::iterator) {
                String name = p.getFileName().toString();
                boolean ours = name.startsWith(prefix + "old-") || name.startsWith(prefix + "tmp-");
                if (ours && !p.equals(staging) && Files.isDirectory(p) && isStale(p)) {
                    discard(p);
                }
            }
        } catch (IOException ignored) {
            // leftovers are only clutter; never fail a build over them
        }
    }

    /** A staging folder of another build still running is not stale: only folders untouched for an hour are. */
    private static boolean isStale(Path p) throws IOException {
        String name = p.getFileName().toString();
        if (name.contains(".old-")) {
            return true;
        }
        long age = System.currentTimeMillis() - Files.getLastModifiedTime(p).toMillis();
        return age > 3_600_000L;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                try {
                    Files.deleteIfExists(p);
                } catch (DirectoryNotEmptyException e) {
                    // raced with another writer; the final delete of the root reports real problems
                }
            }
        }
    }
}
