package dev.policysite.markdown.admonition;

import dev.policysite.markdown.Nodes;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Renders MkDocs' exact structure so existing stylesheets keep working:
 * {@code <div class="admonition note"><p class="admonition-title">Note</p>…</div>} and
 * {@code <details class="note" open><summary>Note</summary>…</details>}. Written titles are inline Markdown.
 */
final class AdmonitionRenderer implements NodeRenderer {
    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    AdmonitionRenderer(HtmlNodeRendererContext context) {
        this.context = context;
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Admonition.class);
    }

    @Override
    public void render(Node node) {
        Admonition a = (Admonition) node;
        Map<String, String> attrs = new LinkedHashMap<>();
        String classes = String.join(" ", a.classes());
        html.line();
        if (a.collapsible()) {
            if (!classes.isEmpty()) {
                attrs.put("class", classes);
            }
            if (a.open()) {
                attrs.put("open", "open");
            }
            html.tag("details", context.extendAttributes(a, "details", attrs));
            html.tag("summary");
            Nodes.renderTitle(context, a, a.displayTitle());
            html.tag("/summary");
            Nodes.renderChildren(context, a);
            html.tag("/details");
        } else {
            attrs.put("class", ("admonition " + classes).trim());
            html.tag("div", context.extendAttributes(a, "div", attrs));
            if (!a.displayTitle().isEmpty()) {
                html.tag("p", Map.of("class", "admonition-title"));
                Nodes.renderTitle(context, a, a.displayTitle());
                html.tag("/p");
            }
            Nodes.renderChildren(context, a);
            html.tag("/div");
        }
        html.line();
    }
}
