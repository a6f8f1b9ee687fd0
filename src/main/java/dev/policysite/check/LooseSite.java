package dev.policysite.check;

import dev.policysite.config.SiteConfig;
import dev.policysite.diag.SourcePos;
import dev.policysite.diag.UserError;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code check PATH...} without a config: Markdown files or folders of any repository, checked as a site
 * whose docs folder is the folder holding them all, so links between them resolve. Only the given files
 * (and the files under the given folders) are reported on. A policy model may be given: the CLI passes
 * {@code --model}, or the project's {@code content/policies} when run from its root.
 */
public record LooseSite(SiteConfig config, Predicate<Path> selection) {
    /** Dependency folders hold Markdown nobody wants checked. */
    private static final List<String> EXCLUDED = List.of("node_modules/");

    public static LooseSite of(List<Path> paths) {
        return of(paths, null);
    }

    /**
     * @param policiesDir the policy model the files are checked against (their {@code {!policy:...!}} includes
     *                    expand from it too), or null for none
     */
    public static LooseSite of(List<Path> paths, Path policiesDir) {
        List<Path> roots = existing(paths);
        Path docs = null;
        for (Path p : roots) {
            Path dir = Files.isDirectory(p) ? p : p.getParent();
            docs = docs == null ? dir : common(docs, dir);
        }
        SiteConfig config = new SiteConfig(docs.resolve(".policysite-check.yaml"), docs.getFileName() == null ? "docs"
                : docs.getFileName().toString(), "", "", "", "", docs, docs.resolve(".policysite-site"), null, policiesDir,
                List.of(), List.of(docs), EXCLUDED, true, "¶", List.of(), List.of(), Set.of(), Map.of());
        return new LooseSite(config, selection(roots));
    }

    /** Selects the given files and everything under the given folders. */
    public static Predicate<Path> selection(List<Path> paths) {
        List<Path> roots = existing(paths);
        return file -> {
            Path f = file.toAbsolutePath().normalize();
            for (Path r : roots) {
                if (f.equals(r) || f.startsWith(r)) {
                    return true;
                }
            }
            return false;
        };
    }

    /** The paths, absolute; a path that does not exist or is not Markdown is a usage error. */
    private static List<Path> existing(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            Path abs = p.toAbsolutePath().normalize();
            if (!Files.exists(abs)) {
                throw new UserError(SourcePos.fileOnly(p), "no such file or folder", "check the path");
            }
            if (Files.isRegularFile(abs) && !abs.getFileName().toString().endsWith(".md")) {
                throw new UserError(SourcePos.fileOnly(p), "not a Markdown file", "pass .md files or folders holding them");
            }
            out.add(abs);
        }
        return out;
    }

    private static Path common(Path a, Path b) {
        Path r = a;
        while (r != null && !b.startsWith(r)) {
            r = r.getParent();
        }
        return r == null ? a.getRoot() : r;
    }
}
