package dev.policysite.markdown.tabs;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.PostProcessor;

import java.util.ArrayList;
import java.util.List;

/** Wraps each run of consecutive tabs (split at {@code ===!}) in a {@link TabbedSet}. */
final class TabGrouper implements PostProcessor {
    @Override
    public Node process(Node document) {
        // collect first, regroup after: moving nodes while the visitor walks them would skip what follows a set
        List<Tab> tabs = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                if (block instanceof Tab) {
                    tabs.add((Tab) block);
                }
                visitChildren(block);
            }
        });
        for (Tab tab : tabs) {
            if (!(tab.getParent() instanceof TabbedSet)) {
                group(tab);
            }
        }
        return document;
    }

    private static void group(Tab first) {
        TabbedSet set = new TabbedSet();
        first.insertBefore(set);
        Node n = first;
        boolean firstTab = true;
        while (n instanceof Tab && (firstTab || !((Tab) n).startsNewSet())) {
            Node next = n.getNext();
            set.appendChild(n);
            n = next;
            firstTab = false;
        }
    }
}
