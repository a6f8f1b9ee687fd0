package dev.policysite.check;

import dev.policysite.content.SourcePage;
import dev.policysite.diag.Finding;
import dev.policysite.diag.SourceMap;
import org.commonmark.node.Node;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The source checks of one page: every JSON block through the validator and the model, then the ignore
 * comments in front of each block applied (and reported when they silence nothing).
 */
public final class BlockChecks {
    private final CheckEngines engines;
    private Set<String> skipLines = Set.of();

    public BlockChecks(CheckEngines engines) {
        this.engines = engines;
    }

    /**
     * Lines ({@link #lineKey}) where the build reported an error, such as an include that could not be
     * expanded: a block holding one is incomplete, so it is not checked (its empty or partial text would only
     * repeat that error).
     */
    public BlockChecks skipLines(Set<String> lines) {
        this.skipLines = Set.copyOf(lines);
        return this;
    }

    static String lineKey(dev.policysite.diag.SourcePos pos) {
        return pos.file() + ":" + pos.line();
    }

    /** The findings of one page and how many blocks it had. */
    public record Result(List<Finding> findings, int blocks) {
    }

    public Result check(SourcePage page, Node document, SourceMap map) {
        BlockFinder.Found found = BlockFinder.find(document, map);
        List<PageBlock> blocks = found.blocks();
        List<List<Finding>> issues = new ArrayList<>(blocks.size());
        List<JsonBlock> parsed = new ArrayList<>();
        List<Integer> parsedAt = new ArrayList<>();
        for (PageBlock block : blocks) {
            if (holdsSkippedLine(block)) {
                issues.add(new ArrayList<>());
                continue;
            }
            BlockCheck result = engines.blocks().check(block.text(), block.dialect());
            issues.add(new ArrayList<>(result.issues()));
            if (result.value() != null) {
                parsed.add(new JsonBlock(page, block.fence(), block.text(), result.value(), result.kind()));
                parsedAt.add(issues.size() - 1);
            }
        }
        // the model looks at the page's blocks together: a placeholder may be written two ways in two blocks
        List<List<Finding>> model = parsed.isEmpty() ? List.of() : engines.model().checkPage(parsed);
        for (int k = 0; k < model.size(); k++) {
            issues.get(parsedAt.get(k)).addAll(model.get(k));
        }
        List<Finding> out = new ArrayList<>(found.warnings());
        for (int b = 0; b < blocks.size(); b++) {
            PageBlock block = blocks.get(b);
            List<Finding> findings = new ArrayList<>(issues.get(b).size());
            for (Finding i : issues.get(b)) {
                findings.add(i.at(block.pos(i.pos().line(), i.pos().col())));
            }
            out.addAll(applyIgnores(findings, found.ignores().getOrDefault(block, List.of())));
        }
        return new Result(out, blocks.size());
    }

    private boolean holdsSkippedLine(PageBlock block) {
        if (skipLines.isEmpty()) {
            return false;
        }
        for (int line = 0; line <= block.lineCount(); line++) {
            if (skipLines.contains(lineKey(block.pos(line, 0)))) {
                return true;
            }
        }
        return false;
    }

    /** Drops what the comments silence; each comment (or code of it) that silenced nothing becomes a warning. */
    private static List<Finding> applyIgnores(List<Finding> findings, List<IgnoreComment> ignores) {
        if (ignores.isEmpty()) {
            return findings;
        }
        Set<String> found = new HashSet<>();
        findings.forEach(f -> found.add(f.code()));
        List<Finding> kept = new ArrayList<>();
        for (Finding f : findings) {
            if (ignores.stream().noneMatch(c -> c.silences(f.code()))) {
                kept.add(f);
            }
        }
        for (IgnoreComment c : ignores) {
            List<String> unused = c.unused(found);
            if (unused.isEmpty()) {
                continue;
            }
            String what = c.ignoresAll() ? "the block after it has no findings" : "the block after it has no "
                    + String.join(", ", unused) + " finding" + (unused.size() == 1 ? "" : "s");
            kept.add(Finding.warning(CheckCodes.UNUSED_IGNORE, c.pos(), "ignore comment silences nothing: " + what,
                    "remove " + (c.ignoresAll() || unused.size() == c.codes().size() ? "the comment" : "the unused codes")
                            + "; a stale ignore would hide the next real problem"));
        }
        return kept;
    }
}
