package dev.policysite.content;

import dev.policysite.diag.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ContentScannerTest {
    @TempDir
    Path docs;

    private Path write(String rel) throws IOException {
        Path p = docs.resolve(rel);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, "x");
    }

    private static List<String> rel(Path docs, List<Path> ps) {
        return ps.stream().map(p -> docs.relativize(p).toString().replace('\\', '/')).collect(Collectors.toList());
    }

    @Test
    void markdownFilesArePagesTheRestAssetsDotFilesSkipped() throws IOException {
        write("index.md");
        write("guide/a.md");
        write("guide/img/x.png");
        write(".hidden.md");
        write(".git/config");
        write("policies/aws.yaml");
        write("drafts/wip.md");
        write("notes.tmp");
        ContentScanner.Scan scan = new ContentScanner(docs, List.of(docs.resolve("policies")), List.of("drafts/", "*.tmp")).scan();
        assertThat(rel(docs, scan.pages())).containsExactly("guide/a.md", "index.md");
        assertThat(rel(docs, scan.assets())).containsExactly("guide/img/x.png");
    }

    @Test
    void aBrokenLinkIsAnErrorNamingIt() throws IOException {
        write("index.md");
        Path broken = Files.createSymbolicLink(docs.resolve("broken.md"), docs.resolve("nowhere.md"));
        UserError e = catchThrowableOfType(UserError.class, () -> new ContentScanner(docs, List.of(), List.of()).scan());
        assertThat(e.pos().file()).isEqualTo(broken);
        assertThat(e.getMessage()).contains("not a regular file");
    }

    @Test
    void aNamedPipeIsAnErrorInsteadOfAHang() throws Exception {
        write("index.md");
        Path fifo = docs.resolve("pipe.md");
        int rc;
        try {
            rc = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        } catch (IOException noMkfifo) {
            rc = -1;
        }
        assumeTrue(rc == 0 && Files.exists(fifo), "mkfifo is not available here");
        UserError e = catchThrowableOfType(UserError.class, () -> new ContentScanner(docs, List.of(), List.of()).scan());
        assertThat(e.pos().file()).isEqualTo(fifo);
    }

    @Test
    void aLinkToARegularFileIsFollowed() throws IOException {
        Path real = write("real.md");
        Files.createSymbolicLink(docs.resolve("alias.md"), real);
        assertThat(rel(docs, new ContentScanner(docs, List.of(), List.of()).scan().pages())).containsExactly("alias.md", "real.md");
    }
}
