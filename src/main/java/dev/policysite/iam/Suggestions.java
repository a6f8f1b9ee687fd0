package dev.policysite.iam;

import dev.policysite.diag.EditDistance;

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
            int d = EditDistance.between(t, candidate.toLowerCase(Locale.ROOT), limit);
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
}
