package dev.policysite.check;

import dev.policysite.config.ConfigLoader;
import dev.policysite.config.SiteConfig;
import dev.policysite.diag.Diagnostics;
import dev.policysite.diag.Finding;
import dev.policysite.markdown.MarkdownEngine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A small site on disk for tests: {@code policysite.yaml} plus docs under {@code docs/}, and a theme folder
 * that provides the assets the built-in layout links to (so a clean site has no theme findings).
 */
public final class SiteFixture {
    private final Path root;
    private String config = "site_name: Test\ndocs_dir: docs\ntheme_dir: theme\n";

    public SiteFixture(Path root) {
        this.root = root;
        write("theme/assets/policysite/site.css", "body{}\n");
        write("theme/assets/policysite/site.js", "// js\n");
    }

    public Path root() {
        return root;
    }

    public Path docs() {
        return root.resolve("docs");
    }

    public Path doc(String rel) {
        return docs().resolve(rel);
    }

    /** Appends lines to the config (e.g. a nav: or check: section). */
    public SiteFixture config(String yaml) {
        config += yaml.endsWith("\n") ? yaml : yaml + "\n";
        return this;
    }

    public SiteFixture page(String rel, String markdown) {
        return write("docs/" + rel, markdown);
    }

    public SiteFixture write(String rel, String content) {
        Path p = root.resolve(rel);
        try {
            Files.createDirectories(p.getParent());
            Files.writeString(p, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public Path configFile() {
        write("policysite.yaml", config);
        return root.resolve("policysite.yaml");
    }

    public SiteConfig load(Diagnostics diagnostics) {
        return new ConfigLoader(diagnostics).load(configFile());
    }

    public CheckReport check() {
        return check(CheckEngines.defaults());
    }

    public CheckReport check(CheckEngines engines) {
        Diagnostics d = new Diagnostics();
        SiteConfig c = load(d);
        return new SiteChecker(c, List.of(), new MarkdownEngine(), engines).run(d);
    }

    /** Findings as {@code file:line:col code} lines, file relative to the root, for compact assertions. */
    public static List<String> brief(CheckReport report, Path base) {
        return report.findings().stream().map(f -> brief(f, base)).collect(Collectors.toList());
    }

    public static String brief(Finding f, Path base) {
        return f.pos().toString(base) + " " + f.code();
    }

    public List<String> brief(CheckReport report) {
        return brief(report, root);
    }
}
