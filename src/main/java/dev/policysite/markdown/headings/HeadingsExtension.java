package dev.policysite.markdown.headings;

import org.commonmark.Extension;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Renders {@link Permalink}s the way MkDocs' toc does: {@code <a class="headerlink" href="#id" title="Permanent link">¶</a>}. */
public final class HeadingsExtension implements HtmlRenderer.HtmlRendererExtension {
    private HeadingsExtension() {
    }

    public static Extension create() {
        return new HeadingsExtension();
    }

    @Override
    public void extend(HtmlRenderer.Builder builder) {
        builder.nodeRendererFactory(context -> new NodeRenderer() {
            @Override
            public Set<Class<? extends Node>> getNodeTypes() {
                return Set.of(Permalink.class);
            }

            @Override
            public void render(Node node) {
                Permalink p = (Permalink) node;
                HtmlWriter html = context.getWriter();
                Map<String, String> attrs = new LinkedHashMap<>();
                attrs.put("class", "headerlink");
                attrs.put("href", "#" + p.id());
                attrs.put("title", "Permanent link");
                html.tag("a", attrs);
                html.text(p.symbol());
                html.tag("/a");
            }
        });
    }
}
