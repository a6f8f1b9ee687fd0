package dev.policysite.markdown;

import org.commonmark.node.Block;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.ParserState;

/**
 * The Python-Markdown block shape shared by admonitions, details and content tabs: a marker line, then a
 * body indented by four columns that may hold any blocks (lists, code fences, nested admonitions). Blank
 * lines stay inside; the first non-blank line indented less than four columns ends the block.
 */
public abstract class IndentedContainerParser<B extends Block> extends AbstractBlockParser {
    public static final int INDENT = 4;

    protected final B block;

    protected IndentedContainerParser(B block) {
        this.block = block;
    }

    @Override
    public B getBlock() {
        return block;
    }

    /**
     * The text of a line that may open such a block: from its first non-space character, when that is
     * {@code marker} and the line is not indented code (four columns or more); else null.
     */
    public static CharSequence markerLine(ParserState state, char marker) {
        if (state.getIndent() >= INDENT) {
            return null;
        }
        CharSequence line = state.getLine().getContent();
        int start = state.getNextNonSpaceIndex();
        if (start >= line.length() || line.charAt(start) != marker) {
            return null;
        }
        return line.subSequence(start, line.length());
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
        if (state.isBlank()) {
            return BlockContinue.atIndex(state.getNextNonSpaceIndex());
        }
        if (state.getIndent() >= INDENT) {
            return BlockContinue.atColumn(state.getColumn() + INDENT);
        }
        return BlockContinue.none();
    }
}
