package dev.policysite.markdown.admonition;

import org.commonmark.Extension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/** Python-Markdown admonitions ({@code !!!}) and pymdownx.details ({@code ???}, {@code ???+}). */
public final class AdmonitionExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    private AdmonitionExtension() {
    }

    public static Extension create() {
        return new AdmonitionExtension();
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new AdmonitionBlockParser.Factory());
    }

    @Override
    public void extend(HtmlRenderer.Builder builder) {
        builder.nodeRendererFactory(AdmonitionRenderer::new);
    }
}
