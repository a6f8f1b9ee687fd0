package dev.policysite.diag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects the warnings of one run (thread-safe: pages are built in parallel). Errors that stop a
 * command are thrown as {@link UserError}; everything that lets the run go on lands here.
 */
public final class Diagnostics {
    private final List<Finding> findings = Collections.synchronizedList(new ArrayList<>());

    public void add(Finding f) {
        findings.add(f);
    }

    public void warn(String code, SourcePos pos, String message, String hint) {
        add(Finding.warning(code, pos, message, hint));
    }

    /** A sorted copy, so output is the same whatever order threads finished in. */
    public List<Finding> sorted() {
        synchronized (findings) {
            List<Finding> copy = new ArrayList<>(findings);
            Collections.sort(copy);
            return copy;
        }
    }

    /** The findings added since the first {@code from} (in the order they were added). */
    public List<Finding> since(int from) {
        synchronized (findings) {
            return new ArrayList<>(findings.subList(Math.min(from, findings.size()), findings.size()));
        }
    }

    public int count() {
        return findings.size();
    }
}
