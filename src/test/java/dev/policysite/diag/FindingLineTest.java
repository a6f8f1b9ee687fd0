package dev.policysite.diag;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class FindingLineTest {

    @Test
    void lineIsRelativeToTheBaseWithHintAndCode() {
        Path base = Path.of("/project").toAbsolutePath();
        Finding f = Finding.warning("markdown.unclosed-fence", new SourcePos(base.resolve("docs/a.md"), 12, 3),
                "code fence is never closed", "add a closing ``` line");
        assertThat(f.toLine(base)).isEqualTo(
                "docs/a.md:12:3: warning: code fence is never closed (add a closing ``` line) [markdown.unclosed-fence]");
    }

    @Test
    void noHintNoParentheses() {
        Finding f = Finding.error("json.syntax", SourcePos.of(Path.of("x.md"), 4), "bad", "");
        assertThat(f.toLine(null)).isEqualTo("x.md:4: error: bad [json.syntax]");
    }
}
