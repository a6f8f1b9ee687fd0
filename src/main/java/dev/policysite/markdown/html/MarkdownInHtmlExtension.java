package dev.policysite.markdown.html;

import dev.policysite.markdown.Nodes;
import org.commonmark.Extension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

import java.util.Set;
import java.util.TreeMap;

/** Python-Markdown's md_in_html: Markdown inside {@code <div markdown>} and other block elements. */
public final class MarkdownInHtmlExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    private MarkdownInHtmlExtension() {
    }

    public static Extension create() {
        return new MarkdownInHtmlExtension();
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new HtmlContainerParser.Factory());
    }

    @Override
    public void extend(HtmlRenderer.Builder builder) {
        builder.nodeRendererFactory(context -> new NodeRenderer() {
            @Override
            public Set<Class<? extends Node>> getNodeTypes() {
                return Set.of(HtmlContainer.class);
            }

            @Override
            public void render(Node node) {
                HtmlContainer c = (HtmlContainer) node;
                HtmlWriter html = context.getWriter();
                html.line();
                // the markdown attribute is dropped, as Python-Markdown does; sorted for stable output
                html.tag(c.tag(), context.extendAttributes(c, c.tag(), new TreeMap<>(c.attributes())));
                html.line();
                Nodes.renderChildren(context, c);
                html.tag("/" + c.tag());
                html.line();
            }
        });
    }
}
