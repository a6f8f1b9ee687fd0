package dev.policysite.check;

import dev.policysite.check.BlockValidator.Dialect;
import dev.policysite.diag.Finding;
import dev.policysite.diag.Severity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StrictJsonValidatorTest {
    private final StrictJsonValidator validator = new StrictJsonValidator();

    private Finding only(String text, Dialect dialect) {
        BlockCheck r = validator.check(text, dialect);
        assertThat(r.issues()).hasSize(1);
        return r.issues().get(0);
    }

    @Test
    void validJsonGivesTheValueAndNoIssues() {
        BlockCheck r = validator.check("{\"Version\": \"2012-10-17\", \"Statement\": []}\n", Dialect.JSON);
        assertThat(r.issues()).isEmpty();
        assertThat(r.value().get("Version").asText()).isEqualTo("2012-10-17");
    }

    @Test
    void trailingCommaInObjectIsReportedAtTheComma() {
        Finding i = only("{\n  \"Resource\": \"*\",\n}\n", Dialect.JSON);
        assertThat(i.code()).isEqualTo("json.trailing-comma");
        assertThat(i.severity()).isEqualTo(Severity.ERROR);
        assertThat(i.pos().line()).isEqualTo(2);
        assertThat(i.pos().col()).isEqualTo(18);
        assertThat(i.message()).isEqualTo("trailing comma before '}'");
    }

    @Test
    void trailingCommaInArrayIsReportedAtTheComma() {
        Finding i = only("[\n  \"a\",\n  \"b\",\n]", Dialect.JSON);
        assertThat(i.code()).isEqualTo("json.trailing-comma");
        assertThat(i.pos().line()).isEqualTo(3);
        assertThat(i.pos().col()).isEqualTo(6);
    }

    @Test
    void commentsAreErrorsInJsonButFineInJsonc() {
        String text = "{\n  // why\n  \"a\": 1\n}";
        Finding i = only(text, Dialect.JSON);
        assertThat(i.code()).isEqualTo("json.comment");
        assertThat(i.pos().line()).isEqualTo(2);
        assertThat(i.pos().col()).isEqualTo(3);
        assertThat(validator.check(text, Dialect.JSONC).issues()).isEmpty();
    }

    @Test
    void duplicateKeyIsReportedAtTheSecondName() {
        Finding i = only("{\"Sid\": \"a\",\n \"Sid\": \"b\"}", Dialect.JSON);
        assertThat(i.code()).isEqualTo("json.duplicate-key");
        assertThat(i.pos().line()).isEqualTo(2);
        assertThat(i.pos().col()).isEqualTo(2);
        assertThat(i.message()).contains("\"Sid\"");
    }

    @Test
    void commonSlipsGetTheirOwnCodes() {
        assertThat(only("{Effect: \"Allow\"}", Dialect.JSON).code()).isEqualTo("json.unquoted-name");
        assertThat(only("{'Effect': \"Allow\"}", Dialect.JSON).code()).isEqualTo("json.single-quote");
        assertThat(only("{\"a\": 1}\n{\"b\": 2}", Dialect.JSON).code()).isEqualTo("json.trailing-garbage");
    }

    @Test
    void aFragmentOfValuesIsTextAfterTheFirstValue() {
        Finding i = only("\"ec2:DescribeVpcAttribute\",\n\"ec2:DescribeRouteTables\"", Dialect.JSON);
        assertThat(i.code()).isEqualTo("json.trailing-garbage");
        assertThat(i.pos().line()).isEqualTo(1);
        assertThat(i.pos().col()).isEqualTo(27);
    }

    @Test
    void unclosedObjectIsASyntaxErrorAtTheEnd() {
        Finding i = only("{\n  \"a\": [1, 2]\n", Dialect.JSON);
        assertThat(i.code()).isEqualTo("json.syntax");
        assertThat(i.message()).isEqualTo("JSON ends before every { and [ is closed");
        assertThat(i.pos().line()).isEqualTo(3);
    }

    @Test
    void otherErrorsKeepJacksonsFirstSentence() {
        Finding i = only("{\"a\": [1 2]}", Dialect.JSON);
        assertThat(i.code()).isEqualTo("json.syntax");
        assertThat(i.message()).startsWith("invalid JSON: Unexpected character ('2'").doesNotContain("\n").doesNotContain("Source");
        assertThat(i.pos().col()).isEqualTo(10);
    }

    @Test
    void emptyBlockIsAWarningAboutTheWholeBlock() {
        Finding i = only("  \n", Dialect.JSON);
        assertThat(i.code()).isEqualTo("json.empty");
        assertThat(i.severity()).isEqualTo(Severity.WARNING);
        assertThat(i.pos().line()).isZero();
    }
}
