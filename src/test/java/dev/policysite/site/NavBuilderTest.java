package dev.policysite.site;

import dev.policysite.config.NavEntry;
import dev.policysite.content.SourcePage;
import dev.policysite.diag.SourcePos;
import dev.policysite.diag.UserError;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class NavBuilderTest {
    private static final Path DOCS = Path.of("/p/docs");

    private static Map<String, SourcePage> pages(String... relPaths) {
        // deliberately not in MkDocs' order: the builder must sort
        Map<String, SourcePage> out = new LinkedHashMap<>();
        for (String r : relPaths) {
            SourcePage p = SourcePage.of(DOCS, DOCS.resolve(r), true);
            out.put(p.relPath(), p);
        }
        return out;
    }

    /** Titles like MkDocs' fallback: from the file name (tests of real titles go through SiteBuilder). */
    private static List<NavItem> auto(Map<String, SourcePage> pages) {
        return new NavBuilder(pages, p -> "T:" + p.relPath()).build(List.of());
    }

    private static List<String> outline(List<NavItem> items) {
        List<String> out = new ArrayList<>();
        outline(items, "", out);
        return out;
    }

    private static void outline(List<NavItem> items, String indent, List<String> out) {
        for (NavItem i : items) {
            out.add(indent + i.title() + (i.url() == null ? "" : " -> " + i.url()));
            outline(i.children(), indent + "  ", out);
        }
    }

    @Test
    void automaticNavPutsPagesBeforeFoldersIndexFirstAndSortsFoldersPartByPart() {
        List<NavItem> nav = auto(pages("zeta.md", "aws-advanced/b.md", "aws/z.md", "aws/index.md", "about.md",
                "index.md", "aws/deep/x.md", "aws/a.md", "Beta/README.md", "aws_tools/t.md"));
        assertThat(outline(nav)).containsExactly(
                "T:index.md -> ",
                "T:about.md -> about/",
                "T:zeta.md -> zeta/",
                "Beta",
                "  T:Beta/README.md -> Beta/",
                "Aws",
                "  T:aws/index.md -> aws/",
                "  T:aws/a.md -> aws/a/",
                "  T:aws/z.md -> aws/z/",
                "  Deep",
                "    T:aws/deep/x.md -> aws/deep/x/",
                "Aws advanced",
                "  T:aws-advanced/b.md -> aws-advanced/b/",
                "Aws tools",
                "  T:aws_tools/t.md -> aws_tools/t/");
    }

    @Test
    void folderTitlesFollowDirnameToTitle() {
        assertThat(NavBuilder.folderTitle("getting-started")).isEqualTo("Getting started");
        assertThat(NavBuilder.folderTitle("aws_iam")).isEqualTo("Aws iam");
        // not all lower case: left as written, but - and _ still become spaces
        assertThat(NavBuilder.folderTitle("AWS-Guides")).isEqualTo("AWS Guides");
        assertThat(NavBuilder.folderTitle("iOS")).isEqualTo("iOS");
        assertThat(NavBuilder.folderTitle("2024")).isEqualTo("2024");
    }

    @Test
    void compareLikeMkDocs() {
        List<String> paths = new ArrayList<>(List.of("b/x.md", "a/b/c.md", "a-b/x.md", "a/z.md", "README.md", "a/index.md", "0.md"));
        paths.sort(NavBuilder::compareLikeMkDocs);
        assertThat(paths).containsExactly("README.md", "0.md", "a/index.md", "a/z.md", "a/b/c.md", "a-b/x.md", "b/x.md");
    }

    @Test
    void configuredNavKeepsOrderTitlesSectionsAndLinks() {
        Map<String, SourcePage> pages = pages("index.md", "guide/a.md", "guide/b.md", "ref.md");
        SourcePos pos = SourcePos.of(Path.of("mkdocs.yml"), 3);
        List<NavEntry> config = List.of(
                new NavEntry(null, "index.md", List.of(), pos),
                new NavEntry("Guide", null, List.of(
                        new NavEntry("Second", "guide/b.md", List.of(), pos),
                        new NavEntry(null, "guide/a.md", List.of(), pos)), pos),
                new NavEntry("Source", "https://github.com/example/x", List.of(), pos));
        List<NavItem> nav = new NavBuilder(pages, p -> "T:" + p.relPath()).build(config);
        assertThat(outline(nav)).containsExactly(
                "T:index.md -> ",
                "Guide",
                "  Second -> guide/b/",
                "  T:guide/a.md -> guide/a/",
                "Source -> https://github.com/example/x");
        assertThat(nav.get(2).external()).isTrue();
        assertThat(nav.get(1).firstUrl()).isEqualTo("guide/b/");
        // pages not in the nav are not listed, and the order for previous/next follows the nav
        assertThat(NavBuilder.pageOrder(nav)).containsExactly("", "guide/b/", "guide/a/");
    }

    @Test
    void navEntryNamingAMissingPageIsAnErrorAtItsConfigLine() {
        SourcePos pos = SourcePos.of(Path.of("mkdocs.yml"), 7);
        UserError e = catchThrowableOfType(UserError.class, () -> new NavBuilder(pages("index.md"), p -> "x")
                .build(List.of(new NavEntry("Gone", "guide/gone.md", List.of(), pos))));
        assertThat(e.pos()).isEqualTo(pos);
        assertThat(e.getMessage()).contains("guide/gone.md");
        assertThat(e.hint()).isNotEmpty();
    }

    @Test
    void leadingSlashInNavPathsIsAccepted() {
        List<NavItem> nav = new NavBuilder(pages("index.md", "a.md"), p -> "x")
                .build(List.of(new NavEntry("A", "/a.md", List.of(), SourcePos.of(Path.of("m"), 1))));
        assertThat(nav.get(0).url()).isEqualTo("a/");
    }

    @Test
    void activePathMarksSectionsOfTheCurrentPage() {
        List<NavItem> nav = auto(pages("index.md", "g/a.md", "g/b.md"));
        assertThat(new NavTree(nav).activePath("g/b/").stream().map(NavItem::title).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("G", "T:g/b.md");
    }

    @Test
    void pagesOutsideTheNavHaveNoActivePath() {
        NavTree tree = new NavTree(auto(pages("index.md", "g/a.md")));
        assertThat(tree.activePath("nowhere/")).isEmpty();
        assertThat(tree.activePath("").stream().map(NavItem::title).toList()).containsExactly("T:index.md");
    }
}
