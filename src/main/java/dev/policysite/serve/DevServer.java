package dev.policysite.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Serves a built site over HTTP for writers: static files under one folder only, the site's 404 page for
 * unknown paths, and a live-reload script injected into every HTML page that listens for rebuilds.
 */
public final class DevServer implements AutoCloseable {
    static final String EVENTS = "/__policysite/events";
    static final String SCRIPT = "/__policysite/livereload.js";

    private final HttpServer server;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "policysite-http");
        t.setDaemon(true);
        return t;
    });
    private final ScheduledExecutorService pinger = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "policysite-ping");
        t.setDaemon(true);
        return t;
    });
    private final ReloadHub hub = new ReloadHub();
    private final StaticFiles files;
    private final Path root;

    public DevServer(InetSocketAddress address, Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.files = new StaticFiles(this.root);
        server = HttpServer.create(address, 64);
        server.setExecutor(pool);
        server.createContext("/", this::serveFile);
        server.createContext(EVENTS, this::serveEvents);
        server.createContext(SCRIPT, this::serveScript);
    }

    public void start() {
        server.start();
        pinger.scheduleAtFixedRate(hub::ping, 15, 15, TimeUnit.SECONDS);
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** Tells open tabs to reload (after a good rebuild). */
    public void reload() {
        hub.reload();
    }

    /** Shows {@code message} in an overlay in open tabs (after a broken edit); pages stay as they were. */
    public void showError(String message) {
        hub.error(message);
    }

    int listeners() {
        return hub.clients();
    }

    private void serveFile(HttpExchange ex) throws IOException {
        try (ex) {
            String method = ex.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                ex.getResponseHeaders().set("Allow", "GET, HEAD");
                send(ex, 405, "text/plain; charset=utf-8", "method not allowed\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String rawPath = ex.getRequestURI().getRawPath();
            Path file = files.resolve(rawPath);
            if (file != null && Files.isDirectory(file)) {
                ex.getResponseHeaders().set("Location", rawPath + "/");
                send(ex, 301, "text/plain; charset=utf-8", new byte[0]);
                return;
            }
            if (file == null) {
                Path notFound = root.resolve("404.html");
                byte[] body = Files.isRegularFile(notFound) ? Files.readAllBytes(notFound)
                        : "<!doctype html><title>Not found</title><h1>Not found</h1>".getBytes(StandardCharsets.UTF_8);
                send(ex, 404, "text/html; charset=utf-8", inject(body));
                return;
            }
            String type = ContentTypes.of(file.getFileName().toString());
            byte[] body = Files.readAllBytes(file);
            send(ex, 200, type, type.startsWith("text/html") ? inject(body) : body);
        }
    }

    /**
     * Adds the live-reload script before {@code </body>} (the way MkDocs' dev server does it), tagged with
     * the build the page comes from so the script can tell when a rebuild happened before it connected.
     */
    private byte[] inject(byte[] html) {
        String s = new String(html, StandardCharsets.UTF_8);
        String tag = "<script src=\"" + SCRIPT + "\" data-build=\"" + hub.build() + "\"></script>";
        int at = s.lastIndexOf("</body>");
        String out = at < 0 ? s + tag : s.substring(0, at) + tag + s.substring(at);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    private void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream os = ex.getResponseBody()) {
                os.write(body);
            }
        }
    }

    private void serveEvents(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(200, 0);
        // the exchange stays open: the hub writes events until the tab goes away
        hub.add(ex.getResponseBody());
    }

    private void serveScript(HttpExchange ex) throws IOException {
        try (ex; InputStream in = DevServer.class.getResourceAsStream("livereload.js")) {
            send(ex, 200, "text/javascript; charset=utf-8", in.readAllBytes());
        }
    }

    @Override
    public void close() {
        hub.closeAll();
        server.stop(0);
        pinger.shutdownNow();
        pool.shutdownNow();
    }
}
