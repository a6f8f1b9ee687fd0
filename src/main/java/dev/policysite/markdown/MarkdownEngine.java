package dev.policysite.markdown;

import dev.policysite.markdown.admonition.AdmonitionExtension;
import dev.policysite.markdown.attrs.AttrListExtension;
import dev.policysite.markdown.footnotes.FootnotesExtension;
import dev.policysite.markdown.headings.HeadingsExtension;
import dev.policysite.markdown.highlight.HighlightExtension;
import dev.policysite.markdown.html.MarkdownInHtmlExtension;
import dev.policysite.markdown.tabs.TabbedExtension;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import java.util.ArrayList;
import java.util.List;

/**
 * CommonMark + GFM tables + footnotes + the MkDocs dialect (admonitions, details, tabs, attr_list,
 * md_in_html, heading permalinks) + build-time code highlighting. Parser and renderer are built once and are
 * thread-safe; per-page work (ids, links) happens in passes over the parsed document, so the same tree also
 * serves {@code check}.
 */
public final class MarkdownEngine {
    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownEngine() {
        this(List.of());
    }

    /** @param extra further extensions, after the built-in ones */
    public MarkdownEngine(List<Extension> extra) {
        List<Extension> exts = new ArrayList<>(List.of(
                TablesExtension.create(), StrikethroughExtension.create(), FootnotesExtension.create(),
                TaskListItemsExtension.create(), AdmonitionExtension.create(), TabbedExtension.create(),
                AttrListExtension.create(), HeadingsExtension.create(), MarkdownInHtmlExtension.create(),
                HighlightExtension.create()));
        exts.addAll(extra);
        parser = Parser.builder().extensions(exts).includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
        // raw HTML passes through, as in MkDocs (<figure>, <p align="center">, <iframe>)
        renderer = HtmlRenderer.builder().extensions(exts).escapeHtml(false).build();
    }

    public Node parse(String markdown) {
        return parser.parse(markdown);
    }

    public String render(Node document) {
        return renderer.render(document);
    }
}
