package dev.policysite.markdown.tabs;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.PostProcessor;

/** Wraps each run of consecutive tabs (split at {@code ===!}) in a {@link TabbedSet}. */
final class TabGrouper implements PostProcessor {
    @Override
    public Node process(Node document) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                if (block instanceof Tab && !(block.getParent() instanceof TabbedSet)) {
                    group((Tab) block);
                }
                visitChildren(block);
            }
        });
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
