package dev.policysite.diag;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Wall time per phase of a run, for {@code --verbose} and the profiling notes (not for tests). */
public final class Timings {
    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private long mark = System.nanoTime();

    /** Ends the phase named {@code phase}: the time since the previous mark is charged to it. */
    public synchronized void lap(String phase) {
        long now = System.nanoTime();
        nanos.merge(phase, now - mark, Long::sum);
        mark = now;
    }

    public synchronized Map<String, Long> millis() {
        Map<String, Long> out = new LinkedHashMap<>();
        nanos.forEach((k, v) -> out.put(k, v / 1_000_000));
        return out;
    }

    @Override
    public synchronized String toString() {
        StringBuilder sb = new StringBuilder();
        nanos.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%s %d ms", k, v / 1_000_000)));
        return sb.toString();
    }
}
