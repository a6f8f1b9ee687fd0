package dev.policysite.markdown.highlight;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class YamlTokenizerTest {
    private final Tokenizer yaml = new YamlTokenizer();

    @Test
    void keysValuesAndScalarKinds() {
        assertThat(Tokens.of(yaml, "name: my role\ncount: 3\nenabled: true\nempty: ~\nurl: http://x:80/a # note\n"))
                .containsExactly("KEY name", "PUNCTUATION :", "STRING my role",
                        "KEY count", "PUNCTUATION :", "NUMBER 3",
                        "KEY enabled", "PUNCTUATION :", "LITERAL true",
                        "KEY empty", "PUNCTUATION :", "LITERAL ~",
                        "KEY url", "PUNCTUATION :", "STRING http://x:80/a", "COMMENT # note");
    }

    @Test
    void listsQuotesAnchorsAndTags() {
        assertThat(Tokens.of(yaml, "- 'it''s'\n- \"a: b\"\n- &base x\n- *base\n- !Sub \"${AWS::Region}\"\n"))
                .containsExactly("PUNCTUATION -", "STRING 'it''s'", "PUNCTUATION -", "STRING \"a: b\"",
                        "PUNCTUATION -", "VARIABLE &base", "STRING x", "PUNCTUATION -", "VARIABLE *base",
                        "PUNCTUATION -", "ATTRIBUTE !Sub", "STRING \"${AWS::Region}\"");
    }

    @Test
    void quotedKeysAndNestedMappingsInLists() {
        assertThat(Tokens.of(yaml, "\"quoted\": 1\n- key: v\n")).containsExactly("KEY \"quoted\"", "PUNCTUATION :",
                "NUMBER 1", "PUNCTUATION -", "KEY key", "PUNCTUATION :", "STRING v");
    }

    @Test
    void blockScalarLinesAreStringsUntilTheIndentDrops() {
        assertThat(Tokens.of(yaml, "script: |\n  echo a: b\n  # not a comment\n\nnext: 1")).containsExactly(
                "KEY script", "PUNCTUATION :", "PUNCTUATION |", "STRING echo a: b", "STRING # not a comment",
                "KEY next", "PUNCTUATION :", "NUMBER 1");
    }

    @Test
    void flowCollections() {
        assertThat(Tokens.of(yaml, "a: [x, 2, {k: v}]")).containsExactly("KEY a", "PUNCTUATION :", "PUNCTUATION [",
                "STRING x", "PUNCTUATION ,", "NUMBER 2", "PUNCTUATION ,", "PUNCTUATION {", "KEY k", "PUNCTUATION :",
                "STRING v", "PUNCTUATION }", "PUNCTUATION ]");
    }

    @Test
    void documentMarkersAndHashesInsideValues() {
        assertThat(Tokens.of(yaml, "---\ncolor: a#b\n")).containsExactly("PUNCTUATION ---", "KEY color",
                "PUNCTUATION :", "STRING a#b");
    }
}
