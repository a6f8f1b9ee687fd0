package dev.policysite.markdown.footnotes;

import org.commonmark.Extension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Python-Markdown's footnotes ({@code [^1]} and {@code [^1]: text}). Written here rather than taken from
 * commonmark-ext-footnotes: no release of that extension matches commonmark 0.32 (0.30 fails at run time on
 * every bracket), and MkDocs themes expect Python-Markdown's ids and classes anyway.
 */
public final class FootnotesExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    private FootnotesExtension() {
    }

    public static Extension create() {
        return new FootnotesExtension();
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new FootnoteBlockParser.Factory());
        builder.linkProcessor(new FootnoteLinkProcessor());
        builder.postProcessor(new FootnoteCollector());
    }

    @Override
    public void extend(HtmlRenderer.Builder builder) {
        builder.nodeRendererFactory(FootnoteRenderer::new);
    }
}
