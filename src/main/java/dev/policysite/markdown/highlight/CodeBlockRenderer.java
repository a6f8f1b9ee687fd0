package dev.policysite.markdown.highlight;

import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Code blocks, highlighted at build time:
 * <pre>{@code
 * <div class="ps-code"><div class="ps-code-title">policy.json</div>
 * <pre data-policy="…"><code class="language-json"><span class="tok-key">"Version"</span>…</code></pre></div>
 * }</pre>
 * The title bar comes from {@code title="…"}; {@code hl_lines} and {@code linenums} mark lines (see
 * {@link HtmlTokenWriter}); {@code data-*} fence attributes land on the {@code <pre>} (the
 * theme's script turns {@code pre[data-policy]} into Download and builder links); {@code #id} and
 * {@code .class} go on the wrapper.
 */
final class CodeBlockRenderer implements NodeRenderer {
    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    CodeBlockRenderer(HtmlNodeRendererContext context) {
        this.context = context;
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(FencedCodeBlock.class, IndentedCodeBlock.class);
    }

    @Override
    public void render(Node node) {
        FenceInfo info;
        String code;
        if (node instanceof FencedCodeBlock) {
            FencedCodeBlock f = (FencedCodeBlock) node;
            info = FenceInfo.parse(f.getInfo());
            code = f.getLiteral();
        } else {
            info = FenceInfo.parse("");
            code = ((IndentedCodeBlock) node).getLiteral();
        }
        html.line();
        Map<String, String> wrapper = new LinkedHashMap<>();
        StringBuilder cls = new StringBuilder("ps-code");
        for (String c : info.classes()) {
            cls.append(' ').append(c);
        }
        wrapper.put("class", cls.toString());
        if (info.attributes().containsKey("id")) {
            wrapper.put("id", info.attributes().get("id"));
        }
        html.tag("div", wrapper);
        if (info.title() != null && !info.title().isEmpty()) {
            html.tag("div", Map.of("class", "ps-code-title"));
            html.text(info.title());
            html.tag("/div");
        }
        Map<String, String> pre = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : info.attributes().entrySet()) {
            if (e.getKey().startsWith("data-")) {
                pre.put(e.getKey(), e.getValue());
            }
        }
        html.tag("pre", context.extendAttributes(node, "pre", pre));
        LineStyle lines = info.lineStyle();
        Map<String, String> codeAttrs = new LinkedHashMap<>();
        String codeClass = info.language().isEmpty() ? "" : "language-" + info.language();
        if (lines.firstNumber() > 0) {
            // numbers are CSS counters: they show, but are neither selected nor copied with the code
            codeClass = (codeClass + " ps-linenums").trim();
            codeAttrs.put("style", "counter-reset: ps-line " + (lines.firstNumber() - 1));
        }
        if (!codeClass.isEmpty()) {
            codeAttrs.put("class", codeClass);
        }
        html.tag("code", context.extendAttributes(node, "code", codeAttrs));
        html.raw(Languages.highlight(info.language(), code, lines));
        html.tag("/code");
        html.tag("/pre");
        html.tag("/div");
        html.line();
    }
}
