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
public abstract class IndentedContainerParser extends AbstractBlockParser {
    public static final int INDENT = 4;

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
