package dev.policysite.site;

import dev.policysite.cli.Main;
import dev.policysite.diag.SourcePos;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Builds src/test/resources/mkdocs-project (an MkDocs project with nested nav, includes, snippets, admonitions,
 * tabs, md_in_html, footnotes, images in sub-folders and an unknown plugin) the way a user would:
 * {@code policysite build --config .../mkdocs.yml --out DIR}, then reads the site back.
 */
class MkDocsProjectTest {
    @TempDir
    static Path out;
    static Path config;
    static int exit;
    static String stdout;
    static String stderr;
    static BuiltSiteChecker site;

    @BeforeAll
    static void build() throws URISyntaxException {
        config = Path.of(MkDocsProjectTest.class.getResource("/mkdocs-project/mkdocs.yml").toURI());
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            exit = Main.run("build", "--config", config.toString(), "--out", out.resolve("site").toString());
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        stdout = o.toString(StandardCharsets.UTF_8);
        stderr = e.toString(StandardCharsets.UTF_8);
        site = new BuiltSiteChecker(out.resolve("site"), "/cloud/");
    }

    @Test
    void buildsWithOneWarningPerUnsupportedPluginOrExtension() throws Exception {
        assertThat(exit).as(stderr).isZero();
        List<String> lines = Files.readAllLines(config);
        String emoji = SourcePos.of(config, lines.indexOf("  - pymdownx.emoji:") + 1).toString(Path.of("").toAbsolutePath());
        String redirects = SourcePos.of(config, lines.indexOf("  - redirects:") + 1).toString(Path.of("").toAbsolutePath());
        assertThat(stderr.split("\\R")).containsExactly(
                emoji + ": warning: markdown extension 'pymdownx.emoji' is not supported; its syntax renders as plain Markdown"
                        + " (remove it from markdown_extensions, or ignore this warning) [config.unsupported-extension]",
                redirects + ": warning: plugin 'redirects' is not supported and is skipped (remove it from plugins, or ignore"
                        + " this warning) [config.unsupported-plugin]");
        assertThat(stdout.split("\\R")).singleElement().asString().startsWith("Built 7 pages in ").contains("2 warnings");
    }

    @Test
    void pagesLiveAtDirectoryUrlsAndExcludedPartialsAreNotPublished() {
        Path root = out.resolve("site");
        for (String p : List.of("index.html", "getting-started/index.html", "getting-started/install/index.html",
                "guides/aws/cross-account/index.html", "guides/aws/s3/index.html", "guides/azure/index.html",
                "reference/index.html", "404.html", "sitemap.xml", "img/logo.png", "img/diagram.png", "guides/aws/img/flow.png")) {
            assertThat(root.resolve(p)).as(p).isRegularFile();
        }
        assertThat(root.resolve("partials")).doesNotExist();
        assertThat(root.resolve("mkdocs.yml")).doesNotExist();
    }

    @Test
    void navFollowsTheConfigWithNestedSections() {
        Document d = site.page("guides/aws/s3/index.html");
        Element nav = d.selectFirst("nav.ps-nav");
        List<String> outline = new ArrayList<>();
        outline(nav.selectFirst("ul"), "", outline);
        assertThat(outline).containsExactly(
                "Home -> ../../../",
                "Getting started",
                "  Index -> ../../../getting-started/",
                "  Install -> ../../../getting-started/install/",
                "Guides",
                "  AWS",
                "    Cross-account role -> ../../../guides/aws/cross-account/",
                "    Amazon S3 -> ../../../guides/aws/s3/",
                "  Azure -> ../../../guides/azure/",
                "Reference -> ../../../reference/",
                "GitHub -> https://github.com/example/cloud-docs");
        assertThat(nav.select("a[aria-current=page]").text()).isEqualTo("Amazon S3");
        assertThat(d.title()).isEqualTo("Amazon S3 - Example Cloud Docs");
    }

    private static void outline(Element ul, String indent, List<String> out) {
        for (Element li : ul.children()) {
            // a page is li > a; a section is li > details > (summary, ul), open on the current page's path
            Element label = li.selectFirst("> a, > span, > details > summary");
            out.add(indent + label.text() + (label.hasAttr("href") ? " -> " + label.attr("href") : ""));
            Element sub = li.selectFirst("> ul, > details > ul");
            if (sub != null) {
                outline(sub, indent + "  ", out);
            }
        }
    }

    @Test
    void everyInternalLinkAndImageResolves() {
        assertThat(site.brokenLinks()).isEmpty();
    }

    @Test
    void noDirectiveOrExtensionSyntaxIsLeftInAnyPage() {
        for (Path f : site.htmlFiles()) {
            String text = site.page(f).select("article").text();
            assertThat(text).as(f.toString()).doesNotContain("{!", "!!!", "???", "--8<--", "=== \"", "{:", "[^1]", "<div");
        }
    }

