package dev.policysite.diag;

/** Levenshtein distance for "did you mean" suggestions, shared by every place that suggests a name. */
public final class EditDistance {
    private EditDistance() {
    }

    /**
     * The number of single-character edits from {@code a} to {@code b}, giving up early (returning
     * {@code limit + 1}) once it must exceed {@code limit}: scanning a catalog of 22,000 names stays cheap.
     */
    public static int between(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[b.length()];
    }

    /** The exact distance. */
    public static int between(String a, String b) {
        return between(a, b, Integer.MAX_VALUE - 1);
    }
}
