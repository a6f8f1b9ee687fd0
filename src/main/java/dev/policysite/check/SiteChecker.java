package dev.policysite.check;

import dev.policysite.check.links.LinkChecker;
import dev.policysite.check.links.NavChecks;
import dev.policysite.check.links.ScannedSite;
import dev.policysite.config.SiteConfig;
import dev.policysite.content.SourcePage;
import dev.policysite.diag.BuildFailure;
import dev.policysite.diag.Diagnostics;
import dev.policysite.diag.Finding;
import dev.policysite.diag.UserError;
import dev.policysite.markdown.MarkdownEngine;
import dev.policysite.site.BuildResult;
import dev.policysite.site.BuiltSite;
import dev.policysite.site.ContentErrors;
import dev.policysite.site.ProcessedPage;
import dev.policysite.site.SiteBuilder;
import dev.policysite.site.SitePlugin;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.Collectors;

/**
 * {@code check} for one site: builds it in memory (never touching the real output), keeping each
 * page's parsed document, then checks the JSON blocks of the sources, the policy model, and the links of
 * the built HTML. The build's own warnings are findings too. Content errors that stop {@code build} (a missing
 * include, bad front matter) become {@code build.error} findings and the check goes on: an include that
 * cannot be expanded expands to nothing, a page that cannot be built is left out (and stays a link target);
 * only problems with the command itself (config, I/O) are thrown.
 */
public final class SiteChecker {
    /** The build's warning for a link to a missing .md file; the link check reports the same link as an error. */
    private static final String BUILD_MISSING_PAGE = "link.missing-page";

    private final SiteConfig config;
    private final List<SitePlugin> plugins;
    private final MarkdownEngine markdown;
    private final CheckEngines engines;
    private Predicate<Path> selection = file -> true;
    private boolean themeLinks = true;

    public SiteChecker(SiteConfig config, List<SitePlugin> plugins, MarkdownEngine markdown, CheckEngines engines) {
        this.config = config;
        this.plugins = List.copyOf(plugins);
        this.markdown = markdown;
        this.engines = engines;
    }

    /** Report only on the pages whose files pass {@code files} (the whole site is still built, so links resolve). */
    public SiteChecker select(Predicate<Path> files) {
        this.selection = files;
        return this;
    }

    /** Whether to check the links the theme adds (off for loose files, which did not choose the theme). */
    public SiteChecker themeLinks(boolean check) {
        this.themeLinks = check;
        return this;
    }

    /** Runs every check; {@code diagnostics} may already hold warnings (from loading the config). */
    public CheckReport run(Diagnostics diagnostics) {
        long start = System.nanoTime();
        BuildResult build;
        PageErrors pageErrors = new PageErrors();
        ScannedSite site = new ScannedSite();
        try {
            build = new SiteBuilder(config, diagnostics, plugins, markdown).retainDocuments(true).keepGoing(pageErrors)
                    .buildInto(site);
        } catch (UserError e) {
            List<Finding> findings = buildErrors(e);
            findings.addAll(buildWarnings(diagnostics, Set.of()));
            return report(findings, List.of(), 0, 0, 0, new CheckReport.Timings(millisSince(start), 0, 0));
        }
        long builtAt = System.nanoTime();
        List<BuiltSite.Page> built = build.site().pages();
        Predicate<SourcePage> selected = page -> selection.test(page.file());
        List<ProcessedPage> pages = built.stream().map(BuiltSite.Page::processed)
                .filter(pp -> pp != null && pp.document() != null).collect(Collectors.toList());
        List<ProcessedPage> chosen = pages.stream().filter(pp -> selected.test(pp.source())).collect(Collectors.toList());

        BlockChecks blockChecks = new BlockChecks(engines).skipLines(pageErrors.errorLines());
        List<BlockChecks.Result> blockResults = chosen.parallelStream()
                .map(pp -> blockChecks.check(pp.source(), pp.document(), pp.map())).collect(Collectors.toList());
        List<Finding> findings = new ArrayList<>();
        int blocks = 0;
        for (BlockChecks.Result r : blockResults) {
            findings.addAll(r.findings());
            blocks += r.blocks();
        }
        findings.addAll(engines.model().checkModel());
        long blocked = System.nanoTime();

        LinkChecker.Result links = new LinkChecker(site, config.siteUrl()).themeLinks(themeLinks)
                .unbuiltPages(pageErrors.leftOutPages()).check(built, selected);
        findings.addAll(links.findings());
        if (!config.nav().isEmpty()) {
            findings.addAll(NavChecks.malformedUrls(config.nav()));
            findings.addAll(NavChecks.orphans(config.nav(), built, links.edges(), selected));
        }
        Set<Path> unselected = Stream.concat(pages.stream().map(ProcessedPage::source), pageErrors.leftOut.stream())
                .map(SourcePage::file).filter(f -> !selection.test(f)).collect(Collectors.toSet());
        findings.addAll(pageErrors.findings(unselected));
        findings.addAll(buildWarnings(diagnostics, unselected));
        List<Path> checked = chosen.stream().map(pp -> pp.source().file()).sorted().collect(Collectors.toList());
        return report(findings, checked, chosen.size(), blocks, links.links(), new CheckReport.Timings(
                (builtAt - start) / 1_000_000, (blocked - builtAt) / 1_000_000, millisSince(blocked)));
    }

