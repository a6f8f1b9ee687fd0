package dev.policysite.markdown.html;

import org.commonmark.node.CustomBlock;

import java.util.Map;

/** {@code <div markdown>…</div>}: an HTML element whose content is Markdown (Python-Markdown's md_in_html). */
public final class HtmlContainer extends CustomBlock {
    private final String tag;
    private final Map<String, String> attributes;

    HtmlContainer(String tag, Map<String, String> attributes) {
        this.tag = tag;
        this.attributes = Map.copyOf(attributes);
    }

    public String tag() {
        return tag;
    }

    /** The element's attributes without {@code markdown}, in no particular order. */
    public Map<String, String> attributes() {
        return attributes;
    }
}
