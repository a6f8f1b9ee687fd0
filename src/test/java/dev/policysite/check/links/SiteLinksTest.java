package dev.policysite.check.links;

import dev.policysite.check.CheckReport;
import dev.policysite.check.SiteFixture;
import dev.policysite.diag.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Link checks of built sites, end to end: build into a temp folder, check the HTML, report the source. */
class SiteLinksTest {
    @TempDir
    Path dir;

    private SiteFixture cleanSite() {
        return new SiteFixture(dir)
                .config("nav:\n  - Home: index.md\n  - Guide:\n      - guide/aws.md\n      - guide/azure.md\n")
                .page("index.md", "# Home\n\n"
                        + "See [AWS](guide/aws.md#step-1-create-a-vpc), [Azure](guide/azure.md) and the [top](#home).\n\n"
                        + "![logo](img/logo.png)\n\n"
                        + "[with a query](guide/aws.md?tab=1#step-1-create-a-vpc), [encoded](guide/my%20file.md),\n"
                        + "[external](https://example.com/a?b=c#d), <mailto:team@example.com>, [ftp](ftp://files.example.com:21/x).\n\n"
                        + "<img src=\"img/logo.png\" alt=\"raw\">\n")
                .page("guide/aws.md", "# AWS\n\n## Step 1: Create a VPC\n\n"
                        + "Back [home](../index.md), to [Azure](azure.md#intro) or [here](#step-1-create-a-vpc).\n\n"
                        + "<a href=\"../azure/\">raw link</a> <img src=\"../../img/logo.png\">\n\n"
                        + "## Custom {#Custom-Id}\n\n[custom](#Custom-Id), [legacy](#legacy) <a name=\"legacy\"></a>\n")
                .page("guide/azure.md", "# Azure\n\n## Intro\n\nSee [AWS](aws.md) and [the odd one](my%20file.md).\n")
                .page("guide/my file.md", "# Odd name\n")
                .write("docs/img/logo.png", "png");
    }

    @Test
    void aCleanSiteHasNoFindings() {
        CheckReport r = cleanSite().check();
        assertThat(r.findings()).isEmpty();
        assertThat(r.pages()).isEqualTo(4);
        assertThat(r.links()).isGreaterThan(20);
    }

    @Test
    void aBrokenPageLinkIsAnErrorWhereItIsWritten() {
        SiteFixture site = cleanSite().page("guide/azure.md", "# Azure\n\n## Intro\n\nSee [AWS](aws.md) and [old](../old/page.md).\n");
        CheckReport r = site.check();
        assertThat(site.brief(r)).containsExactly("docs/guide/azure.md:5:29 link.broken-page");
        Finding f = r.findings().get(0);
        assertThat(f.message()).isEqualTo("broken link '../old/page.md': the built site has no 'guide/old/page.md'");
        assertThat(f.hint()).contains("relative to the file the link is written in");
    }

    @Test
    void anchorsAreCaseSensitive() {
        SiteFixture site = cleanSite().page("guide/azure.md", "# Azure\n\n## Intro\n\nSee [AWS](aws.md#Step-1-Create-a-VPC).\n");
        CheckReport r = site.check();
        assertThat(site.brief(r)).containsExactly("docs/guide/azure.md:5:17 link.broken-anchor");
        Finding f = r.findings().get(0);
        assertThat(f.message()).isEqualTo("anchor '#Step-1-Create-a-VPC' does not exist on 'guide/aws/index.html'");
        assertThat(f.hint()).isEqualTo("anchors are case-sensitive: the page has '#step-1-create-a-vpc'");
    }

    @Test
    void aMissingSamePageAnchorIsReported() {
        SiteFixture site = cleanSite().page("guide/azure.md", "# Azure\n\n## Intro\n\n[AWS](aws.md)\n\nJump to [setup](#setup).\n");
        assertThat(site.brief(site.check())).containsExactly("docs/guide/azure.md:7:17 link.broken-anchor");
    }

    @Test
    void missingImagesAreReportedAlsoInRawHtmlResolvedFromThePageUrl() {
        SiteFixture site = cleanSite().page("guide/azure.md", "# Azure\n\n## Intro\n\n[AWS](aws.md)\n\n"
                + "![diagram](img/diagram.png)\n\n<figure>\n  <img src=\"../img/logo.png\">\n</figure>\n");
        CheckReport r = site.check();
        assertThat(site.brief(r)).containsExactly("docs/guide/azure.md:7:12 link.missing-asset",
                "docs/guide/azure.md:10:13 link.missing-asset");
        assertThat(r.findings().get(1).message()).isEqualTo("image '../img/logo.png' does not exist: the built site has no 'guide/img/logo.png'");
    }

