package dev.policysite.markdown.headings;

import dev.policysite.markdown.Nodes;
import dev.policysite.markdown.attrs.AttrList;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Gives every heading of one page its id (an attr_list {@code #id} wins, as in Python-Markdown), adds the
 * permalink, and collects the table of contents and the page's title heading.
 */
public final class HeadingPass {
    private final String permalinkSymbol;
    private final List<TocEntry> flat = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private final UniqueIds uniqueIds = new UniqueIds(ids);
    private String firstH1;

    /** @param permalinkSymbol the anchor text, or "" for no permalinks */
    public HeadingPass(String permalinkSymbol) {
        this.permalinkSymbol = permalinkSymbol;
    }

    public void run(Node document) {
        List<Heading> headings = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                headings.add(heading);
                visitChildren(heading);
            }

            @Override
            public void visit(CustomNode node) {
                // as Python-Markdown's toc: ids set with {: #id } are taken first, wherever they are, and kept as
                // written; generated ids then avoid them (## Foo before ## Bar {: #foo } gets foo_1)
                if (node instanceof AttrList && ((AttrList) node).attributes().containsKey("id")) {
                    uniqueIds.reserve(((AttrList) node).attributes().get("id"));
                }
                visitChildren(node);
            }
        });
        headings.forEach(this::handle);
    }

    private static String explicitId(Heading heading) {
        AttrList attrs = AttrList.of(heading);
        return attrs == null ? null : attrs.attributes().get("id");
    }

    private void handle(Heading heading) {
        String title = Nodes.plainText(heading).strip();
        String explicit = explicitId(heading);
        String id = explicit != null ? explicit : uniqueIds.claim(Slugs.slugify(title));
        AttrList.on(heading).put("id", id);
        if (!permalinkSymbol.isEmpty()) {
            heading.appendChild(new Permalink(id, permalinkSymbol));
        }
        if (firstH1 == null && heading.getLevel() == 1 && opensThePage(heading)) {
            firstH1 = title;
        }
        flat.add(new TocEntry(heading.getLevel(), id, title));
    }

    /** MkDocs takes a page's title from an h1 only when it is the page's first element. */
    private static boolean opensThePage(Heading heading) {
        if (!(heading.getParent() instanceof Document)) {
            return false;
        }
        for (Node n = heading.getPrevious(); n != null; n = n.getPrevious()) {
            if (!(n instanceof LinkReferenceDefinition)) {
                return false;
            }
        }
        return true;
    }

    /** Every id on the page so far (headings; other ids are added by the link checker from the HTML). */
    public Set<String> ids() {
        return ids;
    }

    public List<TocEntry> toc() {
        return TocEntry.nest(flat);
    }

    /** The text of the level-1 heading that opens the page (MkDocs' title rule), or null. */
    public String firstH1() {
        return firstH1;
    }
}
