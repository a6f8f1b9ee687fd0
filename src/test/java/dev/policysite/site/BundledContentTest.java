package dev.policysite.site;

import dev.policysite.cli.Main;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Builds the repository's own content/ (what policysite ships) with the real CLI. The content grows over
 * time, so the assertions are about the build, not about particular pages: it succeeds, no directive or
 * MkDocs markup is left unrendered, admonitions, tables and the nav are there, and every link resolves.
 */
class BundledContentTest {
    @TempDir
    static Path out;
    static int exit;
    static String stderr;
    static BuiltSiteChecker site;

    @BeforeAll
    static void build() {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            // surefire runs in the project folder
            exit = Main.run("build", "--config", Path.of("content/policysite.yaml").toString(), "--out", out.resolve("site").toString());
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        stderr = e.toString(StandardCharsets.UTF_8);
        site = new BuiltSiteChecker(out.resolve("site"), "/");
    }

    @Test
    void buildsWithoutErrorsOrWarnings() {
        assertThat(exit).as(stderr).isZero();
        assertThat(stderr).isEmpty();
    }

    @Test
    void noIncludeTemplateOrExtensionSyntaxIsLeftInProse() {
        for (Path f : site.htmlFiles()) {
            Document d = site.page(f).clone(); // pages are shared between tests: do not edit the cached one
            d.select("pre, code").remove();
            String text = d.select("main").text();
            assertThat(text).as(f.toString()).doesNotContain("{!", "!!!", "???", "--8<--", "[=", "<#", "=== \"", "{:");
        }
    }

    @Test
    void admonitionsTablesAndIncludedCodeAreRendered() {
        List<Path> pages = site.htmlFiles();
        assertThat(pages.stream().flatMap(f -> site.page(f).select("div.admonition > p.admonition-title").stream()))
                .as("some page has an admonition").isNotEmpty();
        assertThat(pages.stream().flatMap(f -> site.page(f).select("main table > thead th").stream()))
                .as("some page has a table").isNotEmpty();
        assertThat(pages.stream().flatMap(f -> site.page(f).select("main pre > code").stream()))
                .as("some page has code (included files end up in code blocks)").isNotEmpty();
    }

    @Test
    void everyPageHasTheNavAndATitle() {
        for (Path f : site.htmlFiles()) {
            if (f.getFileName().toString().equals("404.html")) {
                continue;
            }
            Document d = site.page(f);
            Element nav = d.selectFirst("nav.ps-nav");
            assertThat(nav).as(f + " has the site nav").isNotNull();
            assertThat(nav.select("a[href]")).as(f + " nav links").isNotEmpty();
            assertThat(d.title()).as(f + " title").isNotBlank();
        }
    }

    @Test
    void everyInternalLinkAndImageResolves() {
        assertThat(site.brokenLinks()).isEmpty();
    }
}
