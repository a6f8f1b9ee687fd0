package dev.policysite.check;

import dev.policysite.check.BlockValidator.Dialect;
import dev.policysite.diag.Finding;
import dev.policysite.diag.Severity;
import dev.policysite.diag.SourceMap;
import dev.policysite.diag.SourcePos;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds, in one parsed page, the code blocks {@code check} validates and the ignore comments in front of
 * them. A block is checked when its fence says {@code json} or {@code jsonc}, or when it has no language
 * but holds what looks like a policy (starts with <code>{</code> and names {@code "Statement"} or
 * {@code "Effect"}): seed pages sometimes forget the language.
 */
public final class BlockFinder {

    /** The blocks of a page, the ignore comments attached to each, and warnings about misplaced comments. */
    public record Found(List<PageBlock> blocks, Map<PageBlock, List<IgnoreComment>> ignores, List<Finding> warnings) {
    }

    private BlockFinder() {
    }

    public static Found find(Node document, SourceMap map) {
        List<PageBlock> blocks = new ArrayList<>();
        Map<FencedCodeBlock, PageBlock> byNode = new IdentityHashMap<>();
        List<HtmlBlock> directives = new ArrayList<>();
        List<Finding> warnings = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(FencedCodeBlock block) {
                Dialect d = dialectOf(block);
                if (d != null) {
                    PageBlock pb = new PageBlock(block, d, map);
                    blocks.add(pb);
                    byNode.put(block, pb);
                }
            }

            @Override
            public void visit(HtmlBlock html) {
                if (IgnoreComment.mayBeDirective(html.getLiteral())) {
                    directives.add(html);
                }
            }

            @Override
            public void visit(HtmlInline html) {
                if (IgnoreComment.mayBeDirective(html.getLiteral()) && read(html.getLiteral(), position(html, map), warnings) != null) {
                    warnings.add(Finding.warning(CheckCodes.UNUSED_IGNORE, position(html, map),
                            "ignore comment inside a paragraph silences nothing",
                            "put it on its own line directly before the code fence it is for"));
                }
            }
        });
        Map<PageBlock, List<IgnoreComment>> ignores = new IdentityHashMap<>();
        for (HtmlBlock html : directives) {
            SourcePos pos = position(html, map);
            IgnoreComment c = read(html.getLiteral(), pos, warnings);
            if (c == null) {
                continue;
            }
            Node next = html.getNext();
            while (next instanceof HtmlBlock && IgnoreComment.mayBeDirective(((HtmlBlock) next).getLiteral())) {
                next = next.getNext();
            }
            PageBlock target = next instanceof FencedCodeBlock ? byNode.get(next) : null;
            if (target == null) {
                warnings.add(Finding.warning(CheckCodes.UNUSED_IGNORE, pos,
                        next instanceof FencedCodeBlock ? "ignore comment silences nothing: the code block after it is not checked"
                                : "ignore comment silences nothing: it is not directly before a code block",
                        "remove the comment, or move it directly above the ```json fence it is for"));
            } else {
                ignores.computeIfAbsent(target, k -> new ArrayList<>()).add(c);
            }
        }
        return new Found(blocks, ignores, warnings);
    }

    private static IgnoreComment read(String literal, SourcePos pos, List<Finding> warnings) {
        try {
            return IgnoreComment.parse(literal, pos);
        } catch (IllegalArgumentException e) {
            warnings.add(new Finding(CheckCodes.BAD_DIRECTIVE, Severity.WARNING, pos, e.getMessage(),
                    "the only directive is <!-- policysite: ignore CODE ... -->"));
            return null;
        }
    }

    /** The language a fence is checked as, or null when it is not checked. */
    static Dialect dialectOf(FencedCodeBlock block) {
        String lang = language(block.getInfo());
        switch (lang) {
            case "json":
                return Dialect.JSON;
            case "jsonc":
                return Dialect.JSONC;
            case "":
                return looksLikePolicy(block.getLiteral()) ? Dialect.JSON : null;
            default:
                return null;
        }
    }

    /** The first word of the info string ({@code json title="x"}), or the first class of {@code {.json .x}}. */
    static String language(String info) {
        String s = info == null ? "" : info.strip();
        if (s.startsWith("{")) {
            int dot = s.indexOf('.');
            if (dot < 0) {
                return "";
            }
            s = s.substring(dot + 1);
        }
        int end = 0;
        while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != '{' && s.charAt(end) != '}') {
            end++;
        }
        return s.substring(0, end).toLowerCase(Locale.ROOT);
    }

    private static boolean looksLikePolicy(String literal) {
        if (literal == null) {
            return false;
        }
        String t = literal.stripLeading();
        return t.startsWith("{") && (t.contains("\"Statement\"") || t.contains("\"Effect\""));
    }

    private static SourcePos position(Node node, SourceMap map) {
        for (Node n = node; n != null; n = n.getParent()) {
            List<SourceSpan> spans = n.getSourceSpans();
            if (!spans.isEmpty()) {
                SourceSpan s = spans.get(0);
                return map.pos(s.getLineIndex() + 1, n == node ? s.getColumnIndex() + 1 : 0);
            }
        }
        return map.pos(1, 0);
    }
}
