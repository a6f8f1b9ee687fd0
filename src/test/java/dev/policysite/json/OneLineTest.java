package dev.policysite.json;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OneLineTest {

    @Test
    void escapesLineBreaksAndControlCharacters() {
        assertThat(OneLine.of("a\nb\r\tc\u0001")).isEqualTo("a\\nb\\r\\tc\\u0001");
        assertThat(OneLine.of("plain")).isEqualTo("plain");
        assertThat(OneLine.of(null)).isEmpty();
    }

    @Test
    void cutsVeryLongText() {
        String cut = OneLine.of("x".repeat(1000));
        assertThat(cut).hasSize(240).endsWith("\u2026");
    }

    @Test
    void parserMessagesQuotingNamesStayOnOneLine() {
        JsonParseResult r = StrictJson.parse("{\"a\\nb\": 1, \"a\\nb\": 2}");
        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.message()).startsWith("duplicate member \"a\\nb\""));
    }
}
