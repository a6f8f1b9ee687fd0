package dev.policysite.cli;

import dev.policysite.Version;
import dev.policysite.check.CheckCodes;
import dev.policysite.check.CheckReport;
import dev.policysite.check.LooseSite;
import dev.policysite.check.SiteChecker;
import dev.policysite.check.report.Reporter;
import dev.policysite.check.report.Summary;
import dev.policysite.config.SiteConfig;
import dev.policysite.diag.Diagnostics;
import dev.policysite.diag.Finding;
import dev.policysite.diag.SourcePos;
import dev.policysite.diag.UserError;
import dev.policysite.markdown.MarkdownEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

/**
 * {@code policysite check}: every JSON block, policy and link of the docs, for CI. Exit 0 without errors
 * (warnings and suggestions allowed), 1 with errors, 2 when the check itself cannot run (bad usage, a
 * missing path, an unreadable config).
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check the JSON blocks, policies and links of the docs (builds in memory, not into the site).",
                "Without PATH: the whole configured site. With PATH: those Markdown files or folders, "
                        + "from any repository (no config needed).",
                "Exit status: 0 no errors, 1 errors found, 2 usage or I/O problem."})
final class CheckCommand implements Callable<Integer> {
    static final int EXIT_CLEAN = 0;
    static final int EXIT_FINDINGS = 1;
    static final int EXIT_USAGE = 2;

    @Mixin
    SiteOptions options = new SiteOptions();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), github (workflow annotations), junit (XML test report) or sarif (SARIF 2.1.0)")
    Reporter.Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write the report to FILE instead of standard output")
    Path output;

    @Option(names = "--model", paramLabel = "DIR",
            description = "the policy model for loose PATHs (default: ./content/policies when it exists); "
                    + "a configured site uses its policies_dir")
    Path model;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Markdown files or folders to check; with --config, only these pages of the site are reported")
    List<Path> paths = new ArrayList<>();

    @Override
    public Integer call() {
        Path cwd = Path.of("").toAbsolutePath();
        try {
            Diagnostics diagnostics = new Diagnostics();
            SiteConfig config;
            Predicate<Path> selection = file -> true;
            boolean loose = false;
            if (model != null && (paths.isEmpty() || options.config != null)) {
                throw new UserError(null, "--model is for loose paths only",
                        "a configured site uses the policy model of its policies_dir; drop --model or --config");
            }
            if (paths.isEmpty()) {
                config = options.load(diagnostics);
            } else if (options.config != null) {
                config = options.load(diagnostics);
                selection = LooseSite.selection(paths);
            } else {
                LooseSite site = LooseSite.of(paths, looseModel());
                config = site.config();
                selection = site.selection();
                loose = true;
            }
            CheckPlugins.Setup setup;
            try {
                setup = CheckPlugins.forSite(config, diagnostics);
            } catch (UserError e) {
                if (!inPolicyModel(e, config)) {
                    throw e;
                }
                // a broken model file is a finding about the docs (CI shows it at its line), not a failure to run
                write(new CheckReport(List.of(Finding.error(CheckCodes.POLICY_MODEL, e.pos(), e.getMessage(), e.hint())),
                        List.of(), 0, 0, 0), cwd);
                return EXIT_FINDINGS;
            }
            CheckReport report = new SiteChecker(config, setup.plugins(), new MarkdownEngine(), setup.engines())
                    .select(selection).themeLinks(!loose).run(diagnostics);
            write(report, cwd);
            if (options.verbose) {
                CheckReport.Timings t = report.timings();
                System.err.printf(java.util.Locale.ROOT, "check: build %d ms, code blocks %d ms, links %d ms%n", t.build(), t.blocks(), t.links());
            }
            return report.hasErrors() ? EXIT_FINDINGS : EXIT_CLEAN;
        } catch (UserError e) {
            System.err.println(e.toLine(cwd));
            if (options.verbose) {
                e.printStackTrace();
            }
            return EXIT_USAGE;
        }
    }

    private static boolean inPolicyModel(UserError e, SiteConfig config) {
        return e.pos() != null && config.policiesDir() != null
                && e.pos().file().toAbsolutePath().normalize().startsWith(config.policiesDir());
    }

    /** Loose files are checked against --model, else the project's bundled model when run from its root. */
    private Path looseModel() {
        if (model != null) {
            if (!Files.isDirectory(model)) {
                throw new UserError(SourcePos.fileOnly(model), "--model is not a folder", "give the folder of the policy model's *.yaml files");
            }
            return model.toAbsolutePath().normalize();
        }
        Path bundled = Path.of("content", "policies");
        return Files.isDirectory(bundled) ? bundled.toAbsolutePath().normalize() : null;
    }

    private void write(CheckReport report, Path cwd) {
        boolean toTerminal = output == null && System.console() != null;
        boolean colour = toTerminal && format == Reporter.Format.TEXT && System.getenv("NO_COLOR") == null;
        Reporter reporter = format.reporter(cwd, colour, Version.get());
        try {
            if (output == null) {
                Writer w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
                reporter.write(report, w);
                w.flush();
            } else {
                Path file = output.toAbsolutePath();
                if (file.getParent() != null) {
                    Files.createDirectories(file.getParent());
                }
                try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    reporter.write(report, w);
                }
            }
        } catch (IOException e) {
            throw new UserError(SourcePos.fileOnly(output == null ? Path.of("-") : output),
                    "cannot write the report: " + e.getMessage(), "check the folder exists and is writable");
        }
        if (output != null || format != Reporter.Format.TEXT) {
            System.err.println(Summary.line(report)); // the report is elsewhere or machine-readable: say how it went
        }
    }
}
