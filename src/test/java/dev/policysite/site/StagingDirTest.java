package dev.policysite.site;

import dev.policysite.diag.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StagingDirTest {
    @TempDir
    Path parent;

    private List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void commitReplacesTheWholePreviousSite() throws IOException {
        Path site = parent.resolve("site");
        Files.createDirectories(site.resolve("old"));
        Files.writeString(site.resolve("404.html"), "old 404");
        Files.writeString(site.resolve("old/page.html"), "stale");
        try (StagingDir s = new StagingDir(site)) {
            s.write("index.html", "new");
            s.write("a/b/index.html", "deep");
            // nothing visible before the commit
            assertThat(site.resolve("index.html")).doesNotExist();
            s.commit();
        }
        assertThat(site.resolve("index.html")).hasContent("new");
        assertThat(site.resolve("a/b/index.html")).hasContent("deep");
        assertThat(site.resolve("old")).doesNotExist();
        assertThat(site.resolve("404.html")).doesNotExist();
        // the replaced tree is deleted in the background (a detached rm): it must be gone soon after
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (names(parent).size() > 1 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(names(parent)).containsExactly("site");
    }

    @Test
    void parallelWritersIntoOneNewFolderAllLand() throws Exception {
        Path site = parent.resolve("site");
        try (StagingDir s = new StagingDir(site)) {
            // many threads writing into the same not-yet-created folders: none may find it missing
            java.util.stream.IntStream.range(0, 400).parallel()
                    .forEach(i -> s.write("d" + (i % 7) + "/e" + (i % 3) + "/p" + i + ".html", "x" + i));
            s.commit();
        }
        try (var files = Files.walk(site)) {
            assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(400);
        }
    }

    @Test
    void withoutCommitThePreviousSiteStaysExactlyAndNoTempFolderIsLeft() throws IOException {
        Path site = parent.resolve("site");
        Files.createDirectories(site);
        Files.writeString(site.resolve("sitemap.xml"), "<urlset/>");
        Files.writeString(site.resolve("index.html"), "previous");
        try (StagingDir s = new StagingDir(site)) {
            s.write("index.html", "half-built");
            s.copy(site.resolve("sitemap.xml"), "copied.xml");
        }
        assertThat(names(site)).containsExactly("index.html", "sitemap.xml");
        assertThat(site.resolve("index.html")).hasContent("previous");
        assertThat(names(parent)).containsExactly("site");
    }

    @Test
    void buildsIntoAMissingOrEmptyFolder() throws IOException {
        Path fresh = parent.resolve("a/b/new-site");
        try (StagingDir s = new StagingDir(fresh)) {
            s.write("index.html", "x");
            s.commit();
        }
        assertThat(fresh.resolve("index.html")).hasContent("x");
        Path empty = Files.createDirectories(parent.resolve("empty"));
        try (StagingDir s = new StagingDir(empty)) {
            s.write("index.html", "y");
            s.commit();
        }
        assertThat(empty.resolve("index.html")).hasContent("y");
    }

    @Test
    void refusesToReplaceAFolderThatIsNotASite() throws IOException {
        Path home = Files.createDirectories(parent.resolve("home"));
        Files.writeString(home.resolve("thesis.tex"), "precious");
        assertThatThrownBy(() -> new StagingDir(home))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("no built site");
        assertThat(home.resolve("thesis.tex")).hasContent("precious");
        assertThat(names(parent)).containsExactly("home");
    }

    @Test
    void refusesAFileAndTheRoot() throws IOException {
        Path file = Files.writeString(parent.resolve("out.txt"), "x");
        assertThatThrownBy(() -> new StagingDir(file)).isInstanceOf(UserError.class).hasMessageContaining("is a file");
        assertThatThrownBy(() -> new StagingDir(Path.of("/"))).isInstanceOf(UserError.class).hasMessageContaining("root");
    }
}
