package dev.policysite.theme;

import dev.policysite.config.ConfigLoader;
import dev.policysite.config.SiteConfig;
import dev.policysite.diag.Diagnostics;
import dev.policysite.markdown.MarkdownEngine;
import dev.policysite.search.SearchIndexPlugin;
import dev.policysite.site.SiteBuilder;
import dev.policysite.site.SitePlugin;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The built-in theme's HTML on a real build of the sample site, read back with jsoup. */
class ThemeTemplateTest {
    @TempDir
    static Path tmp;
    private static Path site;

    @BeforeAll
    static void build() {
        site = TestSite.buildSample(tmp.resolve("site"));
    }

    private static Document page(Path root, String path) throws IOException {
        return Jsoup.parse(root.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void navigationMarksTheCurrentPageAndOpensOnlyItsSections() throws IOException {
        Document d = page(site, "guides/aws/cross-account/index.html");
        Element nav = d.selectFirst("nav#ps-nav[aria-label=Site navigation]");
        assertThat(nav.select("[aria-current=page]")).singleElement()
                .satisfies(a -> assertThat(a.text()).isEqualTo("Cross-account role"))
                .satisfies(a -> assertThat(a.parent().hasClass("ps-current")).isTrue());
        assertThat(nav.select("details[open] > summary")).extracting(Element::text).containsExactly("Guides", "AWS");
        assertThat(nav.select("details:not([open]) > summary")).extracting(Element::text).containsExactly("Reference");
        // every link is relative, so the site works from any folder and from file://
        assertThat(nav.select("a.ps-nav-link")).extracting(a -> a.attr("href")).containsExactly("../../../",
                "../../../guides/getting-started/", "../../../guides/aws/cross-account/",
                "../../../guides/aws/troubleshooting/", "../../../reference/admonitions/", "../../../reference/tables/",
                "https://status.example.com/");
        assertThat(nav.selectFirst("a[href^=https]").attr("rel")).isEqualTo("noopener");
    }

    @Test
    void tableOfContentsSkipsThePageTitleAndNests() throws IOException {
        Document d = page(site, "guides/aws/cross-account/index.html");
        Element toc = d.selectFirst("nav.ps-toc[aria-label=On this page]");
        assertThat(toc.select("> ul > li > a")).extracting(Element::text).containsExactly("The policy", "Trust relationship");
        assertThat(toc.select("> ul > li > ul > li > a")).extracting(a -> a.attr("href")).containsExactly("#rotating-the-id");
        assertThat(toc.text()).doesNotContain("Cross-account role");
        assertThat(d.selectFirst(".ps-container").hasClass("ps-no-toc")).isFalse();
    }

    @Test
    void onlyAFirstH1IsTakenForThePageTitle(@TempDir Path project) throws IOException {
        Path built = TestSite.buildProject(project, Map.of("policysite.yaml", "site_name: T\ndocs_dir: docs\n",
                "docs/index.md", "# Title\n\n## A\n\n# Second part\n\n## B\n"));
        Element toc = page(built, "index.html").selectFirst("nav.ps-toc");
        assertThat(toc.select("> ul > li > a")).extracting(Element::text).containsExactly("A", "Second part");
        assertThat(toc.select("> ul > li > ul > li > a")).extracting(Element::text).containsExactly("B");
        Path noTitle = TestSite.buildProject(project.resolve("two"), Map.of("policysite.yaml", "site_name: T\ndocs_dir: docs\n",
                "docs/index.md", "Intro\n\n## Only h2\n"));
        assertThat(page(noTitle, "index.html").select("nav.ps-toc a")).extracting(Element::text).containsExactly("Only h2");
    }

    @Test
    void previousAndNextFollowTheNavOrder() throws IOException {
        Document d = page(site, "guides/aws/cross-account/index.html");
        Element prev = d.selectFirst(".ps-pager a[rel=prev]");
        Element next = d.selectFirst(".ps-pager a[rel=next]");
        assertThat(prev.attr("href")).isEqualTo("../../../guides/getting-started/");
        assertThat(prev.selectFirst(".ps-pager-title").text()).isEqualTo("Getting started");
        assertThat(next.attr("href")).isEqualTo("../../../guides/aws/troubleshooting/");
        Document home = page(site, "index.html");
        assertThat(home.select(".ps-pager a[rel=prev]")).isEmpty();
        assertThat(home.selectFirst(".ps-pager a[rel=next]").attr("href")).isEqualTo("./guides/getting-started/");
    }

    @Test
    void headCarriesTheBaseUrlTheSearchIndexAndTheEarlyThemeScript() throws IOException {
        Document d = page(site, "guides/aws/cross-account/index.html");
        assertThat(d.selectFirst("meta[name=ps-base-url]").attr("content")).isEqualTo("../../../");
        assertThat(d.selectFirst("meta[name=ps-search-index]").attr("content")).isEqualTo("../../../search/search_index.js");
        Element first = d.head().selectFirst("script");
        assertThat(first.data()).contains("localStorage.getItem(\"ps-theme\")").contains("prefers-color-scheme");
        // it runs before the stylesheet is applied: no flash of the wrong scheme
        assertThat(first.elementSiblingIndex()).isLessThan(d.head().selectFirst("link[rel=stylesheet]").elementSiblingIndex());
        assertThat(d.select("script[src]")).extracting(s -> s.attr("src")).containsExactly("../../../assets/policysite/site.js");
        assertThat(Files.isRegularFile(site.resolve("assets/policysite/site.css"))).isTrue();
        assertThat(Files.isRegularFile(site.resolve("search/search_index.js"))).isTrue();
        assertThat(page(site, "index.html").selectFirst("meta[name=ps-base-url]").attr("content")).isEqualTo("./");
    }

    @Test
    void landmarksLabelsAndAltText() throws IOException {
        for (String path : List.of("index.html", "guides/getting-started/index.html", "reference/tables/index.html")) {
            Document d = page(site, path);
            assertThat(d.select("body > header.ps-header")).hasSize(1);
            assertThat(d.select("main#content")).hasSize(1);
            assertThat(d.select("body > footer")).hasSize(1);
            assertThat(d.select("nav")).allSatisfy(n -> assertThat(n.attr("aria-label")).isNotBlank());
            assertThat(d.selectFirst("body > a.ps-skip").attr("href")).isEqualTo("#content");
            assertThat(d.selectFirst("html").attr("lang")).isEqualTo("en");
            for (Element input : d.select("input:not([type=radio]):not([type=checkbox])")) {
                assertThat(d.select("label[for=" + input.id() + "]")).as("label for #" + input.id()).hasSize(1);
            }
            for (Element button : d.select("button")) {
                assertThat(button.attr("aria-label").isBlank() && button.text().isBlank()).as(button.outerHtml()).isFalse();
            }
            assertThat(d.select("img")).allSatisfy(img -> assertThat(img.hasAttr("alt")).isTrue());
            assertThat(d.select("svg")).allSatisfy(svg -> assertThat(svg.attr("aria-hidden")).isEqualTo("true"));
        }
        assertThat(page(site, "index.html").selectFirst(".ps-article img").attr("alt"))
                .isEqualTo("Diagram of the cross-account trust between Acme and your account");
    }

    @Test
    void policyBlockCarriesTheHookAndHighlightingIsDoneAtBuildTime() throws IOException {
        Document d = page(site, "guides/aws/cross-account/index.html");
        Element pre = d.selectFirst("pre[data-policy]");
        assertThat(pre.attr("data-policy")).isEqualTo("aws-cross-account");
        assertThat(pre.attr("data-variant")).isEqualTo("without-backup");
        assertThat(pre.attr("data-builder")).isEqualTo("policies/aws-cross-account/");
        assertThat(pre.parent().selectFirst(".ps-code-title").text()).isEqualTo("acme-backup.json");
        assertThat(pre.select("code.language-json span.tok-key")).extracting(Element::text).contains("\"Version\"", "\"Statement\"");
        assertThat(pre.select("span.tok-var")).extracting(Element::text).containsExactly("${aws:username}");
        // unknown languages stay plain and escaped
        Element python = d.selectFirst("code.language-python");
        assertThat(python.text()).isEqualTo("print(\"not highlighted: <b>ok</b>\")");
        assertThat(python.children()).isEmpty();
    }

    @Test
    void tabsAndAdmonitionsKeepMaterialsMarkup() throws IOException {
        Document d = page(site, "guides/getting-started/index.html");
        Elements sets = d.select("div.tabbed-set.tabbed-alternate");
        assertThat(sets).hasSize(2);
        assertThat(sets.get(0).select("> .tabbed-labels > label")).extracting(Element::text)
                .containsExactly("Terraform", "CloudFormation", "CLI");
        assertThat(sets.get(0).select("> input[type=radio]")).hasSize(3);
        assertThat(sets.get(0).select("> .tabbed-content > .tabbed-block")).hasSize(3);
        Document adm = page(site, "reference/admonitions/index.html");
        assertThat(adm.select("div.admonition > p.admonition-title")).hasSize(13);
        assertThat(adm.select("div.admonition.warning > p.admonition-title").text()).isEqualTo("Warning");
        assertThat(adm.select("details.danger:not([open]) > summary").text()).isEqualTo("Collapsed details");
        assertThat(adm.select("h2 > a.headerlink[href=#code-in-an-admonition]")).hasSize(1);
    }

    @Test
    void longSectionsShowAWindowAndSayHowManyMoreThereAre(@TempDir Path project) throws IOException {
        Path long_ = TestSite.buildLongSection(project, 120);
        Document middle = page(long_, "many/p060/index.html");
        Element many = middle.selectFirst("li.ps-nav-section:has(> details > summary:contains(Many))");
        assertThat(many.select("details > ul > li.ps-nav-item")).hasSize(25);
        assertThat(many.select("details > ul > li.ps-nav-more")).extracting(Element::text)
                .containsExactly("… 47 more", "… 48 more");
        assertThat(many.selectFirst("[aria-current=page]").text()).isEqualTo("Page 60");
        Document first = page(long_, "many/p001/index.html");
        assertThat(first.select("li.ps-nav-more")).extracting(Element::text).containsExactly("… 95 more");
        // a page with only its title has no "on this page" column
        assertThat(first.select(".ps-toc")).isEmpty();
        assertThat(first.selectFirst(".ps-container").hasClass("ps-no-toc")).isTrue();
    }

    @Test
    void notFoundPageLinksHomeFromAnyDepth() throws IOException {
        Document d = page(site, "404.html");
        assertThat(d.title()).isEqualTo("Page not found - Acme Cloud Access");
        assertThat(d.selectFirst("main h1").text()).isEqualTo("Page not found");
        assertThat(d.selectFirst("main a").attr("href")).isEqualTo("/");
        assertThat(d.selectFirst("link[rel=stylesheet]").attr("href")).isEqualTo("/assets/policysite/site.css");
        assertThat(d.select(".ps-toc, .ps-pager")).isEmpty();
    }

    @Test
    void generatedPagesCanUseTheLayoutMacro(@TempDir Path project) throws IOException {
        Files.createDirectories(project.resolve("docs"));
        Files.createDirectories(project.resolve("theme"));
        Files.writeString(project.resolve("docs/index.md"), "# Home\n");
        Files.writeString(project.resolve("policysite.yaml"), "site_name: Gen\ndocs_dir: docs\ntheme_dir: theme\n");
        Files.writeString(project.resolve("theme/builder.ftlh"), "<#import \"base.ftlh\" as base>\n"
                + "<@base.layout title=page.title bodyClass=\"ps-builder\" showToc=false><h1>${page.title}</h1></@base.layout>\n");
        SitePlugin builderPages = new SitePlugin() {
            @Override
            public List<GeneratedPage> pages() {
                return List.of(new GeneratedPage("policies/p/", "P builder", "builder.ftlh", Map.of()));
            }
        };
        Diagnostics diagnostics = new Diagnostics();
        SiteConfig config = new ConfigLoader(diagnostics).load(project.resolve("policysite.yaml"));
        new SiteBuilder(config, diagnostics, List.of(builderPages, new SearchIndexPlugin()), new MarkdownEngine())
                .build(project.resolve("site"));
        Document d = page(project.resolve("site"), "policies/p/index.html");
        assertThat(d.title()).isEqualTo("P builder - Gen");
        assertThat(d.body().hasClass("ps-builder")).isTrue();
        assertThat(d.selectFirst("meta[name=ps-base-url]").attr("content")).isEqualTo("../../");
        assertThat(d.selectFirst("main#content h1").text()).isEqualTo("P builder");
        assertThat(d.select(".ps-pager, .ps-toc")).isEmpty();
        assertThat(d.selectFirst("nav#ps-nav a.ps-nav-link").attr("href")).isEqualTo("../../");
    }
}
