package dev.policysite.cli;

import java.io.PrintStream;
import java.util.function.IntConsumer;

/**
 * A one-line progress bar on stderr, shown only on a terminal and only once a build has run for a
 * second (short builds stay quiet, CI logs stay clean).
 */
final class ProgressBar implements IntConsumer {
    private static final long DELAY_NANOS = 1_000_000_000L;
    private final int total;
    private final long start = System.nanoTime();
    private final boolean enabled;
    private final PrintStream out = System.err;
    private volatile long lastDraw;
    private volatile boolean drawn;

    ProgressBar(int total, boolean enabled) {
        this.total = total;
        this.enabled = enabled && System.console() != null && System.getenv("CI") == null;
    }

    @Override
    public void accept(int done) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (now - start < DELAY_NANOS || now - lastDraw < 100_000_000L) {
            return;
        }
        synchronized (this) {
            lastDraw = now;
            if (total <= 0) {
                // the page count is not known up front: a bar would claim "57/0"
                out.print("\r" + done + " pages processed");
            } else {
                int width = 30;
                int filled = (int) ((long) done * width / total);
                out.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total + " pages");
            }
            out.flush();
            drawn = true;
        }
    }

    void finish() {
        if (drawn) {
            out.print("\r" + " ".repeat(60) + "\r");
            out.flush();
        }
    }
}
