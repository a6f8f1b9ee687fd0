package dev.policysite.content;

import dev.policysite.diag.SourcePos;
import dev.policysite.diag.UserError;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Lists a docs folder the way MkDocs does: every {@code .md} file is a page, every other file an asset
 * copied as is. Skipped: dot-files and dot-folders, the policy model folder, and {@code exclude_docs} globs.
 */
public final class ContentScanner {
    private final Path docsDir;
    private final List<Path> skipDirs;
    private final List<PathMatcher> excludes = new ArrayList<>();

    public ContentScanner(Path docsDir, List<Path> skipDirs, List<String> excludeGlobs) {
        this.docsDir = docsDir;
        this.skipDirs = skipDirs;
        for (String g : excludeGlobs) {
            String glob = g.startsWith("/") ? g.substring(1) : "**" + (g.startsWith("*") ? "" : "/") + g;
            String dirGlob = glob.endsWith("/") ? glob + "**" : glob;
            excludes.add(FileSystems.getDefault().getPathMatcher("glob:" + dirGlob));
            if (!g.startsWith("/")) {
                excludes.add(FileSystems.getDefault().getPathMatcher("glob:" + (g.endsWith("/") ? g + "**" : g)));
            }
        }
    }

    public record Scan(List<Path> pages, List<Path> assets) {
    }

    public Scan scan() {
        List<Path> pages = new ArrayList<>();
        List<Path> assets = new ArrayList<>();
        try {
            Files.walkFileTree(docsDir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(docsDir) && (dir.getFileName().toString().startsWith(".") || skipDirs.contains(dir)
                            || excluded(dir))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = file.getFileName().toString();
                    if (name.startsWith(".") || excluded(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (!attrs.isRegularFile() && !Files.isRegularFile(file)) {
                        if (Files.isDirectory(file)) {
                            return FileVisitResult.CONTINUE; // a link to a folder: not followed
                        }
                        // reading a named pipe would block the build for ever; a broken link cannot be read at all
                        throw new UserError(SourcePos.fileOnly(file), "not a regular file (a pipe, socket, device or broken link)",
                                "remove it from the docs folder, or list it in exclude_docs");
                    }
                    (name.endsWith(".md") ? pages : assets).add(file);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UserError(SourcePos.fileOnly(docsDir), "cannot list docs folder: " + e.getMessage(),
                    "check the folder's permissions");
        }
        Collections.sort(pages);
        Collections.sort(assets);
        return new Scan(pages, assets);
    }

    private boolean excluded(Path p) {
        if (excludes.isEmpty()) {
            return false;
        }
        Path rel = docsDir.relativize(p);
        for (PathMatcher m : excludes) {
            if (m.matches(rel)) {
                return true;
            }
        }
        return false;
    }
}
