package dev.policysite.markdown.footnotes;

import dev.policysite.markdown.Nodes;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Python-Markdown's footnote HTML, which MkDocs themes style: {@code <sup id="fnref:1"><a class="footnote-ref"
 * href="#fn:1">1</a></sup>} and {@code <div class="footnote"><hr /><ol><li id="fn:1">…</li></ol></div>}.
 */
final class FootnoteRenderer implements NodeRenderer {
    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    FootnoteRenderer(HtmlNodeRendererContext context) {
        this.context = context;
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(FootnoteReference.class, FootnoteSection.class, FootnoteDefinition.class, FootnoteBackref.class);
    }

    @Override
    public void render(Node node) {
        if (node instanceof FootnoteReference) {
            FootnoteReference r = (FootnoteReference) node;
            String refId = "fnref" + (r.occurrence() > 1 ? Integer.toString(r.occurrence()) : "") + ":" + r.label();
            html.tag("sup", Map.of("id", refId));
            Map<String, String> a = new LinkedHashMap<>();
            a.put("class", "footnote-ref");
            a.put("href", "#fn:" + r.label());
            html.tag("a", a);
            html.text(Integer.toString(r.number()));
            html.tag("/a");
            html.tag("/sup");
        } else if (node instanceof FootnoteSection) {
            html.line();
            html.tag("div", Map.of("class", "footnote"));
            html.line();
            html.tag("hr", Map.of(), true);
            html.line();
            html.tag("ol");
            html.line();
            Nodes.renderChildren(context, node);
            html.tag("/ol");
            html.line();
            html.tag("/div");
            html.line();
        } else if (node instanceof FootnoteDefinition) {
            html.tag("li", Map.of("id", "fn:" + ((FootnoteDefinition) node).label()));
            html.line();
            Nodes.renderChildren(context, node);
            html.tag("/li");
            html.line();
        } else {
            FootnoteDefinition d = ((FootnoteBackref) node).definition();
            html.text("\u00A0");
            Map<String, String> a = new LinkedHashMap<>();
            a.put("class", "footnote-backref");
            a.put("href", "#fnref:" + d.label());
            a.put("title", "Jump back to footnote " + d.number() + " in the text");
            html.tag("a", a);
            html.text("\u21A9");
            html.tag("/a");
        }
    }
}
