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

    @Test
    void aFindingInATextPrintsLineAndColumnUntilItIsPlacedInAFile() {
        Finding inBlock = Finding.error("json.trailing-comma", SourcePos.inText(2, 18), "trailing comma before '}'", "");
        assertThat(inBlock.pos().isInText()).isTrue();
        assertThat(inBlock).hasToString("2:18: error: trailing comma before '}' [json.trailing-comma]");
        Finding placed = inBlock.at(new SourcePos(Path.of("docs/a.md"), 9, 21));
        assertThat(placed.pos().isInText()).isFalse();
        assertThat(placed).hasToString("docs/a.md:9:21: error: trailing comma before '}' [json.trailing-comma]");
        assertThat(Finding.warning("json.empty", SourcePos.inText(0, 0), "empty", "").toString()).startsWith("0: warning");
    }
}
