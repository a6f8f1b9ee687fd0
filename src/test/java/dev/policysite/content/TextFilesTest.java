package dev.policysite.content;

import dev.policysite.diag.SourcePos;
import dev.policysite.diag.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class TextFilesTest {
    @TempDir
    Path dir;

    @Test
    void readsUtf8AndDropsAByteOrderMark() throws IOException {
        Path f = dir.resolve("a.md");
        Files.write(f, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i', ' ', (byte) 0xC3, (byte) 0xA9, '\n'});
        assertThat(TextFiles.readUtf8(f)).isEqualTo("hi é\n");
    }

    @Test
    void invalidUtf8NamesTheLineOfTheFirstBadByte() throws IOException {
        Path f = dir.resolve("latin1.md");
        Files.write(f, new byte[] {'a', '\n', 'b', '\n', 'c', 'a', 'f', (byte) 0xE9, '\n', (byte) 0xFF});
        UserError e = catchThrowableOfType(UserError.class, () -> TextFiles.readUtf8(f));
        assertThat(e.pos()).isEqualTo(SourcePos.of(f, 3));
        assertThat(e.getMessage()).isEqualTo("file is not valid UTF-8 (byte 7)");
        assertThat(e.hint()).contains("UTF-8");
    }

    @Test
    void truncatedMultiByteSequenceAtTheEnd() throws IOException {
        Path f = dir.resolve("cut.md");
        Files.write(f, new byte[] {'o', 'k', '\n', (byte) 0xE2, (byte) 0x82});
        assertThat(catchThrowableOfType(UserError.class, () -> TextFiles.readUtf8(f)).pos().line()).isEqualTo(2);
    }

    @Test
    void missingFile() {
        UserError e = catchThrowableOfType(UserError.class, () -> TextFiles.readUtf8(dir.resolve("nope.md")));
        assertThat(e.getMessage()).isEqualTo("file not found");
    }
}
