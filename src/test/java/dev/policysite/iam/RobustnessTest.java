package dev.policysite.iam;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** check() must never throw, whatever the block holds: mangled copies of real blocks. */
class RobustnessTest {
    private static final String NOISE = "{}[]\",:'\\/*?$<>#\n\t aZ0-.\u00A0\u201C\u2026";

    private static List<String> seedsAndRelated() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String name : List.of("related/aws_cross_account_default.json", "related/aws_instance_profile_default.json",
                "related/azure_cross_account_default.json", "related/azure_managed_identity_role.json")) {
            try (var in = RobustnessTest.class.getResourceAsStream("/seeds/" + name)) {
                texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        texts.add("{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": [\"arn:aws:iam::123456789012:root\"]}, "
                + "\"Action\": [\"sts:AssumeRole\"], \"Condition\": {\"StringEquals\": {\"sts:ExternalId\": \"x\"}}}");
        texts.add("\"actions\": [\"Microsoft.Compute/*/read\", \"Microsoft.Storage/storageAccounts/read\"]");
        return texts;
    }

    @Test
    void checkNeverThrowsOnMangledBlocks() throws IOException {
        Random random = new Random(20240517);
        int checked = 0;
        for (String base : seedsAndRelated()) {
            for (int round = 0; round < 300; round++) {
                StringBuilder text = new StringBuilder(base);
                int edits = 1 + random.nextInt(4);
                for (int e = 0; e < edits && text.length() > 0; e++) {
                    int at = random.nextInt(text.length());
                    switch (random.nextInt(3)) {
                        case 0 -> text.deleteCharAt(at);
                        case 1 -> text.insert(at, NOISE.charAt(random.nextInt(NOISE.length())));
                        default -> text.setCharAt(at, NOISE.charAt(random.nextInt(NOISE.length())));
                    }
                }
                BlockResult r = Checked.check(text.toString());
                assertThat(r.kind()).isNotNull();
                assertThat(r.problems()).allSatisfy(p -> {
                    assertThat(p.pos().line()).isPositive();
                    assertThat(p.pos().col()).isPositive();
                    assertThat(p.message()).isNotBlank().doesNotContain("\n");
                });
                checked++;
            }
        }
        assertThat(checked).isEqualTo(1800);
    }

    @Test
    void truncatedBlocksEndWithOneSyntaxProblem() throws IOException {
        String base = seedsAndRelated().get(0);
        for (int cut = 1; cut < base.length(); cut += 7) {
            BlockResult r = Checked.check(base.substring(0, cut));
            assertThat(r.problems()).as("cut at %d", cut).isNotEmpty();
        }
    }
}
