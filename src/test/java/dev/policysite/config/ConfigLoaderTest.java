package dev.policysite.config;

import dev.policysite.diag.Diagnostics;
import dev.policysite.diag.Finding;
import dev.policysite.diag.SourcePos;
import dev.policysite.diag.UserError;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigLoaderTest {
    @TempDir
    Path dir;
    Diagnostics diagnostics;

    @BeforeEach
    void setUp() throws IOException {
        diagnostics = new Diagnostics();
        Files.createDirectories(dir.resolve("docs"));
    }

    private SiteConfig load(String name, String yaml) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, yaml);
        return new ConfigLoader(diagnostics).load(file);
    }

    private UserError loadFails(String name, String yaml) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> load(name, yaml));
        assertThat(t).isInstanceOf(UserError.class);
        return (UserError) t;
    }

    @Test
    void mkdocsProjectPathsAreRelativeToTheConfigFile() throws IOException {
        SiteConfig c = load("mkdocs.yml", "site_name: Docs\n");
        assertThat(c.siteName()).isEqualTo("Docs");
        assertThat(c.docsDir()).isEqualTo(dir.resolve("docs"));
        assertThat(c.siteDir()).isEqualTo(dir.resolve("site"));
        assertThat(c.useDirectoryUrls()).isTrue();
        // MkDocs' toc adds no permalinks unless asked
        assertThat(c.permalinkSymbol()).isEmpty();
        assertThat(c.nav()).isEmpty();
        assertThat(diagnostics.count()).isZero();
    }

    @Test
    void policysiteYamlDefaultsToItsOwnFolderAsDocs() throws IOException {
        Files.createDirectories(dir.resolve("content"));
        SiteConfig c = load("content/policysite.yaml", "site_name: P\nsite_dir: ../out\n");
        assertThat(c.docsDir()).isEqualTo(dir.resolve("content"));
        assertThat(c.siteDir()).isEqualTo(dir.resolve("out"));
        assertThat(c.permalinkSymbol()).isEqualTo("¶");
        assertThat(c.includeBases()).containsExactly(dir.resolve("content"));
    }

    @Test
    void docsDirAndSiteDirAreResolvedFromTheConfigFolderNotTheWorkingDirectory() throws IOException {
        Files.createDirectories(dir.resolve("sub/src"));
        SiteConfig c = load("sub/mkdocs.yml", "site_name: S\ndocs_dir: src\nsite_dir: ../public\n");
        assertThat(c.docsDir()).isEqualTo(dir.resolve("sub/src"));
        assertThat(c.siteDir()).isEqualTo(dir.resolve("public"));
        assertThat(c.configDir()).isEqualTo(dir.resolve("sub"));
    }

    @Test
    void includeBasePathsComeFromMarkdownIncludeAndSnippetsOptions() throws IOException {
        Files.createDirectories(dir.resolve("snippets"));
        SiteConfig c = load("mkdocs.yml", String.join("\n",
                "site_name: S",
                "markdown_extensions:",
                "  - markdown_include.include:",
                "      base_path: docs/partials",
                "  - pymdownx.snippets:",
                "      base_path: [snippets, .]",
                "      check_paths: true",
                ""));
        assertThat(c.includeBases()).containsExactly(dir.resolve("docs/partials"), dir.resolve("snippets"), dir,
                dir.resolve("docs"));
        assertThat(diagnostics.count()).isZero();
    }

    @Test
    void includeExtensionsWithoutBasePathUseTheConfigFolderAsMkDocsDoes() throws IOException {
        SiteConfig c = load("mkdocs.yml", "site_name: S\nmarkdown_extensions:\n  - markdown_include.include\n  - pymdownx.snippets\n");
        assertThat(c.includeBases()).containsExactly(dir, dir.resolve("docs"));
    }

    @Test
    void snippetsBasePathMayBeASingleString() throws IOException {
        SiteConfig c = load("mkdocs.yml", "site_name: S\nmarkdown_extensions:\n  - pymdownx.snippets:\n      base_path: docs/snips\n");
        assertThat(c.includeBases()).containsExactly(dir.resolve("docs/snips"), dir.resolve("docs"));
    }

    @Test
    void tocPermalinkOption() throws IOException {
        assertThat(load("mkdocs.yml", "site_name: S\nmarkdown_extensions:\n  - toc:\n      permalink: \"#\"\n").permalinkSymbol())
                .isEqualTo("#");
        assertThat(load("mkdocs.yml", "site_name: S\nmarkdown_extensions:\n  - toc:\n      permalink: true\n").permalinkSymbol())
                .isEqualTo("¶");
        assertThat(load("policysite.yaml", "site_name: S\ndocs_dir: docs\nmarkdown_extensions:\n  - toc:\n      permalink: false\n")
                .permalinkSymbol()).isEmpty();
    }

    @Test
    void unknownExtensionsPluginsAndKeysGiveOneWarningEachWithTheirLine() throws IOException {
        SiteConfig c = load("mkdocs.yml", String.join("\n",
                "site_name: S",                                  // 1
                "markdown_extensions:",                          // 2
                "  - admonition",                                // 3
                "  - pymdownx.emoji:",                           // 4
                "      emoji_index: !!python/name:material.extensions.emoji.twemoji", // 5
                "  - pymdownx.critic",                           // 6
                "plugins:",                                      // 7
                "  - search",                                    // 8
                "  - awesome-pages",                             // 9
                "  - git-revision-date:",                        // 10
                "      enabled: true",                           // 11
                "sitename_typo: x",                              // 12
                ""));
        assertThat(c.siteName()).isEqualTo("S");
        List<Finding> f = diagnostics.sorted();
        assertThat(f).extracting(x -> x.pos().line() + " " + x.code()).containsExactly(
                "4 config.unsupported-extension",
                "6 config.unsupported-extension",
                "9 config.unsupported-plugin",
                "10 config.unsupported-plugin",
                "12 config.unknown-key");
        assertThat(f.get(0).message()).contains("'pymdownx.emoji'");
        assertThat(f.get(3).message()).contains("'git-revision-date'");
        assertThat(f).allSatisfy(x -> assertThat(x.hint()).isNotEmpty());
    }

    @Test
    void pythonTagsAndEnvTagsParse() throws IOException {
        SiteConfig c = load("mkdocs.yml", String.join("\n",
                "site_name: !ENV [POLICYSITE_TEST_SURELY_UNSET_1, POLICYSITE_TEST_SURELY_UNSET_2, 'Fallback name']",
                "markdown_extensions:",
                "  - pymdownx.superfences:",
                "      custom_fences:",
                "        - name: mermaid",
                "          class: mermaid",
                "          format: !!python/name:pymdownx.superfences.fence_code_format",
                "  - toc:",
                "      slugify: !!python/object/apply:pymdownx.slugs.slugify {kwds: {case: lower}}",
                "extra:",
                "  path: !ENV PATH",
                "  first_set: !ENV [POLICYSITE_TEST_SURELY_UNSET_1, PATH, 'default']",
                "  unset: !ENV POLICYSITE_TEST_SURELY_UNSET_1",
                "  plain: [a, b]",
                ""));
        assertThat(c.siteName()).isEqualTo("Fallback name");
        Map<String, Object> extra = c.extra();
        assertThat(extra.get("path")).isEqualTo(System.getenv("PATH"));
        assertThat(extra.get("first_set")).isEqualTo(System.getenv("PATH"));
        assertThat(extra.get("unset")).isEqualTo("");
        assertThat(extra.get("plain")).isEqualTo(List.of("a", "b"));
        assertThat(diagnostics.count()).isZero();
    }

    @Test
    void navWithNestedSectionsPagesAndLinks() throws IOException {
        SiteConfig c = load("mkdocs.yml", String.join("\n",
                "site_name: S",
                "nav:",
                "  - index.md",
                "  - Guide:",
                "      - Start: guide/start.md",
                "      - Deeper:",
                "          - guide/deep/one.md",
                "  - GitHub: https://github.com/example/x",
                ""));
        List<NavEntry> nav = c.nav();
        assertThat(nav).hasSize(3);
        assertThat(nav.get(0).path()).isEqualTo("index.md");
        assertThat(nav.get(0).title()).isNull();
        assertThat(nav.get(1).isSection()).isTrue();
        assertThat(nav.get(1).children().get(0).title()).isEqualTo("Start");
        assertThat(nav.get(1).children().get(1).children().get(0).path()).isEqualTo("guide/deep/one.md");
        assertThat(nav.get(1).children().get(1).children().get(0).pos().line()).isEqualTo(7);
        assertThat(nav.get(2).isExternal()).isTrue();
    }

    @Test
    void missingSiteNameIsAnError() {
        UserError e = loadFails("mkdocs.yml", "docs_dir: docs\n");
        assertThat(e.getMessage()).isEqualTo("site_name is missing");
        assertThat(e.hint()).contains("site_name:");
    }

    @Test
    void missingDocsDirIsAnErrorAtItsLine() {
        UserError e = loadFails("mkdocs.yml", "site_name: S\ndocs_dir: nowhere\n");
        assertThat(e.pos()).isEqualTo(SourcePos.of(dir.resolve("mkdocs.yml"), 2));
        assertThat(e.getMessage()).contains("is not a folder");
    }

    @Test
    void siteDirInsideDocsDirIsRefused() {
        UserError e = loadFails("mkdocs.yml", "site_name: S\nsite_dir: docs/site\n");
        assertThat(e.pos().line()).isEqualTo(2);
    }

    @Test
    void brokenYamlIsAnErrorWithItsLine() {
        UserError e = loadFails("mkdocs.yml", "site_name: S\nnav:\n  - a.md\n - b.md\n");
        assertThat(e.getMessage()).startsWith("invalid YAML");
        assertThat(e.pos().line()).isEqualTo(4);
        assertThat(e.toLine(dir)).doesNotContain("\n");
    }

    @Test
    void navThatIsNotAListIsAnError() {
        UserError e = loadFails("mkdocs.yml", "site_name: S\nnav: index.md\n");
        assertThat(e.getMessage()).isEqualTo("nav must be a list");
        assertThat(e.pos().line()).isEqualTo(2);
    }

    @Test
    void navEntryOfTheWrongShapeIsAnErrorAtItsLine() {
        UserError e = loadFails("mkdocs.yml", "site_name: S\nnav:\n  - index.md\n  - A: x.md\n    B: y.md\n");
        assertThat(e.pos().line()).isEqualTo(4);
    }

    @Test
    void configThatIsNotAMappingIsAnError() {
        assertThat(loadFails("mkdocs.yml", "- a\n- b\n").getMessage()).contains("mapping");
    }

    @Test
    void missingConfigFileIsAnError() {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(
                () -> new ConfigLoader(diagnostics).load(dir.resolve("nope/mkdocs.yml")));
        assertThat(t).isInstanceOf(UserError.class).hasMessage("config file not found");
    }

    @Test
    void themeCustomDirMustExist() throws IOException {
        UserError e = loadFails("mkdocs.yml", "site_name: S\ntheme:\n  name: material\n  custom_dir: overrides\n");
        assertThat(e.pos().line()).isEqualTo(4);
        Files.createDirectories(dir.resolve("overrides"));
        assertThat(load("mkdocs.yml", "site_name: S\ntheme:\n  name: material\n  custom_dir: overrides\n").themeDir())
                .isEqualTo(dir.resolve("overrides"));
    }

    @Test
    void unknownThemeIsAWarning() throws IOException {
        load("mkdocs.yml", "site_name: S\ntheme: windmill\n");
        assertThat(diagnostics.sorted()).singleElement().extracting(Finding::code).isEqualTo("config.theme");
    }

    @Test
    void directoryUrlsCanBeTurnedOff() throws IOException {
        assertThat(load("mkdocs.yml", "site_name: S\nuse_directory_urls: false\n").useDirectoryUrls()).isFalse();
    }

    @Test
    void includeOptionsThatChangeTheInsertedTextWarnWithTheirLine() throws IOException {
        load("mkdocs.yml", String.join("\n",
                "site_name: S",
                "markdown_extensions:",
                "  - markdown_include.include:",
                "      base_path: docs",
                "      headingOffset: 1",
                "      inheritHeadingDepth: false",
                "  - pymdownx.snippets:",
                "      auto_append: [abbreviations.md]",
                "      check_paths: true",
                ""));
        assertThat(diagnostics.sorted()).extracting(f -> f.pos().line() + " " + f.code() + " " + f.message()).containsExactly(
                "5 config.unsupported-option option 'headingOffset' is not supported: included headings keep their level",
                "8 config.unsupported-option option 'auto_append' is not supported: nothing is appended to pages");
    }
}
