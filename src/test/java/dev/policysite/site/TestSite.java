package dev.policysite.site;

import dev.policysite.config.ConfigLoader;
import dev.policysite.config.SiteConfig;
import dev.policysite.diag.Diagnostics;
import dev.policysite.markdown.MarkdownEngine;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Test helper: an MkDocs-style project in a folder, built with the real config loader and site builder. */
final class TestSite {
    final Path root;
    final Path out;
    final Diagnostics diagnostics = new Diagnostics();

    TestSite(Path root) {
        this.root = root;
        this.out = root.resolve("out");
    }

    TestSite file(String rel, String text) {
        try {
            Path p = root.resolve(rel);
            Files.createDirectories(p.getParent());
            Files.writeString(p, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    TestSite bytes(String rel, byte[] data) {
        try {
            Path p = root.resolve(rel);
            Files.createDirectories(p.getParent());
            Files.write(p, data);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    BuildResult build() {
        SiteConfig config = new ConfigLoader(diagnostics).load(root.resolve("mkdocs.yml"));
        return new SiteBuilder(config, diagnostics, List.of(), new MarkdownEngine()).build(out);
    }

    Document page(String rel) {
        try {
            Path p = out.resolve(rel);
            return Jsoup.parse(p.toFile(), "UTF-8", "https://site.test/" + rel);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String text(String rel) {
        try {
            return Files.readString(out.resolve(rel));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
