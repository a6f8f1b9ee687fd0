package dev.policysite.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * StrictJson's "no problems" must mean exactly what strict Jackson accepts, with the same tree; with comments
 * allowed (jsonc), exactly what Jackson accepts with Java comments allowed.
 */
class JacksonAgreementTest {

    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final ObjectMapper WITH_COMMENTS = STRICT.copy().enable(JsonReadFeature.ALLOW_JAVA_COMMENTS.mappedFeature());

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
        assertAgreement(text, STRICT, StrictJson.parseDocument(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "// c\n{}", "/* c */ {}", "{} // c", "{\"a\": /* one */ 1}", "[1, // c\n 2]", "/**/[]", "{/* c */}",
            "{} # c", "{\"a\": 1,} // c", "[1 /* c */ 2]", "/* open", "{\"a\": \"// not a comment\"}", "/ {}",
            "{} /", "[1,]", "{'a': 1}", "{\"a\":1,\"a\":2}", "// only a comment", ""
    })
    void withCommentsVerdictAndTreeMatchJacksonWithJavaComments(String text) {
        assertAgreement(text, WITH_COMMENTS, new TolerantJsonParser(text, false, true).run());
    }

    private static void assertAgreement(String text, ObjectMapper jacksonMode, JsonParseResult ours) {
        JsonNode jackson;
        try {
            jackson = jacksonMode.readTree(text);
            if (jackson == null || jackson.isMissingNode()) {
                jackson = null;
            }
        } catch (Exception e) {
            jackson = null;
        }
        boolean clean = ours.problems().isEmpty();
        assertThat(clean).as("clean for %s", text).isEqualTo(jackson != null);
        if (clean) {
            assertThat(ours.json().root()).isEqualTo(jackson);
        }
    }
}
