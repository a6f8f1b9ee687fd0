package dev.policysite.markdown.tabs;

import dev.policysite.markdown.IndentedContainerParser;
import dev.policysite.markdown.InlineTitle;
import org.commonmark.node.Block;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

final class TabBlockParser extends IndentedContainerParser {
    // pymdownx.tabbed: === "Label", ===! "Label" (new set), ===+ "Label" (selected)
    private static final Pattern TAB = Pattern.compile("^===(!)?(\\+)? +\"(.*)\" *$");

    private final Tab block;

    private TabBlockParser(Tab block) {
        this.block = block;
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public void parseInlines(InlineParser inlineParser) {
        InlineTitle.attach(block, block.label(), inlineParser);
    }

    static final class Factory extends AbstractBlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            if (state.getIndent() >= IndentedContainerParser.INDENT) {
                return BlockStart.none();
            }
            CharSequence line = state.getLine().getContent();
            int start = state.getNextNonSpaceIndex();
            if (line.length() - start < 5 || line.charAt(start) != '=') {
                return BlockStart.none();
            }
            Matcher m = TAB.matcher(line.subSequence(start, line.length()));
            if (!m.matches()) {
                return BlockStart.none();
            }
            Tab tab = new Tab(m.group(3), m.group(1) != null, m.group(2) != null);
            return BlockStart.of(new TabBlockParser(tab)).atIndex(line.length());
        }
    }
}