    /**
     * The content errors of a build that keeps going, each a {@code build.error} finding (errors in pages not
     * reported on are dropped; those in included files always count), and the pages that could not be built,
     * which still exist as link targets.
     */
    private static final class PageErrors implements ContentErrors {
        private final List<UserError> errors = Collections.synchronizedList(new ArrayList<>());
        private final Set<SourcePage> leftOut = ConcurrentHashMap.newKeySet();

        @Override
        public void error(UserError error) {
            errors.add(error);
        }

        @Override
        public void leftOut(SourcePage page) {
            leftOut.add(page);
        }

        /** Where each error is written ({@code file:line}): a code block holding such a line lacks text. */
        Set<String> errorLines() {
            synchronized (errors) {
                return errors.stream().map(e -> BlockChecks.lineKey(e.pos())).collect(Collectors.toSet());
            }
        }

        Set<String> leftOutPages() {
            return leftOut.stream().map(SourcePage::outPath).collect(Collectors.toSet());
        }

        List<Finding> findings(Set<Path> unselectedPages) {
            synchronized (errors) {
                return errors.stream().filter(e -> !unselectedPages.contains(e.pos().file()))
                        .map(e -> Finding.error(CheckCodes.BUILD_ERROR, e.pos(), e.getMessage(), e.hint()))
                        .collect(Collectors.toList());
            }
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    /** Same finding twice (an included file seen from several pages) counts once; config ignores apply last. */
    private CheckReport report(List<Finding> findings, List<Path> checked, int pages, int blocks, int links,
                               CheckReport.Timings timings) {
        IgnoreList ignored = new IgnoreList(config.ignoredChecks());
        List<Finding> kept = new LinkedHashSet<>(findings).stream().filter(f -> !ignored.ignores(f.code()))
                .sorted().collect(Collectors.toList());
        return new CheckReport(kept, checked, pages, blocks, links, timings);
    }

    private List<Finding> buildWarnings(Diagnostics diagnostics, Set<Path> unselectedPages) {
        return diagnostics.sorted().stream()
                .filter(f -> !f.code().equals(BUILD_MISSING_PAGE))
                .filter(f -> !unselectedPages.contains(f.pos().file())) // config and included files always count
                .collect(Collectors.toList());
    }

    /** A content error that stopped the build is a finding; one about the command itself is not. */
    private List<Finding> buildErrors(UserError e) {
        List<UserError> errors = e instanceof BuildFailure ? ((BuildFailure) e).errors() : List.of(e);
        List<Finding> out = new ArrayList<>();
        for (UserError err : errors) {
            if (err.pos() == null) {
                throw e;
            }
            out.add(Finding.error(CheckCodes.BUILD_ERROR, err.pos(), err.getMessage(), err.hint()));
        }
        return out;
    }
}
