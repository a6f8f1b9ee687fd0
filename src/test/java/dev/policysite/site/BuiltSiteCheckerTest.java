package dev.policysite.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The link checker the end-to-end tests rely on must itself catch broken links. */
class BuiltSiteCheckerTest {
    @TempDir
    Path root;

    private void write(String rel, String html) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, html);
    }

    @Test
    void reportsMissingFilesAndAnchorsAndAcceptsGoodOnes() throws IOException {
        write("index.html", "<h1 id='top'>x</h1><a href='a/'>ok</a><a href='a/#sec'>ok</a><a href='#top'>ok</a>"
                + "<a href='https://x.org/nope'>ext</a><a href='mailto:a@b'>mail</a><img src='img/p.png'>"
                + "<a href='/pre/a/'>rooted</a><a href='b/'>missing</a><a href='a/#nope'>bad anchor</a>"
                + "<img src='img/gone.png'><a href='../../etc/passwd'>out</a><a href='/elsewhere/'>abs</a>");
        write("a/index.html", "<h2 id='sec'>s</h2><a href='../'>home</a>");
        Files.createDirectories(root.resolve("img"));
        Files.write(root.resolve("img/p.png"), new byte[] {1});
        assertThat(new BuiltSiteChecker(root, "/pre/").brokenLinks()).containsExactly(
                "index.html: b/ (no such file)",
                "index.html: a/#nope (no id 'nope' in a/index.html)",
                "index.html: img/gone.png (no such file)",
                "index.html: ../../etc/passwd (leaves the site)",
                "index.html: /elsewhere/ (absolute path outside the site)");
    }

    @Test
    void aSiteWithoutLinksIsReportedToo() throws IOException {
        write("index.html", "<p>nothing</p>");
        assertThat(new BuiltSiteChecker(root, "/").brokenLinks()).containsExactly("no links at all: the checker saw nothing");
    }
}
