package dev.policysite.check;

import dev.policysite.check.BlockValidator.Dialect;
import dev.policysite.diag.Finding;
import dev.policysite.diag.SourcePos;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class JsonSyntaxValidatorTest {
    private final JsonSyntaxValidator validator = new JsonSyntaxValidator();

    @Test
    void validJsonGivesTheValueAndNoIssues() {
        BlockCheck r = validator.check("{\"Version\": \"2012-10-17\", \"Statement\": []}\n", Dialect.JSON);
        assertThat(r.issues()).isEmpty();
        assertThat(r.value().get("Version").asText()).isEqualTo("2012-10-17");
    }

    @Test
    void commentsAreSlipsInJsonButFineInJsonc() {
        String text = "{\n  // why\n  \"a\": 1 /* one */\n}";
        assertThat(validator.check(text, Dialect.JSON).issues()).extracting(Finding::code, Finding::pos).containsExactly(
                tuple("json.comment", SourcePos.inText(2, 3)), tuple("json.comment", SourcePos.inText(3, 10)));
        BlockCheck jsonc = validator.check(text, Dialect.JSONC);
        assertThat(jsonc.issues()).isEmpty();
        assertThat(jsonc.value().get("a").asInt()).isEqualTo(1);
    }

    @Test
    void aJsoncBlockHasEverySlipReportedNotJustTheFirst() {
        String text = "{\n  // why\n  'a': 1,\n  \"b\": [2,]\n  \"c\": 3\n}";
        assertThat(validator.check(text, Dialect.JSONC).issues()).extracting(Finding::code, Finding::pos).containsExactly(
                tuple("json.single-quote", SourcePos.inText(3, 3)), tuple("json.trailing-comma", SourcePos.inText(4, 10)),
                tuple("json.syntax", SourcePos.inText(5, 3)));
    }

    @Test
    void aHashCommentIsNotJsonc() {
        assertThat(validator.check("{\"a\": 1} # why", Dialect.JSONC).issues()).singleElement()
                .satisfies(i -> assertThat(i.message()).isEqualTo("JSONC allows // and /* */ comments, not #"));
    }

    @Test
    void anUnclosedBlockCommentStopsAJsoncBlock() {
        BlockCheck r = validator.check("{\"a\": 1 /* why\n}", Dialect.JSONC);
        assertThat(r.value()).isNull();
        assertThat(r.issues()).singleElement().satisfies(i -> {
            assertThat(i.message()).isEqualTo("the comment starting here is never closed");
            assertThat(i.hint()).isEqualTo("close it with */");
        });
    }
}
