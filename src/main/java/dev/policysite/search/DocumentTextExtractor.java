package dev.policysite.search;

import dev.policysite.markdown.Nodes;
import dev.policysite.markdown.attrs.AttrList;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * The search text of a page read from its Markdown document, as the build has it anyway: the same sections
 * and budgets as {@link PageTextExtractor} (which reads HTML) without parsing the page's HTML again.
 * Raw HTML blocks are not indexed.
 */
final class DocumentTextExtractor {
    private DocumentTextExtractor() {
    }

    static PageTextExtractor.Result extract(Node document) {
        SectionCollector out = new SectionCollector();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                AttrList attrs = AttrList.of(heading);
                String id = attrs == null ? null : attrs.attributes().get("id");
                if (heading.getLevel() >= 2 && id != null) {
                    out.section(id, Nodes.plainText(heading).strip());
                }
                // the h1 is the page title; headings' own text is their section's title, not its text
            }

            @Override
            public void visit(Text text) {
                out.text(text.getLiteral(), false);
            }

            @Override
            public void visit(Code code) {
                out.text(code.getLiteral(), false);
            }

            @Override
            public void visit(SoftLineBreak br) {
                out.space();
            }

            @Override
            public void visit(HardLineBreak br) {
                out.space();
            }

            @Override
            public void visit(FencedCodeBlock block) {
                code(block.getLiteral());
            }

            @Override
            public void visit(IndentedCodeBlock block) {
                code(block.getLiteral());
            }

            @Override
            public void visit(CustomBlock block) {
                blockChildren(block);
            }

            @Override
            protected void visitChildren(Node parent) {
                // table rows and cells are custom nodes, not blocks: their text is separate words too
                if (parent instanceof Block || parent instanceof org.commonmark.node.CustomNode) {
                    blockChildren(parent);
                } else {
                    super.visitChildren(parent);
                }
            }

            private void blockChildren(Node block) {
                out.space();
                super.visitChildren(block);
                out.space();
            }

            private void code(String literal) {
                out.space();
                out.text(literal, true);
                out.space();
            }
        });
        return out.finish();
    }
}
