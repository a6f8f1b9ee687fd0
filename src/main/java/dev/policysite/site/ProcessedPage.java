package dev.policysite.site;

import dev.policysite.content.FrontMatter;
import dev.policysite.content.SourcePage;
import dev.policysite.diag.SourceMap;
import dev.policysite.markdown.headings.TocEntry;
import org.commonmark.node.Node;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * A page after the content phase: its front matter, body HTML, table of contents and first heading. The
 * parsed document and its source map are kept so checks read exactly what the build rendered.
 */
public record ProcessedPage(SourcePage source, FrontMatter frontMatter, String html, List<TocEntry> toc,
                            String firstH1, Set<Path> dependencies, Node document, SourceMap map) {
}
