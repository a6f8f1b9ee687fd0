package dev.policysite.check.report;

import dev.policysite.check.CheckReport;

/** The closing line of a check: {@code 2 errors, 1 warning, 0 suggestions in 2 files (checked ...)}. */
public final class Summary {
    private Summary() {
    }

    public static String line(CheckReport r) {
        return count(r.errors(), "error") + ", " + count(r.warnings(), "warning") + ", " + count(r.suggestions(), "suggestion")
                + " in " + count(r.filesWithFindings(), "file") + " (checked " + count(r.pages(), "page") + ", "
                + count(r.blocks(), "code block") + ", " + count(r.links(), "link") + ")";
    }

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
