package dev.policysite.content;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class UrlPathsTest {

    @Test
    void toRoot() {
        assertThat(UrlPaths.toRoot("")).isEqualTo("./");
        assertThat(UrlPaths.toRoot("a/")).isEqualTo("../");
        assertThat(UrlPaths.toRoot("a/b/")).isEqualTo("../../");
        assertThat(UrlPaths.toRoot("a/b.html")).isEqualTo("../");
        assertThat(UrlPaths.toRoot("index.html")).isEqualTo("./");
    }

    @Test
    void relative() {
        assertThat(UrlPaths.relative("", "a/b/")).isEqualTo("a/b/");
        assertThat(UrlPaths.relative("a/b/", "")).isEqualTo("../../");
        assertThat(UrlPaths.relative("a/b/", "a/c/")).isEqualTo("../c/");
        assertThat(UrlPaths.relative("a/b/", "a/b/")).isEqualTo("./");
        assertThat(UrlPaths.relative("a/b/", "a/b/img/x.png")).isEqualTo("img/x.png");
        assertThat(UrlPaths.relative("a/x.html", "b/y.html")).isEqualTo("../b/y.html");
        assertThat(UrlPaths.relative("a/x.html", "a/index.html")).isEqualTo("index.html");
        assertThat(UrlPaths.relative("ab/", "a/")).isEqualTo("../a/");
    }

    @Test
    void resolve() {
        assertThat(UrlPaths.resolve("a/b/", "../c.md")).isEqualTo("a/c.md");
        assertThat(UrlPaths.resolve("", "./x/y")).isEqualTo("x/y");
        assertThat(UrlPaths.resolve("a/", "../../x")).isNull();
        assertThat(UrlPaths.resolve("a/", "x/")).isEqualTo("a/x/");
    }

    @Test
    void sourcePageUrlsFollowMkDocs() {
        Path docs = Path.of("/d");
        assertThat(SourcePage.of(docs, docs.resolve("index.md"), true).url()).isEmpty();
        assertThat(SourcePage.of(docs, docs.resolve("a/index.md"), true).outPath()).isEqualTo("a/index.html");
        assertThat(SourcePage.of(docs, docs.resolve("a/README.md"), true).url()).isEqualTo("a/");
        assertThat(SourcePage.of(docs, docs.resolve("a/b.md"), true).url()).isEqualTo("a/b/");
        assertThat(SourcePage.of(docs, docs.resolve("a/b.md"), true).outPath()).isEqualTo("a/b/index.html");
        assertThat(SourcePage.of(docs, docs.resolve("a/b.md"), false).url()).isEqualTo("a/b.html");
        assertThat(SourcePage.of(docs, docs.resolve("a/index.md"), false).url()).isEqualTo("a/index.html");
        assertThat(SourcePage.of(docs, docs.resolve("index.md"), false).isHome()).isTrue();
        assertThat(SourcePage.of(docs, docs.resolve("a/b.md"), true).baseUrl()).isEqualTo("../../");
    }
}
