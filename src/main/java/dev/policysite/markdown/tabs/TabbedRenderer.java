package dev.policysite.markdown.tabs;

import dev.policysite.markdown.Nodes;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * pymdownx.tabbed's "alternate" structure (what Material for MkDocs styles): radio inputs first, then
 * {@code div.tabbed-labels} and {@code div.tabbed-content > div.tabbed-block}. Tabs switch with CSS alone;
 * the theme's script only remembers the choice. A renderer lives for one page, so ids count per page.
 */
final class TabbedRenderer implements NodeRenderer {
    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;
    private int sets;

    TabbedRenderer(HtmlNodeRendererContext context) {
        this.context = context;
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(TabbedSet.class, Tab.class);
    }

    @Override
    public void render(Node node) {
        if (node instanceof Tab) {
            // a tab outside a set cannot happen after TabGrouper; render its content plainly
            Nodes.renderChildren(context, node);
            return;
        }
        int set = ++sets;
        List<Tab> tabs = new ArrayList<>();
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            tabs.add((Tab) n);
        }
        int checked = 0;
        for (int i = 0; i < tabs.size(); i++) {
            if (tabs.get(i).selected()) {
                checked = i;
            }
        }
        html.line();
        Map<String, String> attrs = new LinkedHashMap<>();
        attrs.put("class", "tabbed-set tabbed-alternate");
        attrs.put("data-tabs", set + ":" + tabs.size());
        html.tag("div", context.extendAttributes(node, "div", attrs));
        for (int i = 0; i < tabs.size(); i++) {
            Map<String, String> in = new LinkedHashMap<>();
            if (i == checked) {
                in.put("checked", "checked");
            }
            in.put("id", id(set, i));
            in.put("name", "__tabbed_" + set);
            in.put("type", "radio");
            html.tag("input", in, true);
        }
        html.tag("div", Map.of("class", "tabbed-labels"));
        for (int i = 0; i < tabs.size(); i++) {
            html.tag("label", Map.of("for", id(set, i)));
            Nodes.renderTitle(context, tabs.get(i), tabs.get(i).label());
            html.tag("/label");
        }
        html.tag("/div");
        html.tag("div", Map.of("class", "tabbed-content"));
        for (Tab tab : tabs) {
            html.tag("div", Map.of("class", "tabbed-block"));
            Nodes.renderChildren(context, tab);
            html.tag("/div");
        }
        html.tag("/div");
        html.tag("/div");
        html.line();
    }

    private static String id(int set, int i) {
        return "__tabbed_" + set + "_" + (i + 1);
    }
}
