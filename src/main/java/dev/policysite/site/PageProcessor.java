package dev.policysite.site;

import dev.policysite.content.FrontMatter;
import dev.policysite.content.SourcePage;
import dev.policysite.content.TextFiles;
import dev.policysite.diag.Diagnostics;
import dev.policysite.diag.SourceMap;
import dev.policysite.include.Expanded;
import dev.policysite.include.IncludeExpander;
import dev.policysite.markdown.MarkdownEngine;
import dev.policysite.markdown.headings.HeadingPass;
import dev.policysite.markdown.links.LinkPass;
import dev.policysite.render.PageTemplater;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The content phase for one page: read → front matter → includes → page templating → Markdown → passes
 * (heading ids, links) → body HTML. Stateless between pages, so pages run in parallel.
 */
public final class PageProcessor {
    private final Path docsDir;
    private final MarkdownEngine markdown;
    private final IncludeExpander includes;
    private final PageTemplater templater;
    private final Map<String, Object> templateVariables;
    private final Map<String, SourcePage> pages;
    private final Set<String> assets;
    private final String permalinkSymbol;
    private final Diagnostics diagnostics;
    private boolean retainDocuments;
    private java.util.function.BiConsumer<ProcessedPage, Node> documentListener = (page, doc) -> { };

    public PageProcessor(Path docsDir, MarkdownEngine markdown, IncludeExpander includes, PageTemplater templater,
                         Map<String, Object> templateVariables, Map<String, SourcePage> pages, Set<String> assets,
                         String permalinkSymbol, Diagnostics diagnostics) {
        this.docsDir = docsDir;
        this.markdown = markdown;
        this.includes = includes;
        this.templater = templater;
        this.templateVariables = templateVariables;
        this.pages = pages;
        this.assets = assets;
        this.permalinkSymbol = permalinkSymbol;
        this.diagnostics = diagnostics;
    }

    /** Keep each page's parsed document and source map (check needs them; a plain build does not). */
    /** Sees each page's parsed document before it is dropped (plugins read it instead of re-parsing HTML). */
    public PageProcessor onDocument(java.util.function.BiConsumer<ProcessedPage, Node> listener) {
        this.documentListener = listener;
        return this;
    }

    public PageProcessor retainDocuments(boolean retain) {
        this.retainDocuments = retain;
        return this;
    }

    public ProcessedPage process(SourcePage page) {
        return process(page, TextFiles.readUtf8(page.file()));
    }

    public ProcessedPage process(SourcePage page, String raw) {
        FrontMatter fm = FrontMatter.split(page.file(), raw);
        Expanded expanded = includes.expand(page.file(), fm.body(), fm.bodyFirstLine());
        String text = expanded.text();
        SourceMap map = expanded.map();
        if (PageTemplater.needsTemplating(text) && !Boolean.FALSE.equals(fm.meta().get("template_markdown"))) {
            Map<String, Object> model = new HashMap<>(templateVariables);
            model.put("page", Map.of("meta", fm.meta(), "url", page.url(), "path", page.relPath()));
            PageTemplater.Result r = templater.render(page.file(), text, map, model);
            text = r.text();
            map = r.map();
        }
        Node doc = markdown.parse(text);
        warnUnclosedFences(doc, map);
        HeadingPass headings = new HeadingPass(permalinkSymbol);
        headings.run(doc);
        new LinkPass(map, new PageLinks(docsDir, page, pages, assets, diagnostics)).run(doc);
        String html = markdown.render(doc);
        ProcessedPage done = new ProcessedPage(page, fm, html, headings.toc(), headings.firstH1(), expanded.dependencies(),
                retainDocuments ? doc : null, retainDocuments ? map : null);
        documentListener.accept(done, doc);
        return done;
    }

    private void warnUnclosedFences(Node doc, SourceMap map) {
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(FencedCodeBlock block) {
                if (block.getClosingFenceLength() == null && !block.getSourceSpans().isEmpty()) {
                    diagnostics.warn("markdown.unclosed-fence", map.pos(block.getSourceSpans().get(0).getLineIndex() + 1, 0),
                            "code fence is never closed: the rest of the block is shown as code",
                            "add a closing " + block.getFenceCharacter().repeat(Math.max(3, block.getOpeningFenceLength())) + " line");
                }
            }
        });
    }
}
