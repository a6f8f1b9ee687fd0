package dev.policysite.policy;

import dev.policysite.diag.EditDistance;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Suggestions for misspelt names, so every "unknown X" error says what the valid choices are. */
public final class DidYouMean {
    private DidYouMean() {
    }

    /** The choice closest to {@code word}, if it is close enough to be a plausible typo. */
    public static Optional<String> closest(String word, Collection<String> choices) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : choices) {
            int d = EditDistance.between(word.toLowerCase(), c.toLowerCase());
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        int allowed = Math.max(2, word.length() / 3);
        if (best != null && bestDistance <= allowed) {
            return Optional.of(best);
        }
        // a shortened name (VPC for VPC_ID) is plausible too, when it fits one choice only
        List<String> extended = choices.stream().filter(c -> !word.isEmpty() && c.toLowerCase().startsWith(word.toLowerCase())).toList();
        return extended.size() == 1 ? Optional.of(extended.get(0)) : Optional.empty();
    }

    /** {@code did you mean 'x'? choose one of: a, b, c} (or just the list when nothing is close). */
    public static String hint(String word, Collection<String> choices) {
        String list = choices.isEmpty() ? "there are none" : "choose one of: " + String.join(", ", choices);
        return closest(word, choices).map(c -> "did you mean '" + c + "'? " + list).orElse(list);
    }
}
