package dev.policysite.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * policysite build through {@link Main#run}: every kind of bad input gives exactly one line
 * {@code path:line[:col]: error: what (what to do)} on stderr, exit 1, no stack trace, and the previous site
 * left exactly as it was, with no temporary folder behind.
 */
class BuildCommandTest {
    private static final Pattern ERROR_LINE = Pattern.compile("^(\\S+?):(\\d+)(?::(\\d+))?: error: (.+) \\((.+)\\)$");

    @TempDir
    Path dir;
    Path site;
    Map<String, String> previousSite;

    private Path write(String rel, String text) {
        try {
            Path p = dir.resolve(rel);
            Files.createDirectories(p.getParent());
            return Files.writeString(p, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Cli build(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("build", "--config", dir.resolve("mkdocs.yml").toString(),
                "--out", site.toString()));
        args.addAll(Arrays.asList(extra));
        return Cli.run(args.toArray(new String[0]));
    }

    private Map<String, String> snapshot(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            Map<String, String> out = new TreeMap<>();
            for (Path p : walk.filter(Files::isRegularFile).collect(Collectors.toList())) {
                out.put(root.relativize(p).toString(), Files.readString(p));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeEach
    void buildAGoodSiteFirst() {
        site = dir.resolve("public");
        write("mkdocs.yml", String.join("\n",
                "site_name: Bad input",
                "nav:",
                "  - index.md",
                "  - Guide: guide/a.md",
                "markdown_extensions:",
                "  - admonition",
                "  - markdown_include.include:",
                "      base_path: docs",
                ""));
        write("docs/index.md", "# Home\n\nSee [the guide](guide/a.md).\n");
        write("docs/guide/a.md", "---\ntitle: A\n---\n# A\n\nText.\n");
        write("docs/partials/p.md", "part one\npart two\n");
        Cli first = build();
        assertThat(first.exit).as(first.toString()).isZero();
        previousSite = snapshot(site);
        assertThat(previousSite).containsKeys("index.html", "guide/a/index.html", "sitemap.xml", "404.html");
    }

    /** Exactly one error line of the agreed shape; returns its parts (path, line, col, message, hint). */
    private Matcher oneErrorLine(Cli r) {
        assertThat(r.exit).as(r.toString()).isEqualTo(1);
        String[] lines = r.errLines();
        assertThat(lines).as(r.toString()).hasSize(1);
        assertThat(r.err).doesNotContain("\tat ", "Exception", "freemarker.", "dev.policysite.");
        Matcher m = ERROR_LINE.matcher(lines[0]);
        assertThat(m.matches()).as("one-line error shape: " + lines[0]).isTrue();
        assertThat(r.out).isEmpty();
        return m;
    }

    private void previousSiteKept() throws IOException {
        assertThat(snapshot(site)).isEqualTo(previousSite);
        try (Stream<Path> s = Files.list(dir)) {
            // only the project and the site: no staging or old-site folders left behind
            assertThat(s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList()))
                    .containsExactly("docs", "mkdocs.yml", "public");
        }
    }

    private String path(String rel) {
        return dir.resolve(rel).toString();
    }

    @Test
    void successPrintsOneSummaryLine() {
        Cli r = build();
        assertThat(r.exit).isZero();
        assertThat(r.err).isEmpty();
        assertThat(r.out.split("\\R")).singleElement().asString()
                // partials/p.md is a page too, as in MkDocs
                .matches("Built 3 pages in \\d+\\.\\d\\d s, 0 warnings -> " + Pattern.quote(site.toString()));
    }

    @Test
    void brokenFrontMatter() throws IOException {
        write("docs/guide/a.md", "---\ntitle: [unclosed\n---\n# A\n");
        Matcher m = oneErrorLine(build());
        assertThat(m.group(1)).isEqualTo(path("docs/guide/a.md"));
        assertThat(m.group(2)).isEqualTo("2");
        assertThat(m.group(4)).startsWith("invalid YAML");
        previousSiteKept();
    }

    @Test
    void frontMatterNotClosed() throws IOException {
        write("docs/guide/a.md", "---\ntitle: A\n# A\n");
        Matcher m = oneErrorLine(build());
        assertThat(m.group(2)).isEqualTo("1");
        assertThat(m.group(4)).isEqualTo("front matter is not closed");
        previousSiteKept();
    }

    @Test
    void unknownTemplateVariableNamesTheLineAfterFrontMatter() throws IOException {
        write("docs/guide/a.md", "---\ntitle: A\nx: 1\n---\n# A\n\nHello [=who].\n");
        Matcher m = oneErrorLine(build());
        assertThat(m.group(1)).isEqualTo(path("docs/guide/a.md"));
        assertThat(m.group(2)).isEqualTo("7");
        assertThat(m.group(3)).isEqualTo("9");
        assertThat(m.group(4)).isEqualTo("unknown template variable 'who'");
        previousSiteKept();
    }

    @Test
    void unknownTemplateVariableInsideAnIncludeNamesTheIncludedFileOnce() throws IOException {
        // partials/p.md is reached as a page and through the include: still one line
        write("docs/partials/p.md", "part one\nvalue [=nothing]\n");
        write("docs/guide/a.md", "---\ntitle: A\n---\n# A\n\n{!partials/p.md!}\n\nafter [=name]\n");
        Matcher m = oneErrorLine(build());
        assertThat(m.group(1)).isEqualTo(path("docs/partials/p.md"));
        assertThat(m.group(2)).isEqualTo("2");
        previousSiteKept();
    }

    @Test
    void unknownTemplateVariableAfterAnIncludeKeepsThePageLine() throws IOException {
        write("docs/guide/a.md", "---\ntitle: A\n---\n# A\n\n{!partials/p.md!}\n\nafter [=name]\n");
        Matcher m = oneErrorLine(build());
        assertThat(m.group(1)).isEqualTo(path("docs/guide/a.md"));
        assertThat(m.group(2)).isEqualTo("8");
        previousSiteKept();
    }

    @Test
    void templateErrorAndSyntaxError() throws IOException {
        write("docs/guide/a.md", "# A\n\n[=\"x\"?number]\n");
        Matcher m = oneErrorLine(build());
        assertThat(m.group(2)).isEqualTo("3");
        assertThat(m.group(4)).startsWith("template error");
        write("docs/guide/a.md", "# A\n\n<#if>\n");
        m = oneErrorLine(build());
        assertThat(m.group(2)).isEqualTo("3");
        assertThat(m.group(4)).startsWith("template syntax error");
        previousSiteKept();
    }

    @Test
    void awsPolicyVariablesAreNotTemplateSyntax() {
        write("docs/guide/a.md", "# A\n\n```json\n\"Resource\": \"arn:aws:s3:::b/${aws:username}/*\"\n```\n\n[=site.name]\n");
        Cli r = build();
        assertThat(r.exit).as(r.toString()).isZero();
        assertThat(snapshot(site).get("guide/a/index.html")).contains("${aws:username}", "Bad input");
    }

    @Test
    void missingNavTarget() throws IOException {
        write("mkdocs.yml", "site_name: Bad input\nnav:\n  - index.md\n  - Guide: guide/gone.md\n");
        Matcher m = oneErrorLine(build());
        assertThat(m.group(1)).isEqualTo(path("mkdocs.yml"));
        assertThat(m.group(2)).isEqualTo("4");
        assertThat(m.group(4)).contains("guide/gone.md");
        previousSiteKept();
    }

    @Test
    void nonUtf8File() throws IOException {
        Files.write(dir.resolve("docs/guide/a.md"), new byte[] {'#', ' ', 'A', '\n', '\n', 'c', 'a', 'f', (byte) 0xE9, '\n'});
        Matcher m = oneErrorLine(build());
        assertThat(m.group(2)).isEqualTo("3");
        assertThat(m.group(4)).contains("not valid UTF-8");
        assertThat(m.group(5)).contains("UTF-8");
        previousSiteKept();
    }

    @Test
    void unreadableFile() throws IOException {
        Path a = dir.resolve("docs/guide/a.md");
        Files.setPosixFilePermissions(a, PosixFilePermissions.fromString("---------"));
        try {
            // as root, permissions do not stop reading: nothing to test there
            assumeFalse(Files.isReadable(a), "running as root: chmod 000 does not make a file unreadable");
            Matcher m = oneErrorLine(build());
            assertThat(m.group(4)).contains("not readable");
            previousSiteKept();
        } finally {
            Files.setPosixFilePermissions(a, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    @Test
    void brokenLinkInsteadOfAPageIsOneLine() throws IOException {
        Files.createSymbolicLink(dir.resolve("docs/gone.md"), dir.resolve("docs/nowhere.md"));
        Cli r = build();
        assertThat(r.exit).isEqualTo(1);
        assertThat(r.errLines()).singleElement().asString()
                .isEqualTo(path("docs/gone.md") + ": error: not a regular file (a pipe, socket, device or broken link)"
                        + " (remove it from the docs folder, or list it in exclude_docs)");
        Files.delete(dir.resolve("docs/gone.md"));
        previousSiteKept();
    }

    @Test
    void missingInclude() throws IOException {
        write("docs/guide/a.md", "# A\n\n!!! note\n    {!partials/nope.md!}\n");
        Matcher m = oneErrorLine(build());
        assertThat(m.group(1)).isEqualTo(path("docs/guide/a.md"));
        assertThat(m.group(2)).isEqualTo("4");
        assertThat(m.group(3)).isEqualTo("5");
        assertThat(m.group(4)).startsWith("included file 'partials/nope.md' not found");
        previousSiteKept();
    }

    @Test
    void cyclicInclude() throws IOException {
        Files.writeString(dir.resolve("mkdocs.yml"), "exclude_docs: partials/\n", java.nio.file.StandardOpenOption.APPEND);
        write("docs/partials/p.md", "{!partials/q.md!}\n");
        write("docs/partials/q.md", "q\n{!partials/p.md!}\n");
        write("docs/guide/a.md", "# A\n\n{!partials/p.md!}\n");
        Matcher m = oneErrorLine(build());
        assertThat(m.group(1)).isEqualTo(path("docs/partials/q.md"));
        assertThat(m.group(2)).isEqualTo("2");
        assertThat(m.group(4)).isEqualTo("include cycle: docs/guide/a.md -> docs/partials/p.md -> docs/partials/q.md -> docs/partials/p.md");
        previousSiteKept();
    }

    @Test
    void includePathEscapingTheProject() throws IOException {
        write("docs/guide/a.md", "# A\n\n{!../../../../../../../../../../etc/passwd!}\n");
        Matcher m = oneErrorLine(build());
        assertThat(m.group(2)).isEqualTo("3");
        assertThat(m.group(4)).contains("leaves the content root");
        previousSiteKept();
    }

    @Test
    void includeThroughASymlinkLeavingTheProject() throws IOException {
        Path outside = Files.createTempFile("policysite-secret", ".md");
        try {
            Files.createSymbolicLink(dir.resolve("docs/partials/link.md"), outside);
            write("docs/guide/a.md", "# A\n\n{!partials/link.md!}\n");
            Matcher m = oneErrorLine(build());
            assertThat(m.group(4)).contains("outside the content root");
            Files.delete(dir.resolve("docs/partials/link.md"));
            previousSiteKept();
        } finally {
            Files.delete(outside);
        }
    }

    @Test
    void brokenConfig() throws IOException {
        write("mkdocs.yml", "site_name: Bad input\nnav:\n  - index.md\n - guide/a.md\n");
        Matcher m = oneErrorLine(build());
        assertThat(m.group(1)).isEqualTo(path("mkdocs.yml"));
        assertThat(m.group(2)).isEqualTo("4");
        previousSiteKept();
    }

    @Test
    void openCodeFenceIsAWarningAndStrictMakesItFail() throws IOException {
        write("docs/guide/a.md", "# A\n\n```json\n{}\n");
        Cli r = build("--strict");
        assertThat(r.exit).isEqualTo(1);
        assertThat(r.errLines()).hasSize(2);
        assertThat(r.errLines()[0]).isEqualTo(path("docs/guide/a.md")
                + ":3: warning: code fence is never closed: the rest of the block is shown as code (add a closing ``` line)"
                + " [markdown.unclosed-fence]");
        assertThat(r.errLines()[1]).startsWith("error: --strict: 1 warning");
        previousSiteKept();
        Cli lenient = build();
        assertThat(lenient.exit).isZero();
        assertThat(lenient.errLines()).hasSize(1);
        assertThat(lenient.out).contains("1 warning ->");
    }

    @Test
    void unknownPluginsAndExtensionsWarnOnceEachAndTheBuildGoesOn() throws IOException {
        write("mkdocs.yml", String.join("\n",
                "site_name: Bad input",
                "markdown_extensions:",
                "  - pymdownx.emoji",
                "  - pymdownx.critic",
                "plugins:",
                "  - search",
                "  - macros",
                ""));
        Cli r = build();
        assertThat(r.exit).as(r.toString()).isZero();
        assertThat(r.errLines()).containsExactly(
                path("mkdocs.yml") + ":3: warning: markdown extension 'pymdownx.emoji' is not supported; its syntax renders"
                        + " as plain Markdown (remove it from markdown_extensions, or ignore this warning) [config.unsupported-extension]",
                path("mkdocs.yml") + ":4: warning: markdown extension 'pymdownx.critic' is not supported; its syntax renders"
                        + " as plain Markdown (remove it from markdown_extensions, or ignore this warning) [config.unsupported-extension]",
                path("mkdocs.yml") + ":7: warning: plugin 'macros' is not supported and is skipped (remove it from plugins,"
                        + " or ignore this warning) [config.unsupported-plugin]");
        assertThat(r.out).contains("3 warnings");
        assertThat(build("--strict").exit).isEqualTo(1);
    }

    @Test
    void twoBrokenPagesGiveOneLineEach() throws IOException {
        write("docs/guide/a.md", "# A\n\n{!partials/nope.md!}\n");
        write("docs/index.md", "# Home\n\n[=nope]\n");
        Cli r = build();
        assertThat(r.exit).isEqualTo(1);
        assertThat(r.errLines()).hasSize(2).allMatch(l -> ERROR_LINE.matcher(l).matches());
        assertThat(r.errLines()[0]).startsWith(path("docs/guide/a.md") + ":3:1: error: included file");
        assertThat(r.errLines()[1]).startsWith(path("docs/index.md") + ":3:3: error: unknown template variable 'nope'");
        previousSiteKept();
    }

    @Test
    void outputFolderOverlappingTheSources() throws IOException {
        Cli r = Cli.run("build", "--config", path("mkdocs.yml"), "--out", dir.toString());
        assertThat(r.exit).isEqualTo(1);
        assertThat(r.errLines()).singleElement().asString()
                .startsWith(dir + ": error: the output folder overlaps the sources");
        previousSiteKept();
    }

    @Test
    void verboseShowsTheStackTrace() {
        write("docs/guide/a.md", "# A\n\n{!partials/nope.md!}\n");
        Cli r = build("--verbose");
        assertThat(r.exit).isEqualTo(1);
        assertThat(r.errLines()[0]).matches(ERROR_LINE.pattern());
        assertThat(r.err).contains("\tat dev.policysite.include.IncludeExpander");
    }

    @Test
    void missingConfigFile() {
        Cli r = Cli.run("build", "--config", path("nope/mkdocs.yml"), "--out", site.toString());
        assertThat(r.exit).isEqualTo(1);
        assertThat(r.errLines()).singleElement().asString()
                .isEqualTo(path("nope/mkdocs.yml") + ": error: config file not found"
                        + " (run from the project root or pass --config path/to/policysite.yaml (or mkdocs.yml))");
    }
}
