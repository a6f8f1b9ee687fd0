package dev.policysite.markdown.links;

import dev.policysite.diag.SourceMap;
import dev.policysite.diag.SourcePos;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;

import java.nio.file.Path;
import java.util.List;

/**
 * Rewrites link and image targets of one page through a {@link LinkRewriter} (which knows the site's
 * pages). Each link is resolved from the file its line came from: a link written in an included file is
 * relative to that file, and gets rebased to the including page.
 */
public final class LinkPass {
    private final SourceMap map;
    private final LinkRewriter rewriter;

    public LinkPass(SourceMap map, LinkRewriter rewriter) {
        this.map = map;
        this.rewriter = rewriter;
    }

    public void run(Node document) {
        document.accept(new AbstractVisitor() {
            // line breaks seen so far in the current block: the n-th line of a paragraph is its n-th source span
            private Node breaksOwner;
            private int breaks;

            @Override
            public void visit(Link link) {
                link.setDestination(rewrite(link, link.getDestination()));
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                image.setDestination(rewrite(image, image.getDestination()));
                visitChildren(image);
            }

            @Override
            public void visit(SoftLineBreak lineBreak) {
                countBreak(lineBreak);
            }

            @Override
            public void visit(HardLineBreak lineBreak) {
                countBreak(lineBreak);
            }

            private void countBreak(Node lineBreak) {
                Node owner = spannedBlock(lineBreak);
                breaks = owner == breaksOwner ? breaks + 1 : 1;
                breaksOwner = owner;
            }

            private String rewrite(Node node, String destination) {
                Node block = spannedBlock(node);
                SourcePos pos;
                if (block == null) {
                    pos = map.pos(1, 0);
                } else {
                    List<SourceSpan> spans = block.getSourceSpans();
                    int line = block == breaksOwner ? Math.min(breaks, spans.size() - 1) : 0;
                    pos = map.pos(spans.get(line).getLineIndex() + 1, 0);
                }
                // the file the link's line came from: a link in included text is relative to the included file
                return rewriter.rewrite(destination, pos.file(), pos);
            }
        });
    }

    /** The nearest enclosing node with source spans (the parser tracks blocks, not inlines, to stay fast). */
    private static Node spannedBlock(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.getSourceSpans().isEmpty()) {
                return n;
            }
        }
        return null;
    }

    /** Turns a link target as written in {@code originFile} into the URL the built page uses. */
    public interface LinkRewriter {
        String rewrite(String destination, Path originFile, SourcePos pos);
    }
}
