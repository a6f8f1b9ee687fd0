package dev.policysite.markdown.attrs;

import org.commonmark.Extension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlRenderer;

import java.util.Set;

/** Python-Markdown's attr_list: {@code {: #id .class key="value"}} on inline elements, headings and paragraphs. */
public final class AttrListExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    private AttrListExtension() {
    }

    public static Extension create() {
        return new AttrListExtension();
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessor(new AttrListPostProcessor());
    }

    @Override
    public void extend(HtmlRenderer.Builder builder) {
        builder.attributeProviderFactory(context -> new AttrListAttributeProvider());
        // the node itself prints nothing: its attributes are already on its parent's tag
        builder.nodeRendererFactory(context -> new NodeRenderer() {
            @Override
            public Set<Class<? extends Node>> getNodeTypes() {
                return Set.of(AttrList.class);
            }

            @Override
            public void render(Node node) {
            }
        });
    }
}
