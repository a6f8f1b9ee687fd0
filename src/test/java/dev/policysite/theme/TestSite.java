package dev.policysite.theme;

import dev.policysite.config.ConfigLoader;
import dev.policysite.config.SiteConfig;
import dev.policysite.diag.Diagnostics;
import dev.policysite.markdown.MarkdownEngine;
import dev.policysite.search.SearchIndexPlugin;
import dev.policysite.site.SiteBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Test helper: builds a site with the built-in theme and the search index, as {@code policysite build} does. */
final class TestSite {
    private TestSite() {
    }

    /** The sample site under src/test/resources/theme-site (admonitions, tabs, tables, code, a policy block). */
    static Path buildSample(Path out) {
        try {
            Path config = Path.of(TestSite.class.getResource("/theme-site/policysite.yaml").toURI());
            return build(config, out);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path build(Path configFile, Path out) {
        Diagnostics diagnostics = new Diagnostics();
        SiteConfig config = new ConfigLoader(diagnostics).load(configFile);
        new SiteBuilder(config, diagnostics, List.of(new SearchIndexPlugin()), new MarkdownEngine()).build(out);
        if (diagnostics.count() > 0) {
            throw new AssertionError("the test site should build without warnings: " + diagnostics.sorted());
        }
        return out;
    }

    /** A site from {@code files} (path → text, written under {@code project}); its config is policysite.yaml. */
    static Path buildProject(Path project, java.util.Map<String, String> files) {
        try {
            for (java.util.Map.Entry<String, String> f : files.entrySet()) {
                Path file = project.resolve(f.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, f.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return build(project.resolve("policysite.yaml"), project.resolve("site"));
    }

    /** A site whose "Many" section has {@code pages} pages, to see how the theme renders a windowed section. */
    static Path buildLongSection(Path project, int pages) {
        try {
            Path docs = Files.createDirectories(project.resolve("docs/many"));
            StringBuilder nav = new StringBuilder("site_name: Long\ndocs_dir: docs\nnav:\n  - Home: index.md\n  - Many:\n");
            Files.writeString(project.resolve("docs/index.md"), "# Home\n");
            for (int i = 1; i <= pages; i++) {
                String name = String.format("p%03d.md", i);
                Files.writeString(docs.resolve(name), "# Page " + i + "\n\nText " + i + ".\n");
                nav.append("      - many/").append(name).append('\n');
            }
            Files.writeString(project.resolve("policysite.yaml"), nav.toString());
            return build(project.resolve("policysite.yaml"), project.resolve("site"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
