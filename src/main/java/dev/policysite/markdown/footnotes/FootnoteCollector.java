package dev.policysite.markdown.footnotes;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.PostProcessor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers footnotes in definition order and moves every definition into one {@link FootnoteSection} at the
 * end of the page, each ending with its back-link, as Python-Markdown's footnotes extension lays them out.
 */
final class FootnoteCollector implements PostProcessor {
    @Override
    public Node process(Node document) {
        List<FootnoteDefinition> defs = new ArrayList<>();
        List<FootnoteReference> refs = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                if (block instanceof FootnoteDefinition) {
                    defs.add((FootnoteDefinition) block);
                }
                visitChildren(block);
            }

            @Override
            public void visit(CustomNode node) {
                if (node instanceof FootnoteReference) {
                    refs.add((FootnoteReference) node);
                }
                visitChildren(node);
            }
        });
        if (defs.isEmpty()) {
            return document;
        }
        Map<String, FootnoteDefinition> byLabel = new LinkedHashMap<>();
        for (FootnoteDefinition d : defs) {
            d.unlink();
            // a repeated label: the first definition wins, as for link reference definitions
            if (byLabel.putIfAbsent(d.label(), d) == null) {
                d.number(byLabel.size());
            }
        }
        Map<String, Integer> seen = new HashMap<>();
        for (FootnoteReference r : refs) {
            FootnoteDefinition d = byLabel.get(r.label());
            r.number(d.number(), seen.merge(r.label(), 1, Integer::sum));
        }
        FootnoteSection section = new FootnoteSection();
        for (FootnoteDefinition d : byLabel.values()) {
            Node last = d.getLastChild();
            if (!(last instanceof Paragraph)) {
                last = new Paragraph();
                d.appendChild(last);
            }
            last.appendChild(new FootnoteBackref(d));
            section.appendChild(d);
        }
        document.appendChild(section);
        return document;
    }
}
