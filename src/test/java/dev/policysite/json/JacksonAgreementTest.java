package dev.policysite.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** StrictJson's "no problems" must mean exactly what strict Jackson accepts, with the same tree. */
class JacksonAgreementTest {

    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @ParameterizedTest
    @ValueSource(strings = {
            "{}", "[]", "0", "-0", "1.5e-3", "2147483647", "2147483648", "-9223372036854775809", "\"\"",
            "\"\\u0041\\/\\b\\f\\n\\r\\t\"", "{\"a\":{\"b\":[[],{}]}}", " [ true , false , null ] ",
            "[1,]", "{\"a\":1,}", "// c\n{}", "{} # c", "/* c */ {}", "{'a': 1}", "{a: 1}", "{\"a\":1,\"a\":2}",
            "{} x", "[1 2]", "{\"a\" 1}", "[01]", "[1.]", "[.5]", "[+1]", "[NaN]", "[Infinity]", "[True]",
            "[\"a\tb\"]", "[\"\\x\"]", "[\"\\u12\"]", "\"open", "[", "{", "{\"a\":}", "[,1]", "{,}", "[1,,2]",
            "{\"a\":1}}", "[\"a\"\n\"b\"]", "", "   ", "\u00A0{}", "[1e]", "[-]", "[\"\u2028\"]"
    })
    void strictVerdictAndTreeMatchJackson(String text) {
        JsonNode jackson;
        try {
            jackson = STRICT.readTree(text);
            if (jackson == null || jackson.isMissingNode()) {
                jackson = null;
            }
        } catch (Exception e) {
            jackson = null;
        }
        JsonParseResult ours = StrictJson.parseDocument(text);
        boolean clean = ours.problems().isEmpty();
        assertThat(clean).as("clean for %s", text).isEqualTo(jackson != null);
        if (clean) {
            assertThat(ours.json().root()).isEqualTo(jackson);
        }
    }
}
