package dev.policysite.markdown.highlight;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JsonTokenizerTest {
    private final Tokenizer json = new JsonTokenizer();

    @Test
    void keysAreStringsFollowedByAColon() {
        assertThat(Tokens.of(json, "{\"Effect\" : \"Allow\", \"n\": [1, -2.5e3, true, null]}")).containsExactly(
                "PUNCTUATION {", "KEY \"Effect\"", "PUNCTUATION :", "STRING \"Allow\"", "PUNCTUATION ,",
                "KEY \"n\"", "PUNCTUATION :", "PUNCTUATION [", "NUMBER 1", "PUNCTUATION ,", "NUMBER -2.5e3",
                "PUNCTUATION ,", "LITERAL true", "PUNCTUATION ,", "LITERAL null", "PUNCTUATION ]", "PUNCTUATION }");
    }

    @Test
    void escapedQuotesStayInsideTheString() {
        assertThat(Tokens.of(json, "\"a \\\"b\\\" c\": \"x\\\\\"")).containsExactly(
                "KEY \"a \\\"b\\\" c\"", "PUNCTUATION :", "STRING \"x\\\\\"");
    }

    @Test
    void policyVariablesInsideStringsAreMarked() {
        assertThat(Tokens.of(json, "\"arn:aws:s3:::b/${aws:username}/*\"")).containsExactly(
                "STRING \"arn:aws:s3:::b/", "VARIABLE ${aws:username}", "STRING /*\"");
    }

    @Test
    void anUnclosedStringEndsAtTheLineEnd() {
        assertThat(Tokens.of(json, "\"open\n1")).containsExactly("STRING \"open", "NUMBER 1");
    }

    @Test
    void commentsAreTolerated() {
        assertThat(Tokens.of(json, "// c\n/* d */1")).containsExactly("COMMENT // c", "COMMENT /* d */", "NUMBER 1");
    }

    @Test
    void unknownWordsAndStrayCharactersArePlain() {
        assertThat(Tokens.of(json, "undefined @ -")).isEmpty();
    }
}
