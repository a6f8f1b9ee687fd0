package dev.policysite.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches folders recursively with the JDK's WatchService and hands over batches of changed files once
 * changes have been quiet for a short while (editors save through temporary files and renames, so one
 * save is often several events). Folders created later are watched too; editor droppings are ignored.
 */
public final class SiteWatcher implements AutoCloseable {
    private final WatchService service;
    private final Map<WatchKey, Path> keys = new HashMap<>();
    private final List<Path> ignored;
    private final long quietMillis;
    private volatile boolean closed;

    /**
     * @param roots       folders (watched recursively) or single files (their folder is watched)
     * @param ignored     folders whose changes never matter (the output folder)
     * @param quietMillis how long changes must pause before a batch is handed over
     */
    public SiteWatcher(List<Path> roots, List<Path> ignored, long quietMillis) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.ignored = ignored.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.quietMillis = quietMillis;
        for (Path r : roots) {
            Path abs = r.toAbsolutePath().normalize();
            if (Files.isDirectory(abs)) {
                registerTree(abs);
            } else if (abs.getParent() != null && Files.isDirectory(abs.getParent())) {
                register(abs.getParent());
            }
        }
    }

    /** Blocks, calling {@code onBatch} with each batch of changed paths, until {@link #close()}. */
    public void run(Consumer<Set<Path>> onBatch) {
        Set<Path> batch = new LinkedHashSet<>();
        while (!closed) {
            try {
                WatchKey key = batch.isEmpty() ? service.take() : service.poll(quietMillis, TimeUnit.MILLISECONDS);
                if (key == null) {
                    Set<Path> done = new LinkedHashSet<>(batch);
                    batch.clear();
                    onBatch.accept(done);
                    continue;
                }
                collect(key, batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ClosedWatchServiceException e) {
                return;
            }
        }
    }

    private void collect(WatchKey key, Set<Path> batch) {
        Path dir = keys.get(key);
        for (WatchEvent<?> ev : key.pollEvents()) {
            if (ev.kind() == StandardWatchEventKinds.OVERFLOW) {
                if (dir != null) {
                    batch.add(dir); // too many events to list: treat the folder as changed
                }
                continue;
            }
            if (dir == null) {
                continue;
            }
            Path p = dir.resolve((Path) ev.context()).normalize();
            if (isIgnored(p)) {
                continue;
            }
            if (ev.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(p)) {
                try {
                    registerTree(p);
                } catch (IOException ignoredIo) {
                    // the folder vanished again; its files will be seen as missing at rebuild
                }
            }
            batch.add(p);
        }
        if (!key.reset()) {
            keys.remove(key);
        }
    }

    boolean isIgnored(Path p) {
        for (Path i : ignored) {
            if (p.startsWith(i)) {
                return true;
            }
        }
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        // vim swap/backup files, emacs lock files, JetBrains safe-write temps, our own staging folders
        return name.endsWith(".swp") || name.endsWith(".swx") || name.endsWith("~") || name.startsWith(".#")
                || name.endsWith("___jb_tmp___") || name.endsWith("___jb_old___") || name.equals("4913")
                || name.contains(".tmp-") || name.contains(".old-");
    }

    private void registerTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (isIgnored(dir) || (dir.getFileName() != null && dir.getFileName().toString().startsWith(".") && !dir.equals(root))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                register(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void register(Path dir) throws IOException {
        WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
        keys.put(key, dir);
    }

    @Override
    public void close() throws IOException {
        closed = true;
        service.close();
    }
}
