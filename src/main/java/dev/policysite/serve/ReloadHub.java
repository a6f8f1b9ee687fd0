package dev.policysite.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Open browser tabs listening on a Server-Sent Events stream. After a good rebuild every tab reloads;
 * after a broken edit every tab shows the error in an overlay (and keeps the last good page). A tab that
 * connects gets the current build number first (then the error, if the site is broken).
 */
final class ReloadHub {
    private final List<OutputStream> clients = new CopyOnWriteArrayList<>();
    private final AtomicLong build = new AtomicLong();
    private volatile String currentError;

    void add(OutputStream client) throws IOException {
        clients.add(client);
        // the current build number lets a tab notice it missed a reload while its page was on the way
        String err = currentError;
        send(client, "event: hello\ndata: " + build.get() + "\n\n" + (err == null ? "" : errorEvent(err)));
    }

    /** The number of the last good build; pages are tagged with it when served. */
    long build() {
        return build.get();
    }

    void reload() {
        currentError = null;
        broadcast("event: reload\ndata: " + build.incrementAndGet() + "\n\n");
    }

    void error(String message) {
        currentError = message;
        broadcast(errorEvent(message));
    }

    String currentError() {
        return currentError;
    }

    int clients() {
        return clients.size();
    }

    /** Keeps idle connections alive through proxies and notices closed tabs. */
    void ping() {
        broadcast(": ping\n\n");
    }

    void closeAll() {
        for (OutputStream c : clients) {
            try {
                c.close();
            } catch (IOException ignored) {
                // the tab is gone already
            }
        }
        clients.clear();
    }

    private static String errorEvent(String message) {
        StringBuilder sb = new StringBuilder("event: build-error\n");
        for (String line : message.split("\n", -1)) {
            sb.append("data: ").append(line).append('\n');
        }
        return sb.append('\n').toString();
    }

    private void broadcast(String event) {
        for (OutputStream c : clients) {
            try {
                send(c, event);
            } catch (IOException e) {
                clients.remove(c);
            }
        }
    }

    private static void send(OutputStream c, String event) throws IOException {
        synchronized (c) {
            c.write(event.getBytes(StandardCharsets.UTF_8));
            c.flush();
        }
    }
}
