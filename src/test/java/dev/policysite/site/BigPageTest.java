package dev.policysite.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 50 MB page (generated, every kind of markup, the same heading title over and over) builds under the
 * default test heap: nothing in the pipeline may be quadratic in the size of a page.
 */
class BigPageTest {
    private static final long SIZE = 50L * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void fiftyMegabytePageBuilds() throws IOException {
        TestSite s = new TestSite(dir)
                .file("mkdocs.yml", "site_name: Big\nmarkdown_extensions:\n  - markdown_include.include:\n      base_path: docs\n")
                .file("docs/index.md", "# Home\n\n[big](big.md#section-9)\n")
                .file("docs/part.md", "Included line with [a link](index.md).\n");
        long written = 0;
        int sections = 0;
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("docs/big.md"), StandardCharsets.UTF_8)) {
            w.write("---\ntitle: Big page\n---\n# Big\n\n");
            while (written < SIZE) {
                String chunk = "## Section " + sections + "\n\n"
                        + "### Example\n\n"
                        + "Text with a [link](index.md), `code`, *emphasis* and ${aws:username} number " + sections + ".\n\n"
                        + "- item one\n- item two\n\n"
                        + "!!! note \"Note " + sections + "\"\n    Admonition body.\n\n"
                        + "```json\n{\"Version\": \"2012-10-17\", \"n\": " + sections + "}\n```\n\n"
                        + "| a | b |\n|---|---|\n| " + sections + " | x |\n\n"
                        + (sections % 1000 == 0 ? "{!part.md!}\n\n" : "");
                w.write(chunk);
                written += chunk.length();
                sections++;
            }
        }
        BuildResult r = s.build();
        assertThat(r.pages()).isEqualTo(3);
        Path html = dir.resolve("out/big/index.html");
        assertThat(Files.size(html)).isGreaterThan(SIZE);
        // the end of the page is there, with toc-style ids for the repeated title
        assertThat(containsLine(html, "<h2 id=\"section-" + (sections - 1) + "\">")).isTrue();
        assertThat(containsLine(html, "<h3 id=\"example_" + (sections - 1) + "\">")).isTrue();
        assertThat(r.warnings()).isEmpty();
    }

    private static boolean containsLine(Path file, String start) throws IOException {
        try (java.util.stream.Stream<String> lines = Files.lines(file)) {
            return lines.anyMatch(l -> l.startsWith(start));
        }
    }
}
