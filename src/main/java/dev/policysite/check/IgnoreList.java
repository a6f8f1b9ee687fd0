package dev.policysite.check;

import java.util.Set;

/**
 * The config's {@code check: ignore: [...]} list: exact codes ({@code json.partial}) or whole groups
 * ({@code iam.*}). Together with {@link IgnoreComment} the only ways to silence a finding.
 */
public final class IgnoreList {
    private final Set<String> entries;

    public IgnoreList(Set<String> entries) {
        this.entries = Set.copyOf(entries);
    }

    public boolean ignores(String code) {
        if (entries.contains(code)) {
            return true;
        }
        int dot = code.indexOf('.');
        return dot > 0 && entries.contains(code.substring(0, dot) + ".*");
    }
}
