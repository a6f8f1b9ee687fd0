package dev.policysite.cli;

import dev.policysite.check.CheckReport;
import dev.policysite.check.SiteChecker;
import dev.policysite.config.ConfigLoader;
import dev.policysite.config.SiteConfig;
import dev.policysite.diag.Diagnostics;
import dev.policysite.diag.Finding;
import dev.policysite.diag.Severity;
import dev.policysite.markdown.MarkdownEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The docs policysite ships pass their own check: no error and no warning, every block a view of the model. */
class BundledContentCheckTest {
    private static final Path CONFIG = Path.of("content/policysite.yaml");

    @TempDir
    Path dir;

    @Test
    void theBundledContentHasNoErrorAndNoWarning() {
        Diagnostics d = new Diagnostics();
        SiteConfig config = new ConfigLoader(d).load(CONFIG);
        CheckPlugins.Setup setup = CheckPlugins.forSite(config, d);
        CheckReport r = new SiteChecker(config, setup.plugins(), new MarkdownEngine(), setup.engines()).run(d);
        assertThat(r.findings()).filteredOn(f -> f.severity() != Severity.SUGGESTION).extracting(Finding::toString).isEmpty();
        assertThat(r.pages()).isEqualTo(4);
        assertThat(r.blocks()).isGreaterThanOrEqualTo(26);
    }

    @Test
    void theCommandExitsZero() throws Exception {
        Path report = dir.resolve("report.txt");
        assertThat(Main.run("check", "--config", CONFIG.toString(), "-o", report.toString())).isZero();
        assertThat(Files.readString(report)).startsWith("0 errors, 0 warnings, ");
    }
}
