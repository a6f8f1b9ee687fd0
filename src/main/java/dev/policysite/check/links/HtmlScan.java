package dev.policysite.check.links;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One pass over a built page: every id a fragment can point at (any element's {@code id}, and
 * {@code <a name>}), and every URL the page links to or loads.
 */
public record HtmlScan(Set<String> ids, List<HtmlLink> links) {

    public static HtmlScan of(String html) {
        Set<String> ids = new HashSet<>();
        List<HtmlLink> links = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element) {
                    visit((Element) node, ids, links);
                }
            }
        }, Jsoup.parse(html));
        return new HtmlScan(ids, links);
    }

    private static void visit(Element e, Set<String> ids, List<HtmlLink> links) {
        String id = e.id();
        if (!id.isEmpty()) {
            ids.add(id);
        }
        String tag = e.normalName();
        switch (tag) {
            case "a":
                if (e.hasAttr("name")) {
                    ids.add(e.attr("name"));
                }
                add(e, tag, "href", true, links);
                break;
            case "area":
                add(e, tag, "href", true, links);
                break;
            case "link":
                add(e, tag, "href", isPageRelation(e.attr("rel")), links);
                break;
            case "img":
            case "script":
            case "iframe":
            case "source":
            case "audio":
            case "track":
            case "embed":
                add(e, tag, "src", false, links);
                break;
            case "video":
                add(e, tag, "src", false, links);
                add(e, tag, "poster", false, links);
                break;
            default:
                break;
        }
    }

    private static void add(Element e, String tag, String attr, boolean navigation, List<HtmlLink> links) {
        if (e.hasAttr(attr)) {
            links.add(new HtmlLink(tag, attr, e.attr(attr), navigation));
        }
    }

    /** {@code <link rel=next|prev|canonical|alternate>} points at pages, other relations at files. */
    private static boolean isPageRelation(String rel) {
        String r = rel.toLowerCase(Locale.ROOT);
        return r.contains("next") || r.contains("prev") || r.contains("canonical") || r.contains("alternate");
    }
}
