package dev.policysite.markdown.links;

import dev.policysite.diag.SourceMap;
import dev.policysite.diag.SourcePos;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
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
        });
    }

    private String rewrite(Node node, String destination) {
        SourcePos pos = position(node);
        return rewriter.rewrite(destination, pos.file(), pos);
    }

    /** The original position of the block a link sits in (inline spans are not tracked, to keep parsing fast). */
    private SourcePos position(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            List<SourceSpan> spans = n.getSourceSpans();
            if (!spans.isEmpty()) {
                return map.pos(spans.get(0).getLineIndex() + 1, 0);
            }
        }
        return map.pos(1, 0);
    }

    /** Turns a link target as written in {@code originFile} into the URL the built page uses. */
    public interface LinkRewriter {
        String rewrite(String destination, Path originFile, SourcePos pos);
    }
}
