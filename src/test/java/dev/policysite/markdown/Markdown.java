package dev.policysite.markdown;

import dev.policysite.markdown.headings.HeadingPass;
import org.commonmark.node.Node;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Test helper: Markdown through the real engine and heading pass, parsed back with jsoup. */
public final class Markdown {
    private static final MarkdownEngine ENGINE = new MarkdownEngine();

    private Markdown() {
    }

    public static String html(String markdown) {
        Node doc = ENGINE.parse(markdown);
        new HeadingPass("¶").run(doc);
        return ENGINE.render(doc);
    }

    /** The rendered fragment as the children of a body element. */
    public static Element body(String markdown) {
        Document d = Jsoup.parseBodyFragment(html(markdown));
        return d.body();
    }
}
