package dev.policysite.markdown.footnotes;

import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.beta.LinkInfo;
import org.commonmark.parser.beta.LinkProcessor;
import org.commonmark.parser.beta.LinkResult;
import org.commonmark.parser.beta.Scanner;

/** Turns {@code [^label]} into a reference when the page defines that label; otherwise it stays text. */
final class FootnoteLinkProcessor implements LinkProcessor {
    @Override
    public LinkResult process(LinkInfo info, Scanner scanner, InlineParserContext context) {
        if (info.marker() != null || info.destination() != null || info.label() != null) {
            return LinkResult.none();
        }
        String text = info.text(scanner);
        if (text == null || text.length() < 2 || text.charAt(0) != '^') {
            return LinkResult.none();
        }
        String label = text.substring(1);
        if (context.getDefinition(FootnoteDefinition.class, label) == null) {
            return LinkResult.none();
        }
        return LinkResult.replaceWith(new FootnoteReference(label), scanner.position());
    }
}
