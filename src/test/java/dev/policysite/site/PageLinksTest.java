package dev.policysite.site;

import dev.policysite.content.SourcePage;
import dev.policysite.diag.Diagnostics;
import dev.policysite.diag.SourcePos;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PageLinksTest {
    private static final Path DOCS = Path.of("/p/docs");
    private final Diagnostics diagnostics = new Diagnostics();
    private final Map<String, SourcePage> pages = new LinkedHashMap<>();

    PageLinksTest() {
        for (String r : new String[] {"index.md", "guide/index.md", "guide/setup.md", "guide/aws/role.md", "ref.md", "a b.md"}) {
            pages.put(r, SourcePage.of(DOCS, DOCS.resolve(r), true));
        }
    }

    private PageLinks linksOf(String pageRel) {
        return new PageLinks(DOCS, pages.get(pageRel), pages, Set.of("img/logo.png", "guide/aws/img/flow.png", "files/x.pdf"),
                diagnostics);
    }

    private String rewrite(String pageRel, String dest) {
        return linksOf(pageRel).rewrite(dest, DOCS.resolve(pageRel), SourcePos.of(DOCS.resolve(pageRel), 4));
    }

    @Test
    void markdownLinksBecomeDirectoryUrlsRelativeToThePage() {
        assertThat(rewrite("index.md", "guide/setup.md")).isEqualTo("guide/setup/");
        assertThat(rewrite("index.md", "guide/index.md")).isEqualTo("guide/");
        assertThat(rewrite("guide/setup.md", "../ref.md")).isEqualTo("../../ref/");
        assertThat(rewrite("guide/setup.md", "index.md")).isEqualTo("../");
        assertThat(rewrite("guide/aws/role.md", "../../index.md")).isEqualTo("../../../");
        assertThat(rewrite("guide/aws/role.md", "./role.md")).isEqualTo("./");
        assertThat(rewrite("guide/index.md", "setup.md")).isEqualTo("setup/");
    }

    @Test
    void anchorsAndQueriesAreKept() {
        assertThat(rewrite("index.md", "guide/setup.md#step-2")).isEqualTo("guide/setup/#step-2");
        assertThat(rewrite("index.md", "ref.md?x=1#y")).isEqualTo("ref/?x=1#y");
        assertThat(rewrite("index.md", "#local")).isEqualTo("#local");
    }

    @Test
    void assetsAreLinkedRelativeToThePageUrl() {
        assertThat(rewrite("guide/aws/role.md", "img/flow.png")).isEqualTo("../img/flow.png");
        assertThat(rewrite("guide/setup.md", "../img/logo.png")).isEqualTo("../../img/logo.png");
        assertThat(rewrite("index.md", "files/x.pdf#page=2")).isEqualTo("files/x.pdf#page=2");
    }

    @Test
    void percentEncodedPathsResolve() {
        assertThat(rewrite("index.md", "a%20b.md")).isEqualTo("a b/");
    }

    @Test
    void externalAbsoluteAndSchemeLinksAreLeftAlone() {
        for (String d : new String[] {"https://example.org/x.md", "mailto:a@example.org", "/abs/path.md", "//cdn/x.js",
                "tel:+123", "data:image/png;base64,AA=="}) {
            assertThat(rewrite("guide/setup.md", d)).isEqualTo(d);
        }
        assertThat(diagnostics.count()).isZero();
    }

    @Test
    void missingMarkdownTargetIsAWarningAtTheLinkAndStaysAsWritten() {
        assertThat(rewrite("guide/setup.md", "nope.md#x")).isEqualTo("nope.md#x");
        assertThat(diagnostics.sorted()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("link.missing-page");
            assertThat(f.pos()).isEqualTo(SourcePos.of(DOCS.resolve("guide/setup.md"), 4));
        });
    }

    @Test
    void missingNonMarkdownTargetIsLeftWithoutWarning() {
        assertThat(rewrite("index.md", "missing.png")).isEqualTo("missing.png");
        assertThat(diagnostics.count()).isZero();
    }

    @Test
    void linkInAnIncludedFileIsReadFromThatFile() {
        Path partial = DOCS.resolve("partials/p.md");
        String r = linksOf("guide/aws/role.md").rewrite("../ref.md", partial, SourcePos.of(partial, 1));
        assertThat(r).isEqualTo("../../../ref/");
    }

    @Test
    void linkInAnIncludedFileWrittenForTheIncludingPageStillResolves() {
        // MkDocs (markdown-include) reads it relative to the including page; projects written that way keep working
        Path partial = DOCS.resolve("partials/p.md");
        String r = linksOf("guide/setup.md").rewrite("aws/role.md", partial, SourcePos.of(partial, 1));
        assertThat(r).isEqualTo("../aws/role/");
        assertThat(diagnostics.count()).isZero();
    }
}
