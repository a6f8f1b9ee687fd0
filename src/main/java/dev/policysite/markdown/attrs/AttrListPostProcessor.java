package dev.policysite.markdown.attrs;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Finds attr_list syntax in text and moves it onto the element it belongs to, as Python-Markdown does:
 * right after an inline element ({@code [a](b){: target="_blank"}}), at the end of a heading
 * ({@code ## Title {: #custom }}), or alone on the last line of a paragraph.
 */
final class AttrListPostProcessor implements PostProcessor {
    @Override
    public Node process(Node document) {
        List<Text> texts = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                if (text.getLiteral().indexOf('{') >= 0) {
                    texts.add(text);
                }
            }
        });
        for (Text t : texts) {
            apply(t);
        }
        return document;
    }

    private static void apply(Text text) {
        String lit = text.getLiteral();
        Node prev = text.getPrevious();
        Node parent = text.getParent();
        // inline: "{...}" right after a link, image, emphasis or code span
        if (lit.startsWith("{") && isInlineTarget(prev)) {
            Matcher m = AttrListSyntax.BLOCK.matcher(lit);
            if (m.lookingAt()) {
                Map<String, String> attrs = AttrListSyntax.parse(m.group(1));
                if (attrs != null) {
                    attach(prev, attrs);
                    setOrRemove(text, lit.substring(m.end()));
                    return;
                }
            }
        }
        // end of a heading, or a paragraph's own last line
        if (text.getNext() == null && lit.endsWith("}")) {
            boolean heading = parent instanceof Heading;
            boolean ownLine = parent instanceof Paragraph && (prev == null || prev instanceof SoftLineBreak)
                    && lit.startsWith("{");
            if (heading || ownLine) {
                int open = lit.lastIndexOf('{');
                Matcher m = AttrListSyntax.BLOCK.matcher(lit.substring(open));
                if (m.matches()) {
                    Map<String, String> attrs = AttrListSyntax.parse(m.group(1));
                    if (attrs != null) {
                        attach(parent, attrs);
                        String rest = lit.substring(0, open).stripTrailing();
                        if (rest.isEmpty() && prev instanceof SoftLineBreak) {
                            prev.unlink();
                        }
                        setOrRemove(text, rest);
                    }
                }
            }
        }
    }

    private static boolean isInlineTarget(Node n) {
        return n instanceof Link || n instanceof Image || n instanceof Emphasis || n instanceof StrongEmphasis
                || n instanceof Code;
    }

    private static void attach(Node target, Map<String, String> attrs) {
        AttrList list = AttrList.on(target);
        attrs.forEach(list::put);
    }

    private static void setOrRemove(Text text, String literal) {
        if (literal.isEmpty()) {
            text.unlink();
        } else {
            text.setLiteral(literal);
        }
    }
}
