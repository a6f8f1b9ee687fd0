package dev.policysite.policy;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Author-time checks on a placeholder's validation pattern. The same pattern runs in Java (CLI, site)
 * and in the browser (builder page), always matched against the whole value, so it must mean the same
 * in both engines, and it must not accept a value that would widen the policy.
 */
final class PatternRules {
    private PatternRules() {
    }

    /**
     * A construct that Java and JavaScript read differently or that one of them lacks, or empty.
     * Covers possessive quantifiers, atomic groups, inline flags, lookbehind, named groups, nested or
     * intersected classes and Java-only escapes.
     */
    static Optional<String> engineDifference(String pattern) {
        boolean inClass = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                if (i + 1 >= pattern.length()) {
                    return Optional.of("the pattern ends with a lone backslash");
                }
                char e = pattern.charAt(++i);
                if ("AZzGQEhHRXpPsSbBkc0".indexOf(e) >= 0 || Character.isDigit(e)) {
                    return Optional.of("the escape \\" + e + " means something else (or nothing) in JavaScript");
                }
                if (e == 'x' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '{') {
                    return Optional.of("\\x{...} is Java-only; write \\uXXXX");
                }
                continue;
            }
            if (inClass) {
                if (c == '[') {
                    return Optional.of("'[' inside a character class is a nested class in Java but a literal in JavaScript; escape it");
                }
                if (c == '&' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '&') {
                    return Optional.of("'&&' class intersection is Java-only");
                }
                if (c == ']') {
                    inClass = false;
                }
                continue;
            }
            if (c == '[') {
                inClass = true;
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == ']') {
                    return Optional.of("'[]' is an empty class in JavaScript but not in Java");
                }
            } else if (c == '(' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '?') {
                String rest = pattern.substring(i + 2);
                if (!(rest.startsWith(":") || rest.startsWith("=") || rest.startsWith("!"))) {
                    return Optional.of("only (?:...), (?=...) and (?!...) groups work the same in Java and JavaScript");
                }
            } else if ((c == '*' || c == '+' || c == '?' || c == '}') && i + 1 < pattern.length()
                    && pattern.charAt(i + 1) == '+') {
                return Optional.of("possessive quantifiers (" + c + "+) are Java-only");
            }
        }
        return Optional.empty();
    }

    /**
     * A widening value the pattern accepts, or empty. Each probe is tried alone, before, after and in the
     * middle of the valid example, so {@code vpc-.*} is caught by {@code vpc-0a1b...*}.
     */
    static Optional<String> acceptedProbe(Pattern pattern, String example) {
        int mid = example.length() / 2;
        for (String probe : UnsafeValues.PROBES) {
            for (String candidate : new String[] {probe, example + probe, probe + example,
                    example.substring(0, mid) + probe + example.substring(mid)}) {
                if (pattern.matcher(candidate).matches()) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
