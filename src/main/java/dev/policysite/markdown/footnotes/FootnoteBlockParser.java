package dev.policysite.markdown.footnotes;

import dev.policysite.markdown.IndentedContainerParser;
import org.commonmark.node.Block;
import org.commonmark.node.DefinitionMap;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A definition: {@code [^label]:} then text; further lines indented by four columns belong to it. */
final class FootnoteBlockParser extends IndentedContainerParser<FootnoteDefinition> {
    private static final Pattern START = Pattern.compile("\\[\\^([^\\]\\s]+)\\]:[ \\t]*");


    private FootnoteBlockParser(FootnoteDefinition block) {
        super(block);
    }


    /** Makes the label known to the inline parser, so only defined labels become references. */
    @Override
    public List<DefinitionMap<?>> getDefinitions() {
        DefinitionMap<FootnoteDefinition> map = new DefinitionMap<>(FootnoteDefinition.class);
        map.putIfAbsent(block.label(), block);
        return List.of(map);
    }

    static final class Factory extends AbstractBlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            CharSequence marked = markerLine(state, '[');
            if (marked == null || marked.length() < 5 || marked.charAt(1) != '^') {
                return BlockStart.none();
            }
            CharSequence line = state.getLine().getContent();
            int start = state.getNextNonSpaceIndex();
            Matcher m = START.matcher(line).region(start, line.length());
            if (!m.lookingAt()) {
                return BlockStart.none();
            }
            return BlockStart.of(new FootnoteBlockParser(new FootnoteDefinition(m.group(1)))).atIndex(m.end());
        }
    }
}
