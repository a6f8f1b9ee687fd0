package dev.policysite.markdown.html;

import org.commonmark.node.Block;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An opening tag alone on its line with a {@code markdown} attribute ({@code <div markdown>},
 * {@code markdown="1"}, {@code markdown="block"}) starts a container whose lines are parsed as Markdown, up
 * to the matching closing tag alone on its line. Only block elements qualify; elsewhere the tag stays raw HTML.
 */
final class HtmlContainerParser extends AbstractBlockParser {
    private static final Set<String> BLOCK_TAGS = Set.of("div", "section", "article", "aside", "header", "footer",
            "main", "nav", "details", "figure", "blockquote", "form", "fieldset");
    private static final Pattern OPEN = Pattern.compile("<([A-Za-z][A-Za-z0-9-]*)((?:\\s+[^<>]*)?)>\\s*");
    private static final Pattern ATTR = Pattern.compile(
            "([^\\s\"'<>/=]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+)))?");

    private final HtmlContainer block;
    private final Pattern openTag;
    private final Pattern closeTag;
    private int depth = 1;

    private HtmlContainerParser(HtmlContainer block) {
        this.block = block;
        String t = Pattern.quote(block.tag());
        this.openTag = Pattern.compile("<" + t + "(?=[\\s>/])", Pattern.CASE_INSENSITIVE);
        this.closeTag = Pattern.compile("</" + t + "\\s*>", Pattern.CASE_INSENSITIVE);
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    @Override
    public boolean canContain(Block childBlock) {
        return true;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        // a closing tag shown inside a code sample is not the end of the element
        if (state.getActiveBlockParser().getBlock() instanceof FencedCodeBlock) {
            return BlockContinue.atIndex(state.getIndex());
        }
        CharSequence line = state.getLine().getContent();
        int delta = count(openTag, line) - count(closeTag, line);
        boolean closesAlone = closeTag.matcher(line.toString().strip()).matches();
        if (depth + delta <= 0 && closesAlone) {
            return BlockContinue.finished();
        }
        depth = Math.max(1, depth + delta);
        return BlockContinue.atIndex(state.getIndex());
    }

    private static int count(Pattern p, CharSequence line) {
        int n = 0;
        Matcher m = p.matcher(line);
        while (m.find()) {
            n++;
        }
        return n;
    }

    static final class Factory extends AbstractBlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            if (state.getIndent() >= 4) {
                return BlockStart.none();
            }
            CharSequence line = state.getLine().getContent();
            int start = state.getNextNonSpaceIndex();
            if (line.charAt(start) != '<' || !line.toString().contains("markdown")) {
                return BlockStart.none();
            }
            Matcher m = OPEN.matcher(line).region(start, line.length());
            if (!m.matches() || !BLOCK_TAGS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                return BlockStart.none();
            }
            Map<String, String> attrs = attributes(m.group(2));
            String mode = attrs.remove("markdown");
            if (mode == null || !(mode.isEmpty() || mode.equals("1") || mode.equals("block"))) {
                return BlockStart.none();
            }
            HtmlContainer block = new HtmlContainer(m.group(1).toLowerCase(Locale.ROOT), attrs);
            return BlockStart.of(new HtmlContainerParser(block)).atIndex(line.length());
        }

        private static Map<String, String> attributes(String s) {
            Map<String, String> out = new LinkedHashMap<>();
            Matcher a = ATTR.matcher(s);
            while (a.find()) {
                String v = a.group(2) != null ? a.group(2) : a.group(3) != null ? a.group(3) : a.group(4);
                out.put(a.group(1).toLowerCase(Locale.ROOT), v == null ? "" : v);
            }
            return out;
        }
    }
}