    @Test
    void includesAndSnippetsAreExpandedWhereTheyStand() {
        Document install = site.page("getting-started/install/index.html");
        Element included = install.selectFirst("article > p");
        assertThat(included.text()).startsWith("Before installing, read the reference");
        // a link written in the included file is rebased to the including page
        assertThat(included.selectFirst("a").attr("href")).isEqualTo("../../reference/");
        assertThat(included.selectFirst("img").attr("src")).isEqualTo("../../img/diagram.png");

        Document role = site.page("guides/aws/cross-account/index.html");
        assertThat(role.select("article pre > code.language-json").first().text())
                .contains("\"Action\": \"sts:AssumeRole\"", "arn:aws:iam::111122223333:root");
        assertThat(role.select("article pre > code.language-json").get(1).wholeText())
                .isEqualTo("  \"Version\": \"2012-10-17\",\n"
                        + "  \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\",\n"
                        + "    \"Resource\": \"arn:aws:s3:::example-bucket/${aws:username}/*\"}]\n");
        // an include indented inside an admonition stays inside it, list and all
        Element danger = role.selectFirst("div.admonition.danger");
        assertThat(danger.selectFirst("> p.admonition-title").text()).isEqualTo("Least privilege");
        assertThat(danger.select("> ul > li").eachText()).containsExactly("s3:GetObject on one bucket", "nothing else");
        assertThat(role.select("article p code").eachText()).contains("arn:aws:s3:::example-bucket/${aws:username}/*");
    }

    @Test
    void mkdocsMarkupRendersWithPymdownxStructure() {
        Document install = site.page("getting-started/install/index.html");
        Element warning = install.selectFirst("div.admonition.warning");
        assertThat(warning.select("> ul > li")).hasSize(2);
        assertThat(warning.select("> div.ps-code > pre > code.language-bash").text()).isEqualTo("pip install example-cli");
        assertThat(warning.select("> div.admonition.note > p > a").attr("href")).isEqualTo("../../");
        Element tabs = install.selectFirst("div.tabbed-set.tabbed-alternate");
        assertThat(tabs.select("> div.tabbed-labels > label").eachText()).containsExactly("Linux", "macOS");
        assertThat(tabs.select("div.tabbed-block pre code").eachText()).containsExactly("sudo apt install example", "brew install example");
        Element figure = install.selectFirst("article figure");
        assertThat(figure.hasAttr("markdown")).isFalse();
        assertThat(figure.selectFirst("img").attr("src")).isEqualTo("../../img/diagram.png");
        assertThat(install.selectFirst("details.info > summary").text()).isEqualTo("Troubleshooting");

        Document azure = site.page("guides/azure/index.html");
        assertThat(azure.select("div.grid > p > strong").text()).isEqualTo("Custom roles");
        assertThat(azure.selectFirst("details.note").hasAttr("open")).isFalse();

        Document s3 = site.page("guides/aws/s3/index.html");
        Elements rows = s3.select("article table tbody tr");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).select("td").eachText()).containsExactly("s3:GetObject", "arn:aws:s3:::example-bucket/*");
        assertThat(s3.select("sup > a.footnote-ref").attr("href")).isEqualTo("#fn:1");
        assertThat(s3.select("div.footnote li#fn\\:1").text()).startsWith("Buckets are public only");
    }

    @Test
    void headingIdsAndPermalinksMatchMkDocs() {
        Document role = site.page("guides/aws/cross-account/index.html");
        assertThat(role.select("article h2").eachAttr("id")).containsExactly(
                "creating-the-role", "limiting-the-cross-account-role-permissions", "example", "example_1");
        // toc: permalink: "#"
        assertThat(role.select("article h2 > a.headerlink").eachText()).containsOnly("#");
        assertThat(site.page("reference/index.html").select("article h2").eachAttr("id")).containsExactly("custom-anchor", "links");
        Element external = role.selectFirst("a[target=_blank]");
        assertThat(external.attr("href")).isEqualTo("../s3/#bucket-policies");
    }

    @Test
    void titlesDescriptionAndSitemap() throws Exception {
        assertThat(site.page("index.html").title()).isEqualTo("Home - Example Cloud Docs");
        assertThat(site.page("index.html").select("meta[name=description]").attr("content")).isEqualTo("Start here");
        String sitemap = Files.readString(out.resolve("site/sitemap.xml"));
        assertThat(sitemap).contains("<loc>https://docs.example.org/cloud/</loc>",
                "<loc>https://docs.example.org/cloud/guides/aws/cross-account/</loc>",
                "<loc>https://docs.example.org/cloud/reference/</loc>");
        assertThat(sitemap).doesNotContain("partials");
    }
}
