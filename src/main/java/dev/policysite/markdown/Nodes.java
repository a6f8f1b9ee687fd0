package dev.policysite.markdown;

import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.renderer.html.HtmlNodeRendererContext;

/** Small helpers over commonmark nodes shared by the extensions. */
public final class Nodes {
    private Nodes() {
    }

    /**
     * Renders each child in turn (a child may be moved while rendering, so take next first). A block's
     * {@link InlineTitle} is skipped: the block prints it in its title element.
     */
    public static void renderChildren(HtmlNodeRendererContext context, Node parent) {
        Node child = parent.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            if (!(child instanceof InlineTitle)) {
                context.render(child);
            }
            child = next;
        }
    }

    /** Prints a block's title: its parsed {@link InlineTitle} if it has one, else {@code plain} as text. */
    public static void renderTitle(HtmlNodeRendererContext context, Node block, String plain) {
        InlineTitle title = InlineTitle.of(block);
        if (title == null) {
            context.getWriter().text(plain);
        } else {
            renderChildren(context, title);
        }
    }

    /** The plain text of a node, as Python-Markdown's toc sees it: text and code spans, no markup. */
    public static String plainText(Node node) {
        StringBuilder sb = new StringBuilder();
        appendText(node, sb);
        return sb.toString();
    }

    private static void appendText(Node node, StringBuilder sb) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Text) {
                sb.append(((Text) c).getLiteral());
            } else if (c instanceof Code) {
                sb.append(((Code) c).getLiteral());
            } else if (c instanceof SoftLineBreak || c instanceof HardLineBreak) {
                sb.append(' ');
            } else {
                appendText(c, sb);
            }
        }
    }
}
