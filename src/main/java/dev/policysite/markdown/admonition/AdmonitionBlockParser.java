package dev.policysite.markdown.admonition;

import dev.policysite.markdown.IndentedContainerParser;
import dev.policysite.markdown.InlineTitle;
import org.commonmark.node.Block;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

final class AdmonitionBlockParser extends IndentedContainerParser {
    // Python-Markdown's admonition pattern (the space after !!! is optional there too: "!!!note" works)
    private static final Pattern ADMONITION = Pattern.compile("^!!! ?([\\w\\-]+(?: +[\\w\\-]+)*)(?: +\"(.*?)\")? *$");
    // pymdownx.details: classes may be omitted when a title is given
    private static final Pattern DETAILS = Pattern.compile("^\\?\\?\\?(\\+)? *([\\w\\-]+(?: +[\\w\\-]+)*)?(?: *\"(.*?)\")? *$");

    private final Admonition block;

    private AdmonitionBlockParser(Admonition block) {
        this.block = block;
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public void parseInlines(InlineParser inlineParser) {
        InlineTitle.attach(block, block.explicitTitle(), inlineParser);
    }

    static final class Factory extends AbstractBlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            if (state.getIndent() >= IndentedContainerParser.INDENT) {
                return BlockStart.none();
            }
            CharSequence line = state.getLine().getContent();
            int start = state.getNextNonSpaceIndex();
            char c = line.charAt(start);
            if (c != '!' && c != '?') {
                return BlockStart.none();
            }
            String rest = line.subSequence(start, line.length()).toString();
            Admonition a = null;
            if (c == '!') {
                Matcher m = ADMONITION.matcher(rest);
                if (m.matches()) {
                    a = new Admonition(split(m.group(1)), m.group(2), false, false);
                }
            } else {
                Matcher m = DETAILS.matcher(rest);
                if (m.matches() && (m.group(2) != null || m.group(3) != null)) {
                    a = new Admonition(m.group(2) == null ? List.of() : split(m.group(2)), m.group(3), true, m.group(1) != null);
                }
            }
            if (a == null) {
                return BlockStart.none();
            }
            return BlockStart.of(new AdmonitionBlockParser(a)).atIndex(line.length());
        }

        private static List<String> split(String classes) {
            List<String> out = new ArrayList<>();
            for (String s : classes.trim().split(" +")) {
                out.add(s.toLowerCase(java.util.Locale.ROOT));
            }
            return out;
        }
    }
}
