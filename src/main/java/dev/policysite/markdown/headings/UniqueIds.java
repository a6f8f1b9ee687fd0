package dev.policysite.markdown.headings;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ids used on one page, handing out new ones the way Python-Markdown's toc does: {@code x}, then
 * {@code x_1}, {@code x_2}, ... (an id already ending in {@code _N} counts on from N). It remembers how far
 * each {@code x_1, x_2, ...} run is taken, so a page with 100,000 headings called "Example" does not rescan
 * the run for every new one (toc's own loop is quadratic there).
 */
final class UniqueIds {
    private static final Pattern COUNTED = Pattern.compile("^(.*)_([0-9]+)$");

    private final Set<String> used;
    /** stem → n such that stem_1 ... stem_n are all taken. */
    private final Map<String, Integer> takenRun = new HashMap<>();

    UniqueIds(Set<String> used) {
        this.used = used;
    }

    /** Records an id that is used as written (an explicit {@code {: #id }}). */
    void reserve(String id) {
        used.add(id);
    }

    /** The first free id in toc's sequence starting at {@code id}; it is recorded as used. */
    String claim(String id) {
        String candidate = id;
        while (used.contains(candidate) || candidate.isEmpty()) {
            extendRun(candidate);
            Matcher m = COUNTED.matcher(candidate);
            String stem = m.matches() ? m.group(1) : candidate;
            BigInteger next = m.matches() ? new BigInteger(m.group(2)).add(BigInteger.ONE) : BigInteger.ONE;
            Integer run = takenRun.get(stem);
            if (run != null && next.compareTo(BigInteger.valueOf(run)) <= 0) {
                next = BigInteger.valueOf(run + 1L); // stem_1 ... stem_run are known to be taken
            }
            candidate = stem + "_" + next;
        }
        used.add(candidate);
        extendRun(candidate);
        return candidate;
    }

    /** {@code taken} is in use: if it is stem_(n+1) right after a known run stem_1..stem_n, the run grows. */
    private void extendRun(String taken) {
        Matcher m = COUNTED.matcher(taken);
        if (m.matches() && m.group(2).length() < 10) {
            int n = Integer.parseInt(m.group(2));
            if (n == takenRun.getOrDefault(m.group(1), 0) + 1) {
                takenRun.put(m.group(1), n);
            }
        }
    }
}
