package dev.policysite.check;

import dev.policysite.check.BlockValidator.Dialect;
import dev.policysite.diag.SourceMap;
import dev.policysite.diag.SourcePos;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.SourceSpan;

import java.util.List;

/**
 * A code block of a page that {@code check} validates, able to place a position of its own text in the
 * file an author edits: through the block's source spans (which start after container prefixes such as an
 * admonition's indentation or a quote's {@code >}), the fence indentation commonmark stripped, and the
 * page's source map (through includes).
 */
public final class PageBlock {
    private final FencedCodeBlock node;
    private final Dialect dialect;
    private final String text;
    private final String[] lines;
    private final SourceMap map;

    PageBlock(FencedCodeBlock node, Dialect dialect, SourceMap map) {
        this.node = node;
        this.dialect = dialect;
        this.text = node.getLiteral() == null ? "" : node.getLiteral();
        this.lines = text.isEmpty() ? new String[0] : text.split("\n", -1);
        this.map = map;
    }

    public Dialect dialect() {
        return dialect;
    }

    public String text() {
        return text;
    }

    FencedCodeBlock node() {
        return node;
    }

    /** Where the opening fence is written. */
    public SourcePos fence() {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return map.pos(1, 0);
        }
        SourceSpan open = spans.get(0);
        return map.pos(open.getLineIndex() + 1, open.getColumnIndex() + 1);
    }

    /** The original position of 1-based {@code line}, {@code col} of the block text (line 0: the fence; col 0: the whole line). */
    public SourcePos pos(int line, int col) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return map.pos(1, 0);
        }
        if (line <= 0) {
            return map.pos(spans.get(0).getLineIndex() + 1, 0);
        }
        int contentLines = contentLineCount();
        boolean closed = node.getClosingFenceLength() != null;
        if (spans.size() != 1 + contentLines + (closed ? 1 : 0)) {
            // spans do not line up with the text (should not happen): count lines from the fence instead
            SourceSpan open = spans.get(0);
            return map.pos(open.getLineIndex() + 1 + line, col <= 0 ? 0 : open.getColumnIndex() + col);
        }
        if (line > contentLines) {
            // past the last line (e.g. "JSON ends before ... is closed"): the closing fence, or the last line
            SourceSpan last = spans.get(spans.size() - 1);
            return map.pos(last.getLineIndex() + 1, 0);
        }
        SourceSpan span = spans.get(line);
        // the span starts where the container's content starts; commonmark also strips the fence's indentation
        int stripped = Math.max(0, span.getLength() - lines[line - 1].length());
        return map.pos(span.getLineIndex() + 1, col <= 0 ? 0 : span.getColumnIndex() + stripped + col);
    }

    /** Lines of content (the fences not counted). */
    int lineCount() {
        return contentLineCount();
    }

    private int contentLineCount() {
        int n = lines.length;
        return n > 0 && lines[n - 1].isEmpty() ? n - 1 : n;
    }
}
