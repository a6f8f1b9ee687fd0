package dev.policysite.serve;

import dev.policysite.diag.UserError;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * One run of {@code policysite serve}: the site built into a temporary folder, served over HTTP, and
 * rebuilt on a background thread whenever a watched source changes; open tabs reload after a good
 * build and show the error after a broken one. Listeners hear about every build (the command prints
 * them, tests wait for them). {@link #close()} stops everything and removes the temporary folder.
 */
public final class ServeSession implements AutoCloseable {

    /** Builds the whole site into {@code site}; {@code changed} is empty for the first build. A broken edit throws {@link UserError}. */
    @FunctionalInterface
    public interface SiteBuild {
        void build(Path site, Set<Path> changed);
    }

    /**
     * The outcome of one build: what changed (empty for the first build), how long the build took, and
     * for a failed build the one-line error shown in the tabs and the exception behind it.
     */
    public record Rebuild(Set<Path> changed, long millis, String error, RuntimeException failure) {
        public boolean ok() {
            return error == null;
        }
    }

    private final Path out;
    private final Path site;
    private final Path cwd;
    private final SiteBuild build;
    private final DevServer server;
    private final SiteWatcher watcher;
    private final List<Consumer<Rebuild>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean closing = new AtomicBoolean();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Thread watchThread;

    private ServeSession(Path out, Path cwd, SiteBuild build, DevServer server, SiteWatcher watcher) {
        this.out = out;
        this.site = out.resolve("site");
        this.cwd = cwd;
        this.build = build;
        this.server = server;
        this.watcher = watcher;
        this.watchThread = new Thread(() -> watcher.run(this::rebuild), "policysite-watch");
        this.watchThread.setDaemon(true);
    }

    /**
     * Binds {@code address}, builds the site once and starts serving and watching. A first build that
     * fails still serves (the error overlay on every page) and recovers with the next good edit.
     *
     * @param watched  sources whose changes trigger a rebuild (folders recursively, or single files)
     * @param ignored  folders inside them whose changes never matter (the configured output folder)
     * @param cwd      the folder errors are reported relative to
     * @param listener hears about the first build and every rebuild, on the watch thread
     */
    public static ServeSession start(InetSocketAddress address, List<Path> watched, List<Path> ignored, Path cwd,
                                     SiteBuild build, Consumer<Rebuild> listener) throws IOException {
        Path out = Files.createTempDirectory("policysite-serve-");
        DevServer server = null;
        SiteWatcher watcher = null;
        try {
            Files.createDirectories(out.resolve("site"));
            server = bind(address, out.resolve("site"));
            List<Path> skip = new ArrayList<>(ignored);
            skip.add(out);
            // watching starts before the first build, so an edit saved during it is not missed
            watcher = new SiteWatcher(watched, skip, 30);
            ServeSession session = new ServeSession(out, cwd, build, server, watcher);
            session.listeners.add(listener);
            session.rebuild(Set.of());
            server.start();
            session.watchThread.start();
            return session;
        } catch (IOException | RuntimeException e) {
            if (watcher != null) {
                watcher.close();
            }
            if (server != null) {
                server.close();
            }
            deleteQuietly(out);
            throw e;
        }
    }

    private static DevServer bind(InetSocketAddress address, Path site) throws IOException {
        try {
            return new DevServer(address, site);
        } catch (BindException e) {
            throw new UserError(null, "cannot serve on " + address.getAddress().getHostAddress() + ":" + address.getPort()
                    + ": " + e.getMessage(), "stop the other server there, or pick another address with --dev-addr");
        }
    }

    /** The address actually bound (port 0 asks for a free port). */
    public InetSocketAddress address() {
        return server.address();
    }

    public int port() {
        return server.address().getPort();
    }

    /** The folder being served (rebuilt in place on every good build). */
    public Path siteDir() {
        return site;
    }

    public void addListener(Consumer<Rebuild> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Rebuild> listener) {
        listeners.remove(listener);
    }

    /** Blocks until {@link #close()} is called (from another thread or a shutdown hook). */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    private void rebuild(Set<Path> changed) {
        long t0 = System.nanoTime();
        String error = null;
        RuntimeException failure = null;
        try {
            build.build(site, changed);
            server.reload();
        } catch (UserError e) {
            failure = e;
            error = e.toLine(cwd);
        } catch (RuntimeException e) {
            // a bug must not end the session: the writer sees it in the overlay and can keep working
            failure = e;
            error = "internal error: " + e + " (this is a bug in policysite; run with --verbose for details)";
        }
        if (error != null) {
            server.showError(error);
        }
        Rebuild result = new Rebuild(Collections.unmodifiableSet(new LinkedHashSet<>(changed)),
                (System.nanoTime() - t0) / 1_000_000, error, failure);
        for (Consumer<Rebuild> l : listeners) {
            l.accept(result);
        }
    }

    /** Stops watching and serving, waits for a build in progress, and removes the temporary folder. Idempotent. */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        try {
            watcher.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        server.close();
        if (Thread.currentThread() != watchThread) {
            try {
                watchThread.join(TimeUnit.SECONDS.toMillis(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        deleteQuietly(out);
        closed.countDown();
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }
}
