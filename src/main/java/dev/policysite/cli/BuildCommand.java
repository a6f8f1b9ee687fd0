package dev.policysite.cli;

import dev.policysite.config.SiteConfig;
import dev.policysite.diag.Diagnostics;
import dev.policysite.diag.Finding;
import dev.policysite.markdown.MarkdownEngine;
import dev.policysite.site.BuildResult;
import dev.policysite.site.SiteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code policysite build}: the site into site/ (or --out), replacing the old one only on success. */
@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Build the site.")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    SiteOptions options = new SiteOptions();

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: site_dir of the config)")
    Path out;

    @Option(names = "--strict", description = "fail (exit 1) when there are warnings, as mkdocs build --strict does")
    boolean strict;

    @Option(names = {"-q", "--quiet"}, description = "print only warnings and errors")
    boolean quiet;

    @Override
    public Integer call() {
        Diagnostics diagnostics = new Diagnostics();
        SiteConfig config = options.load(diagnostics);
        Path outDir = out != null ? out.toAbsolutePath().normalize() : config.siteDir();
        ProgressBar bar = new ProgressBar(0, !quiet);
        SiteBuilder builder = new SiteBuilder(config, diagnostics, Plugins.forSite(config, diagnostics), new MarkdownEngine())
                .onProgress(bar).strict(strict);
        Path cwd = Path.of("").toAbsolutePath();
        BuildResult result;
        try {
            result = builder.build(outDir);
        } finally {
            bar.finish();
            // warnings come first, also when the build then fails: they often explain the failure
            for (Finding f : diagnostics.sorted()) {
                System.err.println(f.toLine(cwd));
            }
        }
        if (options.verbose) {
            System.err.println("timings: " + builder.timings());
        }
        int warnings = result.warnings().size();
        if (!quiet) {
            System.out.printf(Locale.ROOT, "Built %d pages%s in %.2f s, %d warning%s -> %s%n",
                    result.pages() - result.generatedFiles(),
                    result.generatedFiles() > 0 ? " and " + result.generatedFiles() + " generated pages" : "",
                    result.millis() / 1000.0, warnings, warnings == 1 ? "" : "s", display(cwd, outDir));
        }
        return 0;
    }

    private static String display(Path cwd, Path p) {
        return p.equals(cwd) ? "./" : p.startsWith(cwd) ? cwd.relativize(p) + "/" : p.toString();
    }
}