    @Test
    void pagesOutsideTheNavThatNothingLinksToAreOrphans() {
        SiteFixture site = cleanSite()
                .page("guide/linked.md", "# Linked from a nav page\n")
                .page("guide/aws.md", "# AWS\n\n## Step 1: Create a VPC\n\nSee [linked](linked.md) [azure](azure.md) [odd](my%20file.md).\n")
                .page("lost.md", "# Nobody links here\n\n[home](index.md)\n");
        CheckReport r = site.check();
        assertThat(site.brief(r)).containsExactly("docs/lost.md link.orphan-page");
        assertThat(r.hasErrors()).isFalse();
    }

    @Test
    void withoutAnExplicitNavThereAreNoOrphans() {
        SiteFixture site = new SiteFixture(dir).page("index.md", "# Home\n").page("other.md", "# Other\n");
        assertThat(site.check().findings()).isEmpty();
    }

    @Test
    void malformedUrlsAreReportedButNeverFetched() {
        SiteFixture site = cleanSite().page("guide/azure.md", "# Azure\n\n## Intro\n\n[AWS](aws.md)\n\n"
                + "[a](http:/example.com) [b](https//example.com/x) [c]()\n\n"
                + "[d](<https://exa mple.com>)\n\n<a href=\"https://example.com/a b\">e</a>\n");
        CheckReport r = site.check();
        assertThat(site.brief(r)).containsExactly("docs/guide/azure.md:7:5 link.malformed-url",
                "docs/guide/azure.md:7:28 link.malformed-url", "docs/guide/azure.md:7:53 link.malformed-url",
                "docs/guide/azure.md:9:6 link.malformed-url", "docs/guide/azure.md:11:10 link.malformed-url");
        assertThat(r.findings()).extracting(Finding::message).containsExactly(
                "malformed URL 'http:/example.com': 'http:' must be followed by '//'",
                "malformed URL 'https//example.com/x': 'https' must be followed by ':'",
                "malformed URL '': the link target is empty",
                "malformed URL 'https://exa mple.com': it contains a space (write it as %20)",
                "malformed URL 'https://example.com/a b': it contains a space (write it as %20)");
    }

    @Test
    void aMalformedNavUrlIsReportedAtTheNavEntry() {
        SiteFixture site = cleanSite().config("  - Issues: http:/tracker.example.com\n");
        CheckReport r = site.check();
        assertThat(site.brief(r)).containsExactly("policysite.yaml:9 link.malformed-url");
    }

    @Test
    void aBrokenThemeLinkIsReportedOnceWithItsPageCount() {
        SiteFixture site = cleanSite().config("extra_css: [css/missing.css]\n");
        CheckReport r = site.check();
        assertThat(site.brief(r)).containsExactly("docs/guide/aws.md link.missing-asset");
        assertThat(r.findings().get(0).message())
                .isEqualTo("stylesheet or icon '../../css/missing.css' does not exist: the built site has no 'css/missing.css' (a theme link, on 4 pages)");
    }

    @Test
    void rootAbsoluteLinksAreResolvedBelowTheSiteUrlPath() {
        SiteFixture site = cleanSite().config("site_url: https://docs.example.com/product/\n")
                .page("guide/azure.md", "# Azure\n\n## Intro\n\n[AWS](/product/guide/aws/#intro) [AWS](/product/guide/aws/) [other site](/blog/)\n");
        CheckReport r = site.check();
        assertThat(site.brief(r)).containsExactly("docs/guide/azure.md:5:7 link.broken-anchor");
    }

    @Test
    void pagesWithoutDirectoryUrlsResolveFromTheirFolder() {
        SiteFixture site = new SiteFixture(dir).config("use_directory_urls: false\n")
                .page("index.md", "# Home\n\n[guide](guide/) [aws](guide/aws.md#setup) <a href=\"guide/aws.html\">raw</a>\n")
                .page("guide/index.md", "# Guide\n\n[aws](aws.md) <a href=\"../index.html\">up</a> <a href=\"aws.html#nope\">bad</a>\n")
                .page("guide/aws.md", "# AWS\n\n## Setup\n\n[guide](./) [home](../)\n");
        CheckReport r = site.check();
        assertThat(site.brief(r)).containsExactly("docs/guide/index.md:3:55 link.broken-anchor");
    }

    @Test
    void aNavEntryNamingNoPageIsABuildErrorAtTheEntry() {
        SiteFixture site = cleanSite().config("  - Gone: guide/gone.md\n");
        CheckReport r = site.check();
        assertThat(site.brief(r)).containsExactly("policysite.yaml:9 build.error");
        assertThat(r.findings().get(0).message()).isEqualTo("nav entry 'guide/gone.md' names no page in the docs folder");
    }
}
