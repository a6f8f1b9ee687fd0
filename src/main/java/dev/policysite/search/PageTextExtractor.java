package dev.policysite.search;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a page's body HTML into the text before the first heading and one section per h2–h6 with an id.
 * Prose counts first; code fills what is left of a section's budget (a policy's actions are worth finding,
 * its braces are not). The h1 is the page title and is left out.
 */
final class PageTextExtractor {
    static final int SECTION_TEXT_LIMIT = 200;
    static final int PAGE_TEXT_LIMIT = 800;
    private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");
    private static final Set<String> BLOCKS = Set.of("p", "li", "td", "th", "div", "pre", "blockquote", "dt", "dd",
            "summary", "label", "br", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption");

    private PageTextExtractor() {
    }

    record Result(String intro, List<SearchEntry.Section> sections) {
    }

    static Result extract(String bodyHtml) {
        if (bodyHtml.isBlank()) {
            return new Result("", List.of()); // generated pages: no need to start an HTML parser for nothing
        }
        Element body = Jsoup.parseBodyFragment(bodyHtml).body();
        Collector c = new Collector();
        body.traverse(c);
        return c.finish();
    }

    private static final class Collector implements NodeVisitor {
        private final SectionCollector out = new SectionCollector();
        /** Depth inside elements whose text is skipped (headings are read separately, permalinks, scripts). */
        private int skip;
        private int inCode;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode) {
                if (skip == 0) {
                    out.text(((TextNode) node).getWholeText(), inCode > 0);
                }
                return;
            }
            if (!(node instanceof Element)) {
                return;
            }
            Element e = (Element) node;
            String tag = e.normalName();
            if (HEADINGS.contains(tag) && e.hasAttr("id")) {
                startSection(e);
            }
            if (skipped(e, tag)) {
                skip++;
            } else if (tag.equals("pre")) {
                inCode++;
            }
            if (BLOCKS.contains(tag)) {
                out.space();
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element)) {
                return;
            }
            Element e = (Element) node;
            String tag = e.normalName();
            if (skipped(e, tag)) {
                skip--;
            } else if (tag.equals("pre")) {
                inCode--;
            }
            if (BLOCKS.contains(tag)) {
                out.space();
            }
        }

        private static boolean skipped(Element e, String tag) {
            return tag.equals("h1") || tag.equals("script") || tag.equals("style") || tag.equals("template")
                    || (tag.equals("a") && e.hasClass("headerlink")) || HEADINGS.contains(tag) && e.hasAttr("id");
        }

        private void startSection(Element heading) {
            TextBudget text = new TextBudget(Integer.MAX_VALUE);
            appendTextWithoutPermalinks(heading, text);
            out.section(heading.id(), text.text());
        }

        private static void appendTextWithoutPermalinks(Element e, TextBudget out) {
            for (Node child : e.childNodes()) {
                if (child instanceof TextNode) {
                    out.append(((TextNode) child).getWholeText());
                } else if (child instanceof Element && !(((Element) child).normalName().equals("a")
                        && ((Element) child).hasClass("headerlink"))) {
                    appendTextWithoutPermalinks((Element) child, out);
                }
            }
        }

        Result finish() {
            return out.finish();
        }
    }
}
