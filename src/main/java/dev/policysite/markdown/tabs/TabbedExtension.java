package dev.policysite.markdown.tabs;

import org.commonmark.Extension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/** pymdownx.tabbed content tabs: {@code === "Label"} blocks with indented bodies. */
public final class TabbedExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    private TabbedExtension() {
    }

    public static Extension create() {
        return new TabbedExtension();
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new TabBlockParser.Factory());
        builder.postProcessor(new TabGrouper());
    }

    @Override
    public void extend(HtmlRenderer.Builder builder) {
        builder.nodeRendererFactory(TabbedRenderer::new);
    }
}
