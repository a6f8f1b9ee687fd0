package dev.policysite.content;

import dev.policysite.diag.SourcePos;
import dev.policysite.diag.UserError;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads source files as strict UTF-8: a bad byte is an error naming its line, never silent mojibake. */
public final class TextFiles {
    private TextFiles() {
    }

    public static String readUtf8(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UserError(SourcePos.fileOnly(file), "file not found", "check the path");
        } catch (AccessDeniedException e) {
            throw new UserError(SourcePos.fileOnly(file), "file is not readable (permission denied)",
                    "fix its permissions, e.g. chmod a+r");
        } catch (IOException e) {
            throw new UserError(SourcePos.fileOnly(file), "cannot read file: " + e.getMessage(), "check the file");
        }
        return decode(file, bytes);
    }

    static String decode(Path file, byte[] bytes) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String s = dec.decode(ByteBuffer.wrap(bytes)).toString();
            // a byte-order mark is not content; MkDocs drops it too
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            int bad = firstInvalidByte(bytes);
            int line = 1;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new UserError(SourcePos.of(file, line), "file is not valid UTF-8 (byte " + bad + ")",
                    "re-save the file as UTF-8");
        }
    }

    private static int firstInvalidByte(byte[] b) {
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xff;
            int n = c < 0x80 ? 0 : (c >> 5) == 0x6 ? 1 : (c >> 4) == 0xe ? 2 : (c >> 3) == 0x1e ? 3 : -1;
            if (n < 0) {
                return i;
            }
            for (int k = 1; k <= n; k++) {
                if (i + k >= b.length || (b[i + k] & 0xc0) != 0x80) {
                    return i;
                }
            }
            i += n + 1;
        }
        return b.length;
    }
}
