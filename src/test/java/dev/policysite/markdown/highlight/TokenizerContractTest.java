package dev.policysite.markdown.highlight;

import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Every tokenizer reports each character exactly once, in order, whatever the input (half-typed code included). */
class TokenizerContractTest {
    private static final String ALPHABET = "ab1-_.:\"'`{}[](),=#$%!&*|<>?/\\ \t\n\rEOF-";

    @ParameterizedTest
    @ValueSource(strings = {"json", "yaml", "bash", "hcl"})
    void randomInputIsCoveredExactly(String language) {
        Tokenizer t = Languages.tokenizer(language);
        Random random = new Random(42);
        for (int round = 0; round < 2000; round++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(60);
            for (int k = 0; k < len; k++) {
                sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            Tokens.of(t, sb.toString()); // throws on a gap, an overlap or a short end
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "yaml", "bash", "hcl"})
    void edgeCasesAreCoveredExactly(String language) {
        Tokenizer t = Languages.tokenizer(language);
        for (String s : new String[] {"", "\"", "'", "${", "$(", "<<", "<<EOF", "<<-EOF\n", "|\n", "a: |\n b",
                "/*", "#", "\\", "\"\\", "x=\"${a", "${}", "}", "]]", "- ", "---", "-", "1e", ".5", "0x"}) {
            Tokens.of(t, s);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "yaml", "bash", "hcl"})
    @Timeout(20) // 1.4 MB on one line: linear scans take well under a second, a quadratic one minutes
    void largeInputStaysLinear(String language) {
        // a long single line with no closing quote must not make any scan quadratic
        String s = "x = \"" + "a ${b} ".repeat(200_000);
        assertThat(Tokens.of(Languages.tokenizer(language), s)).isNotNull();
    }
}
