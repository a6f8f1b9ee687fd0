package dev.policysite.search;

import java.util.List;

/**
 * One page in the search index: its URL (site-root relative), title, the text before its first heading,
 * and its sections (each heading with its anchor, so a result can open the page at that section).
 */
public record SearchEntry(String url, String title, String text, List<Section> sections) {

    public record Section(String anchor, String title, String text) {
    }
}
