package dev.policysite.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Open browser tabs listening on a Server-Sent Events stream. After a good rebuild every tab reloads;
 * after a broken edit every tab shows the error in an overlay (and keeps the last good page).
 */
final class ReloadHub {
    private final List<OutputStream> clients = new CopyOnWriteArrayList<>();
    private volatile String currentError;

    void add(OutputStream client) throws IOException {
        clients.add(client);
        // a tab opened while the site is broken shows the error at once
        String err = currentError;
        send(client, err == null ? "event: hello\ndata: ok\n\n" : errorEvent(err));
    }

    void reload() {
        currentError = null;
        broadcast("event: reload\ndata: ok\n\n");
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
