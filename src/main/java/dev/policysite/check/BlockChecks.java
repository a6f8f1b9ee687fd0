package dev.policysite.check;

import dev.policysite.check.BlockValidator.Dialect;
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

    public BlockChecks(CheckEngines engines) {
        this.engines = engines;
    }

    /** The findings of one page and how many blocks it had. */
    public record Result(List<Finding> findings, int blocks) {
    }

    public Result check(SourcePage page, Node document, SourceMap map) {
        BlockFinder.Found found = BlockFinder.find(document, map);
        List<Finding> out = new ArrayList<>(found.warnings());
        for (PageBlock block : found.blocks()) {
            List<Finding> findings = checkBlock(page, block);
            List<IgnoreComment> ignores = found.ignores().getOrDefault(block, List.of());
            out.addAll(applyIgnores(findings, ignores));
        }
        return new Result(out, found.blocks().size());
    }

    private List<Finding> checkBlock(SourcePage page, PageBlock block) {
        BlockCheck result = engines.blocks().check(block.text(), block.dialect());
        List<BlockIssue> issues = new ArrayList<>();
        for (BlockIssue i : result.issues()) {
            if (!(block.dialect() == Dialect.JSONC && i.code().equals(CheckCodes.JSON_COMMENT))) {
                issues.add(i);
            }
        }
        if (result.value() != null) {
            issues.addAll(engines.model().checkBlock(new JsonBlock(page, block.fence(), block.text(), result.value(), result.kind())));
        }
        List<Finding> findings = new ArrayList<>(issues.size());
        for (BlockIssue i : issues) {
            findings.add(new Finding(i.code(), i.severity(), block.pos(i.line(), i.col()), i.message(), i.hint()));
        }
        return findings;
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
