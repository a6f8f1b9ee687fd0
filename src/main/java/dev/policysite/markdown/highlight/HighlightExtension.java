package dev.policysite.markdown.highlight;

import org.commonmark.Extension;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Build-time syntax highlighting for code blocks (json, yaml, shell, hcl/terraform), so pages need no
 * highlighting script and stay fast from file://. See {@link CodeBlockRenderer} for the HTML.
 */
public final class HighlightExtension implements HtmlRenderer.HtmlRendererExtension {
    private HighlightExtension() {
    }

    public static Extension create() {
        return new HighlightExtension();
    }

    @Override
    public void extend(HtmlRenderer.Builder builder) {
        builder.nodeRendererFactory(CodeBlockRenderer::new);
    }
}
