package dev.policysite.config;

import java.util.List;

/**
 * One entry of the configured navigation: a page ({@code path} relative to the docs dir), an external
 * link ({@code path} is a URL) or a section ({@code children} non-empty, {@code path} null); {@code pos}
 * is where it is written in the config.
 */
public record NavEntry(String title, String path, List<NavEntry> children, dev.policysite.diag.SourcePos pos) {

    public NavEntry {
        children = children == null ? List.of() : List.copyOf(children);
    }

    public boolean isSection() {
        return path == null;
    }

    public boolean isExternal() {
        return path != null && path.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");
    }
}
