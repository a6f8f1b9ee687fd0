package dev.policysite.cli;

import dev.policysite.config.ConfigLoader;
import dev.policysite.config.SiteConfig;
import dev.policysite.diag.Diagnostics;
import dev.policysite.diag.SourcePos;
import dev.policysite.diag.UserError;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Options every site command shares: which config to read, and how much to say. */
final class SiteOptions {
    private static final List<Path> DEFAULT_CONFIGS = List.of(
            Path.of("content", "policysite.yaml"), Path.of("policysite.yaml"), Path.of("mkdocs.yml"), Path.of("mkdocs.yaml"));

    @Option(names = "--config", paramLabel = "FILE",
            description = "policysite.yaml or an MkDocs mkdocs.yml (default: content/policysite.yaml, ./policysite.yaml or ./mkdocs.yml)")
    Path config;

    @Option(names = "--verbose", description = "show stack traces of errors")
    boolean verbose;

    SiteConfig load(Diagnostics diagnostics) {
        return new ConfigLoader(diagnostics).load(configFile());
    }

    Path configFile() {
        if (config != null) {
            return config;
        }
        for (Path p : DEFAULT_CONFIGS) {
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new UserError(SourcePos.fileOnly(DEFAULT_CONFIGS.get(0)), "no config file found",
                "run from the project root, or pass --config path/to/policysite.yaml (or mkdocs.yml)");
    }
}
