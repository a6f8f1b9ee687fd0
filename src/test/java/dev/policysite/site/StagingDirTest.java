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
        // the replaced tree is kept as the spare the next build writes into
        assertThat(names(parent)).containsExactly(".site.spare", "site");
        assertThat(parent.resolve(".site.spare/old/page.html")).hasContent("stale");
    }

    private static Object inode(Path file) throws IOException {
        return Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
    }

    @Test
    void theNextBuildReusesTheSpareAndEndsWithExactlyWhatItWrote() throws Exception {
        Path site = parent.resolve("site");
        try (StagingDir s = new StagingDir(site)) {
            s.write("404.html", "not found");
            s.write("index.html", "one");
            s.write("same/index.html", "unchanged");
            s.write("gone/index.html", "removed next time");
            s.write("deep/gone/x.css", "removed next time");
            s.write("becomes-folder", "a file now");
            s.write("becomes-file/index.html", "a folder now");
            s.commit();
        }
        try (StagingDir s = new StagingDir(site)) {
            s.write("404.html", "not found");
            s.write("index.html", "two");
            s.commit();
        }
        // the spare now holds the first build: the third build writes into it
        Path spare = parent.resolve(".site.spare");
        Object keptInode = inode(spare.resolve("same/index.html"));
        java.nio.file.attribute.FileTime keptTime = java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(spare.resolve("same/index.html"), keptTime);
        Object rewrittenInode = inode(spare.resolve("index.html"));
        Path asset = Files.writeString(parent.resolve("logo.svg"), "<svg/>");
        try (StagingDir s = new StagingDir(site)) {
            assertThat(spare).doesNotExist(); // claimed by this build
            s.write("404.html", "not found");
            s.write("index.html", "three");
            s.write("same/index.html", "unchanged");
            s.write("becomes-folder/index.html", "folder");
            s.write("becomes-file", "file");
            s.copy(asset, "img/logo.svg");
            s.commit();
        }
        try (Stream<Path> files = Files.walk(site)) {
            assertThat(files.filter(Files::isRegularFile).map(f -> site.relativize(f).toString()).sorted())
                    .containsExactly("404.html", "becomes-file", "becomes-folder/index.html", "img/logo.svg", "index.html", "same/index.html");
        }
        try (Stream<Path> dirs = Files.walk(site)) {
            assertThat(dirs.filter(Files::isDirectory).map(f -> site.relativize(f).toString()).sorted())
                    .containsExactly("", "becomes-folder", "img", "same");
        }
        assertThat(site.resolve("index.html")).hasContent("three");
        assertThat(site.resolve("img/logo.svg")).hasContent("<svg/>");
        // an unchanged file is not written at all; a changed one is overwritten in place
        assertThat(Files.getLastModifiedTime(site.resolve("same/index.html"))).isEqualTo(keptTime);
        assertThat(inode(site.resolve("same/index.html"))).isEqualTo(keptInode);
        assertThat(inode(site.resolve("index.html"))).isEqualTo(rewrittenInode);
        assertThat(parent.resolve(".site.spare/index.html")).hasContent("two");
    }

    @Test
    void oldFilesStandingWhereManyThreadsNeedFoldersAreClearedOnce() throws IOException {
        Path site = parent.resolve("site");
        for (int round = 0; round < 2; round++) {
            try (StagingDir s = new StagingDir(site)) {
                s.write("404.html", "not found");
                for (int i = 0; i < 8; i++) {
                    s.write("d" + i, "a file where the next builds need a folder");
                }
                s.commit();
            }
        }
        try (StagingDir s = new StagingDir(site)) {
            s.write("404.html", "not found");
            java.util.stream.IntStream.range(0, 400).parallel()
                    .forEach(i -> s.write("d" + (i % 8) + "/p" + (i % 5) + "/x" + i + ".html", "page " + i));
            s.commit();
        }
        try (Stream<Path> files = Files.walk(site)) {
            assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(401);
        }
    }

    @Test
    void aLinkLeftInAnOldSiteIsReplacedNotWrittenThrough() throws IOException {
        Path site = parent.resolve("site");
        Path outside = Files.writeString(parent.resolve("outside.txt"), "must stay");
        for (int round = 0; round < 2; round++) {
            try (StagingDir s = new StagingDir(site)) {
                s.write("404.html", "not found");
                s.write("index.html", "home");
                s.commit();
            }
        }
        // someone put a link into the site; after the next build it is in the spare that the build after reuses
        Files.delete(site.resolve("index.html"));
        Files.createSymbolicLink(site.resolve("index.html"), outside);
        for (String content : List.of("second", "third")) {
            try (StagingDir s = new StagingDir(site)) {
                s.write("404.html", "not found");
                s.write("index.html", content);
                s.commit();
            }
        }
        assertThat(outside).hasContent("must stay");
        assertThat(Files.isSymbolicLink(site.resolve("index.html"))).isFalse();
        assertThat(site.resolve("index.html")).hasContent("third");
    }

    @Test
    void aLinkedFolderLeftInAnOldSiteIsReplacedNotWrittenInto() throws IOException {
        Path site = parent.resolve("site");
        Path outside = Files.createDirectories(parent.resolve("outside"));
        for (int round = 0; round < 2; round++) {
            try (StagingDir s = new StagingDir(site)) {
                s.write("404.html", "not found");
                s.write("docs/index.html", "docs");
                s.commit();
            }
        }
        Files.delete(site.resolve("docs/index.html"));
        Files.delete(site.resolve("docs"));
        Files.createSymbolicLink(site.resolve("docs"), outside);
        for (String content : List.of("second", "third")) {
            try (StagingDir s = new StagingDir(site)) {
                s.write("404.html", "not found");
                s.write("docs/index.html", content);
                s.commit();
            }
        }
        assertThat(names(outside)).isEmpty();
        assertThat(Files.isSymbolicLink(site.resolve("docs"))).isFalse();
        assertThat(site.resolve("docs/index.html")).hasContent("third");
    }

    @Test
    void aFailedBuildIntoTheSpareLeavesTheSiteAsItWas() throws IOException {
        Path site = parent.resolve("site");
        for (String content : List.of("first", "second")) {
            try (StagingDir s = new StagingDir(site)) {
                s.write("index.html", content);
                s.write("404.html", "not found");
                s.commit();
            }
        }
        try (StagingDir s = new StagingDir(site)) {
            s.write("index.html", "half-built");
            s.write("new/page.html", "half-built");
        }
        assertThat(names(site)).containsExactly("404.html", "index.html");
        assertThat(site.resolve("index.html")).hasContent("second");
        assertThat(names(parent)).containsExactly(".site.spare", "site");
        // the next build starts from that spare and still ends with exactly its own files
        try (StagingDir s = new StagingDir(site)) {
            s.write("index.html", "third");
            s.commit();
        }
        assertThat(names(site)).containsExactly("index.html");
    }

    @Test
    void twoBuildsAtOnceNeverShareTheSpare() throws IOException {
        Path site = parent.resolve("site");
        for (int i = 0; i < 2; i++) {
            try (StagingDir s = new StagingDir(site)) {
                s.write("index.html", "build " + i);
                s.write("404.html", "not found");
                s.commit();
            }
        }
        try (StagingDir a = new StagingDir(site); StagingDir b = new StagingDir(site)) {
            assertThat(a.path()).isNotEqualTo(b.path());
            assertThat(names(b.path())).isEmpty(); // a took the spare; b starts empty
            a.write("index.html", "a");
            b.write("index.html", "b");
            a.commit();
            b.commit();
        }
        assertThat(site.resolve("index.html")).hasContent("b");
        assertThat(names(parent).stream().filter(n -> n.startsWith(".site.tmp-"))).isEmpty();
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
        // a web server running as another user must be able to read the site (a temp folder would be rwx------)
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)))
                .isEqualTo("rwxr-xr-x");
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
