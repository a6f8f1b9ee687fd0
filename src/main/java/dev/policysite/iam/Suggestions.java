package dev.policysite.iam;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** "Did you mean ...?": the candidates closest to a misspelt name by case-insensitive edit distance. */
final class Suggestions {

    private Suggestions() {
    }

    /** Up to {@code max} candidates within a few edits of {@code target}, closest first. */
    static List<String> closest(String target, Iterable<String> candidates, int max) {
        String t = target.toLowerCase(Locale.ROOT);
        int limit = t.length() <= 4 ? 1 : t.length() <= 10 ? 2 : 3;
        record Scored(String name, int distance) {
        }
        List<Scored> found = new ArrayList<>();
        for (String candidate : candidates) {
            int d = distance(t, candidate.toLowerCase(Locale.ROOT), limit);
            if (d <= limit) {
                found.add(new Scored(candidate, d));
            }
        }
        found.sort(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name));
        return found.stream().limit(max).map(Scored::name).toList();
    }

    /** "did you mean a, b?" or empty. */
    static String hint(List<String> names) {
        return names.isEmpty() ? "" : "did you mean " + String.join(" or ", names) + "?";
    }

    /** "did you mean a, b?", or {@code otherwise} when nothing is close. */
    static String hint(List<String> names, String otherwise) {
        return names.isEmpty() ? otherwise : hint(names);
    }

    /** Levenshtein distance, giving up (returning limit + 1) once it must exceed {@code limit}. */
    static int distance(String a, String b, int limit) {
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
}
