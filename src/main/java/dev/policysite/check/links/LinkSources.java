package dev.policysite.check.links;

import dev.policysite.diag.SourceMap;
import dev.policysite.diag.SourcePos;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the links of one built page were written. A URL of the HTML is the page's own when the parsed
 * document has a link or image with that destination (after the build rewrote {@code .md} paths), or raw
 * HTML containing it; anything else came from the theme. Block source spans give the lines; the column is
 * found by searching those lines of the original files for the target as written.
 */
public final class LinkSources {
    private final SourceMap map;
    private final SourceLines lines;
    private final Map<String, List<int[]>> byDestination = new HashMap<>();
    private final List<Raw> rawHtml = new ArrayList<>();
    private final Map<String, Integer> seen = new HashMap<>();

    private record Raw(String literal, int[] lines) {
    }

    public LinkSources(Node document, SourceMap map, SourceLines lines) {
        this.map = map;
        this.lines = lines;
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                add(link.getDestination(), link);
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                add(image.getDestination(), image);
                visitChildren(image);
            }

            @Override
            public void visit(HtmlBlock html) {
                rawHtml.add(new Raw(html.getLiteral(), blockLines(html)));
            }

            @Override
            public void visit(HtmlInline html) {
                rawHtml.add(new Raw(html.getLiteral(), blockLines(html)));
            }
        });
    }

    private void add(String destination, Node node) {
        byDestination.computeIfAbsent(Urls.lenientDecode(destination == null ? "" : destination), k -> new ArrayList<>())
                .add(blockLines(node));
    }

    /**
     * The lines (first, last; 1-based in the parsed text) where the next occurrence of {@code href} on the
     * page was written, or null when the page's source has no such link: it came from the theme. Call once
     * per occurrence, in page order.
     */
    public int[] occurrence(String href) {
        String key = Urls.lenientDecode(href);
        int n = seen.merge(key, 1, Integer::sum) - 1;
        List<int[]> written = byDestination.get(key);
        if (written != null) {
            return n < written.size() ? written.get(n) : null;
        }
        for (Raw r : rawHtml) {
            if (hasAttributeValue(r.literal, href) || hasAttributeValue(r.literal, key)) {
                return r.lines;
            }
        }
        return null;
    }

    /** Whether raw HTML has an attribute with exactly this value (quoted either way, or unquoted). */
    static boolean hasAttributeValue(String html, String value) {
        for (int i = html.indexOf(value); i >= 0; i = html.indexOf(value, i + 1)) {
            char before = i > 0 ? html.charAt(i - 1) : ' ';
            int end = i + value.length();
            char after = end < html.length() ? html.charAt(end) : ' ';
            if ((before == '"' && after == '"') || (before == '\'' && after == '\'')
                    || (before == '=' && (Character.isWhitespace(after) || after == '>'))) {
                return true;
            }
        }
        return false;
    }

    /** The original position of {@code href} within the lines of an {@link #occurrence(String)}. */
    public SourcePos position(int[] range, String href) {
        return search(range, href);
    }

    /** The first line of the range (in the original files) that contains the target as written, with its column. */
    private SourcePos search(int[] range, String href) {
        for (String needle : needles(href)) {
            for (int l = range[0]; l <= range[1]; l++) {
                SourcePos at = map.pos(l, 0);
                int i = lines.line(at.file(), at.line()).indexOf(needle);
                if (i >= 0) {
                    return at.withCol(i + 1);
                }
            }
        }
        return map.pos(range[0], 0);
    }

    /** What to look for, most exact first: the target, its anchor, its last path segment (a rewritten .md link keeps its name). */
    private static List<String> needles(String href) {
        List<String> out = new ArrayList<>(3);
        if (href.isBlank()) {
            return List.of("()", "\"\"", "''"); // an empty target: [text]() or href=""
        }
        out.add(href);
        int hash = href.indexOf('#');
        if (hash >= 0 && hash < href.length() - 1) {
            out.add(href.substring(hash));
        }
        String path = hash < 0 ? href : href.substring(0, hash);
        int q = path.indexOf('?');
        path = q < 0 ? path : path.substring(0, q);
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        if (last.endsWith(".html")) {
            last = last.substring(0, last.length() - 5);
        }
        if (!last.isEmpty() && !last.equals("..") && !last.equals(".")) {
            out.add(last);
        }
        return out;
    }

    /** The first and last line (1-based, of the parsed text) of the block a node sits in. */
    private static int[] blockLines(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            List<SourceSpan> spans = n.getSourceSpans();
            if (!spans.isEmpty()) {
                return new int[] {spans.get(0).getLineIndex() + 1, spans.get(spans.size() - 1).getLineIndex() + 1};
            }
        }
        return new int[] {1, 1};
    }
}
