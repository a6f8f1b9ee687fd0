package dev.policysite.site;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class SiteBuilderTest {
    @TempDir
    Path dir;

    private static Map<String, String> titlesByUrl(BuildResult r) {
        return r.site().pages().stream().collect(Collectors.toMap(BuiltSite.Page::url, BuiltSite.Page::title));
    }

    @Test
    void pageTitlesFollowMkDocsOrder() {
        TestSite s = new TestSite(dir)
                .file("mkdocs.yml", "site_name: T\n")
                .file("docs/index.md", "No heading here\n")
                .file("docs/front.md", "---\ntitle: From front matter\n---\n# Heading loses\n")
                .file("docs/heading.md", "# From the heading\n")
                .file("docs/late-heading.md", "Intro first.\n\n# Not the title\n")
                .file("docs/my_file-name.md", "text\n")
                .file("docs/CamelCase.md", "text\n")
                .file("docs/guide/index.md", "text\n")
                .file("docs/other/README.md", "text\n");
        Map<String, String> t = titlesByUrl(s.build());
        assertThat(t).containsEntry("", "Home")
                .containsEntry("front/", "From front matter")
                .containsEntry("heading/", "From the heading")
                .containsEntry("late-heading/", "Late heading")
                .containsEntry("my_file-name/", "My file name")
                .containsEntry("CamelCase/", "CamelCase")
                // MkDocs titles an untitled index.md / README.md from its stem: "Index"
                .containsEntry("guide/", "Index")
                .containsEntry("other/", "Index");
    }

    @Test
    void navTitleWinsOverEverything() {
        TestSite s = new TestSite(dir)
                .file("mkdocs.yml", "site_name: T\nnav:\n  - Start: index.md\n  - Named: a.md\n")
                .file("docs/index.md", "---\ntitle: Meta\n---\n# H\n")
                .file("docs/a.md", "# Heading A\n");
        BuildResult r = s.build();
        assertThat(titlesByUrl(r)).containsEntry("", "Start").containsEntry("a/", "Named");
        assertThat(s.page("a/index.html").title()).isEqualTo("Named - T");
    }

    @Test
    void lowerCaseReadmeIsAnOrdinaryPage() {
        TestSite s = new TestSite(dir)
                .file("mkdocs.yml", "site_name: T\n")
                .file("docs/index.md", "# Home\n")
                .file("docs/a/readme.md", "# Lower\n")
                .file("docs/b/README.md", "# Upper\n");
        Map<String, String> t = titlesByUrl(s.build());
        assertThat(t).containsKeys("a/readme/", "b/");
        assertThat(Files.isRegularFile(s.out.resolve("a/readme/index.html"))).isTrue();
        assertThat(Files.isRegularFile(s.out.resolve("b/index.html"))).isTrue();
    }

    @Test
    void directoryUrlsLinksAssetsSitemapAnd404() {
        TestSite s = new TestSite(dir)
                .file("mkdocs.yml", "site_name: T\nsite_url: https://docs.example.org/sub/\n")
                .file("docs/index.md", "# Home\n\n[Guide](guide/setup.md#step-2) [missing](nope.md) [ext](https://x.org/a.md)"
                        + " [mail](mailto:a@b.c) [asset](files/data.csv) [self](#home)\n")
                .file("docs/guide/setup.md", "# Setup\n\n## Step 2\n\n[home](../index.md) ![pic](img/p.png)\n"
                        + "<img src=\"img/p.png\" alt=\"raw\">\n")
                .bytes("docs/guide/img/p.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})
                .file("docs/files/data.csv", "a,b\n");
        BuildResult r = s.build();
        Document home = s.page("index.html");
        assertThat(home.select("article a").eachAttr("href")).containsExactly(
                "guide/setup/#step-2", "nope.md", "https://x.org/a.md", "mailto:a@b.c", "files/data.csv", "#home");
        Document setup = s.page("guide/setup/index.html");
        assertThat(setup.select("article a:not(.headerlink)").eachAttr("href")).containsExactly("../../");
        assertThat(setup.select("article img").eachAttr("src"))
                // a Markdown image is rewritten to the page URL; a raw <img> is left as written, as MkDocs does
                .containsExactly("../img/p.png", "img/p.png");
        assertThat(s.out.resolve("guide/img/p.png")).exists();
        assertThat(s.out.resolve("files/data.csv")).hasContent("a,b");
        assertThat(s.text("sitemap.xml")).contains("<loc>https://docs.example.org/sub/</loc>",
                "<loc>https://docs.example.org/sub/guide/setup/</loc>");
        Document notFound = s.page("404.html");
        // served at any depth: links are rooted at site_url's path
        assertThat(notFound.select("a[href]").eachAttr("href")).allMatch(h -> h.startsWith("/sub/") || h.startsWith("#"));
        assertThat(r.warnings()).extracting(f -> f.code() + "@" + f.pos().line()).containsExactly("link.missing-page@3");
    }

    @Test
    void withoutDirectoryUrlsPagesAreHtmlFiles() {
        TestSite s = new TestSite(dir)
                .file("mkdocs.yml", "site_name: T\nuse_directory_urls: false\n")
                .file("docs/index.md", "[a](guide/a.md#x)\n")
                .file("docs/guide/a.md", "# A\n[home](../index.md)\n");
        s.build();
        assertThat(s.page("index.html").select("article a").attr("href")).isEqualTo("guide/a.html#x");
        assertThat(s.page("guide/a.html").select("article a:not(.headerlink)").attr("href")).isEqualTo("../index.html");
    }

    @Test
    void previousAndNextFollowTheNav() {
        TestSite s = new TestSite(dir)
                .file("mkdocs.yml", "site_name: T\nnav:\n  - index.md\n  - G:\n    - g/b.md\n    - g/a.md\n")
                .file("docs/index.md", "# Home\n")
                .file("docs/g/a.md", "# A\n")
                .file("docs/g/b.md", "# B\n");
        s.build();
        Element pager = s.page("g/b/index.html").selectFirst("nav.ps-pager");
        assertThat(pager.select("a[rel=prev]").attr("href")).isEqualTo("../../");
        assertThat(pager.select("a[rel=next]").attr("href")).isEqualTo("../../g/a/");
    }

    @Test
    void excludedDocsAreNeitherPagesNorAssetsButStillIncludable() {
        TestSite s = new TestSite(dir)
                .file("mkdocs.yml", "site_name: T\nexclude_docs: |\n  partials/\n  *.tmp\nmarkdown_extensions:\n"
                        + "  - markdown_include.include:\n      base_path: docs\n")
                .file("docs/index.md", "# Home\n\n{!partials/p.md!}\n")
                .file("docs/partials/p.md", "Included *text*.\n")
                .file("docs/scratch.tmp", "x\n");
        BuildResult r = s.build();
        assertThat(r.site().pages()).extracting(BuiltSite.Page::url).containsExactly("");
        assertThat(s.out.resolve("partials")).doesNotExist();
        assertThat(s.out.resolve("scratch.tmp")).doesNotExist();
        assertThat(s.page("index.html").select("article em").text()).isEqualTo("text");
    }

    @Test
    void linksInAnIncludedFileAreRebasedToTheIncludingPage() {
        TestSite s = new TestSite(dir)
                .file("mkdocs.yml", "site_name: T\nmarkdown_extensions:\n  - markdown_include.include:\n      base_path: docs\n")
                .file("docs/index.md", "# Home\n")
                .file("docs/guide/deep/page.md", "# Page\n\n{!shared/links.md!}\n")
                .file("docs/shared/links.md", "[ref](../reference.md#top) ![d](img/d.png)\n")
                .bytes("docs/shared/img/d.png", new byte[] {1})
                .file("docs/reference.md", "# Top\n");
        BuildResult r = s.build();
        Document page = s.page("guide/deep/page/index.html");
        assertThat(page.select("article p a").attr("href")).isEqualTo("../../../reference/#top");
        assertThat(page.select("article img").attr("src")).isEqualTo("../../../shared/img/d.png");
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void templateFromFrontMatter() {
        TestSite s = new TestSite(dir)
                .file("mkdocs.yml", "site_name: T\ntheme:\n  name: mkdocs\n  custom_dir: theme\n")
                .file("theme/landing.ftlh", "<html><body class=\"landing\">${page.title}|${page.content?no_esc}</body></html>")
                .file("docs/index.md", "---\ntemplate: landing.html\n---\n# Welcome\n");
        s.build();
        Document d = s.page("index.html");
        assertThat(d.body().hasClass("landing")).isTrue();
        assertThat(d.select("body > h1").text()).startsWith("Welcome");
    }

    @Test
    void configInsideTheDocsFolderIsNotCopied() {
        TestSite s = new TestSite(dir)
                .file("content/policysite.yaml", "site_name: T\nsite_dir: ../site\n")
                .file("content/index.md", "# Home\n");
        dev.policysite.config.SiteConfig c = new dev.policysite.config.ConfigLoader(s.diagnostics)
                .load(dir.resolve("content/policysite.yaml"));
        new SiteBuilder(c, s.diagnostics, List.of(), new dev.policysite.markdown.MarkdownEngine()).build(dir.resolve("site"));
        assertThat(dir.resolve("site/index.html")).exists();
        assertThat(dir.resolve("site/policysite.yaml")).doesNotExist();
    }

    @Test
    void refusesAnOutputFolderThatHoldsOrSitsInsideTheSources() {
        TestSite s = new TestSite(dir)
                .file("mkdocs.yml", "site_name: T\n")
                .file("docs/index.md", "# Home\n");
        dev.policysite.config.SiteConfig c = new dev.policysite.config.ConfigLoader(s.diagnostics).load(dir.resolve("mkdocs.yml"));
        for (Path out : List.of(dir, dir.resolve("docs"), dir.resolve("docs/site"), dir.getParent())) {
            SiteBuilder b = new SiteBuilder(c, s.diagnostics, List.of(), new dev.policysite.markdown.MarkdownEngine());
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> b.build(out))
                    .isInstanceOf(dev.policysite.diag.UserError.class)
                    .hasMessageContaining("overlaps the sources");
        }
        // a mistyped --out . once moved the whole project away and deleted it
        assertThat(dir.resolve("docs/index.md")).exists();
        assertThat(dir.resolve("mkdocs.yml")).exists();
    }

    @Test
    void frontMatterPickingAMissingTemplateNamesThatLine() {
        TestSite s = new TestSite(dir)
                .file("mkdocs.yml", "site_name: T\n")
                .file("docs/index.md", "---\ntitle: Home\ndescription: x\ntemplate: nowhere.html\n---\n# Home\n");
        dev.policysite.diag.UserError e = org.assertj.core.api.Assertions.catchThrowableOfType(
                dev.policysite.diag.UserError.class, s::build);
        assertThat(e.pos()).isEqualTo(dev.policysite.diag.SourcePos.of(dir.resolve("docs/index.md"), 4));
        assertThat(e.getMessage()).contains("'nowhere.html'");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void warningsInIncludedTextNameTheIncludedFileAndLine() {
        TestSite s = new TestSite(dir)
                .file("mkdocs.yml", "site_name: T\nexclude_docs: |\n  parts/\nmarkdown_extensions:\n"
                        + "  - markdown_include.include:\n      base_path: docs\n")
                .file("docs/index.md", "---\ntitle: Home\n---\n# Home\n\n!!! note\n    {!parts/p.md!}\n\n{!parts/q.md!}\n")
                .file("docs/parts/p.md", "one\n\n[gone](missing.md)\n")
                .file("docs/parts/q.md", "text\n\n```json\n{\n");
        BuildResult r = s.build();
        assertThat(r.warnings()).extracting(f -> dir.relativize(f.pos().file()) + ":" + f.pos().line() + " " + f.code())
                .containsExactly("docs/parts/p.md:3 link.missing-page", "docs/parts/q.md:3 markdown.unclosed-fence");
    }

    @Test
    void twoSourcesForOneUrlKeepOneAndWarn() {
        TestSite s = new TestSite(dir)
                .file("mkdocs.yml", "site_name: T\n")
                .file("docs/index.md", "# Home\n")
                .file("docs/g/README.md", "# Readme\n")
                .file("docs/g/index.md", "# Index wins\n")
                .file("docs/a.md", "# Flat a\n")
                .file("docs/a/index.md", "# Folder a wins\n");
        BuildResult r = s.build();
        assertThat(s.page("g/index.html").select("article h1").text()).startsWith("Index wins");
        assertThat(s.page("a/index.html").select("article h1").text()).startsWith("Folder a wins");
        assertThat(r.warnings()).extracting(f -> dir.relativize(f.pos().file()) + " " + f.code())
                .containsExactly("docs/a.md content.url-conflict", "docs/g/README.md content.url-conflict");
        assertThat(r.warnings().get(1).message()).isEqualTo("left out: g/index.md is published at the same URL (g/index.html)");
    }

    @Test
    void templateMarkdownFalseLeavesFtlSyntaxAlone() {
        TestSite s = new TestSite(dir)
                .file("mkdocs.yml", "site_name: T\n")
                .file("docs/index.md", "---\ntemplate_markdown: false\n---\n# Home\n\nKeep [=this] and <#list x#> as text.\n")
                .file("docs/other.md", "# Other\n\nSite [=site.name].\n");
        s.build();
        assertThat(s.page("index.html").select("article p").text()).isEqualTo("Keep [=this] and <#list x#> as text.");
        assertThat(s.page("other/index.html").select("article p").text()).isEqualTo("Site T.");
    }

    @Test
    void aLinkIsReadFromTheFileOfItsOwnLineEvenMidParagraph() {
        TestSite s = new TestSite(dir)
                .file("mkdocs.yml", "site_name: T\nexclude_docs: |\n  parts/\nmarkdown_extensions:\n"
                        + "  - markdown_include.include:\n      base_path: docs\n")
                .file("docs/index.md", "# Home\n\nIntro line that the include continues:\n{!parts/links.md!}\n")
                .file("docs/parts/links.md", "a first line,\nthen [ref](../reference.md) and [gone](../gone.md).\n")
                .file("docs/reference.md", "# Ref\n");
        BuildResult r = s.build();
        assertThat(s.page("index.html").select("article p a").eachAttr("href")).containsExactly("reference/", "../gone.md");
        assertThat(r.warnings()).extracting(f -> dir.relativize(f.pos().file()) + ":" + f.pos().line())
                .containsExactly("docs/parts/links.md:2");
    }

    @Test
    void aPageRebuiltInPlaceRefreshesTheSearchIndex() throws Exception {
        TestSite s = new TestSite(dir)
                .file("mkdocs.yml", "site_name: T\n")
                .file("docs/index.md", "# Home\n\nFirst words.\n")
                .file("docs/other.md", "# Other\n\nUnchanged text.\n");
        dev.policysite.config.SiteConfig c = new dev.policysite.config.ConfigLoader(s.diagnostics).load(dir.resolve("mkdocs.yml"));
        SiteBuilder b = new SiteBuilder(c, s.diagnostics, List.of(new dev.policysite.search.SearchIndexPlugin()),
                new dev.policysite.markdown.MarkdownEngine());
        b.build(s.out);
        assertThat(Files.readString(s.out.resolve("search/search_index.js"))).contains("First words").doesNotContain("Edited");

        s.file("docs/index.md", "# Home\n\nEdited words.\n");
        assertThat(b.rebuildPages(java.util.Set.of(dir.resolve("docs/index.md")))).isTrue();

        assertThat(Files.readString(s.out.resolve("index.html"))).contains("Edited words");
        assertThat(Files.readString(s.out.resolve("search/search_index.js")))
                .contains("Edited words").contains("Unchanged text").doesNotContain("First words");
    }
}
