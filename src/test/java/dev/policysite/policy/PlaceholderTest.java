package dev.policysite.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.policysite.diag.Finding;
import dev.policysite.diag.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlaceholderTest {
    static final JsonMapper JSON = new JsonMapper();

    @Test
    void everyBundledPatternRefusesTheProbesOnItsOwnAndAcceptsItsExample() {
        for (Policy p : SeedBlocks.model().policies()) {
            for (Placeholder ph : p.placeholders()) {
                assertThat(ph.problem(ph.getExample())).as(ph.getName()).isEmpty();
                for (String probe : UnsafeValues.PROBES) {
                    assertThat(java.util.regex.Pattern.matches(ph.getPattern(), probe)).as("%s matches %s", ph.getName(), probe).isFalse();
                    assertThat(java.util.regex.Pattern.matches(ph.getPattern(), ph.getExample() + probe)).isFalse();
                }
            }
        }
    }

    @Test
    void refusalsAreOneLineAndNameThePlaceholder() {
        Placeholder vpc = SeedBlocks.model().get("aws-cross-account").placeholder("VPC_ID");
        assertThatThrownBy(() -> vpc.requireValid("vpc-1\n*")).isInstanceOf(UserError.class)
                .hasMessage("VPC_ID=vpc-1\\n* is refused: wildcards would widen the policy");
        assertThatThrownBy(() -> vpc.requireValid("vpc-xyz")).isInstanceOf(UserError.class)
                .hasMessage("VPC_ID=vpc-xyz is refused: it does not match vpc-[0-9a-f]{8}(?:[0-9a-f]{9})?");
        assertThatThrownBy(() -> vpc.requireValid("")).hasMessage("VPC_ID='' is refused: a value is required");
        assertThatThrownBy(() -> vpc.requireValid("arn:aws:ec2:eu-west-1:123456789012:vpc/vpc-0a1b2c3d"))
                .hasMessageContaining("give the name or id, not an ARN");
        assertThatThrownBy(() -> SeedBlocks.model().get("aws-cross-account").whole().fill(Map.of("VPC", "vpc-0a1b2c3d")))
                .isInstanceOf(UserError.class).hasMessage("policy aws-cross-account has no placeholder 'VPC'")
                .satisfies(e -> assertThat(((UserError) e).hint()).startsWith("did you mean 'VPC_ID'?"));
    }

    @Test
    void fillingIsStructuralEvenForAValueThatWouldBreakJsonText() throws Exception {
        JsonNode doc = JSON.readTree("{\"Resource\": [\"arn:aws:ec2:*:*:vpc/[VPC_ID]\", \"[VPC_ID][VPC_ID]\"], \"[VPC_ID]\": 1}");
        String hostile = "\"],\"Resource\":\"*";
        JsonNode filled = PlaceholderFiller.fill(doc, Map.of("VPC_ID", hostile));
        assertThat(filled.get("Resource")).hasSize(2);
        assertThat(filled.get("Resource").get(0).asText()).isEqualTo("arn:aws:ec2:*:*:vpc/" + hostile);
        assertThat(filled.get("Resource").get(1).asText()).isEqualTo(hostile + hostile);
        assertThat(filled.has("[VPC_ID]")).as("keys are never touched").isTrue();
        assertThat(JSON.readTree(PrettyJson.of(filled))).isEqualTo(filled);
        assertThat(PlaceholderFiller.fill("a[B]c[D]", Map.of("B", "$1\\"))).isEqualTo("a$1\\c[D]");
    }

    @Test
    void prettyJsonIsFourSpacesWithEmptyListsAndMembersForm() throws Exception {
        JsonNode n = JSON.readTree("{\"a\":[],\"b\":{\"c\":[1,true,null,\"x\\\"y\"]},\"d\":{}}");
        assertThat(PrettyJson.of(n)).isEqualTo("""
                {
                    "a": [],
                    "b": {
                        "c": [
                            1,
                            true,
                            null,
                            "x\\"y"
                        ]
                    },
                    "d": {}
                }""");
        assertThat(PrettyJson.members(JSON.readTree("{\"Actions\":[\"x\"],\"DataActions\":[]}")))
                .isEqualTo("\"Actions\": [\n    \"x\"\n],\n\"DataActions\": []");
    }

    @Test
    void variantsOverTheAwsQuotasAreWarnedAbout(@TempDir Path dir) throws Exception {
        StringBuilder yaml = new StringBuilder("""
                id: big
                kind: aws-iam
                title: Big
                features:
                  - id: more
                    title: More
                    when-off: Less.
                policy:
                  Version: "2012-10-17"
                  Statement:
                    - Sid: Base
                      Effect: Allow
                      Action:
                """);
        for (int i = 0; i < 260; i++) {
            yaml.append("        - ec2:DescribeSomething").append(i).append('\n');
        }
        yaml.append("      Resource: \"*\"\n    - Sid: More\n      features: more\n      Effect: Allow\n      Action:\n");
        for (int i = 0; i < 200; i++) {
            yaml.append("        - s3:GetSomething").append(i).append('\n');
        }
        yaml.append("      Resource: \"*\"\n");
        Files.writeString(dir.resolve("big.yaml"), yaml);
        PolicyModel model = PolicyModel.load(dir);
        List<Finding> warnings = model.warnings();
        assertThat(warnings).hasSize(2);
        assertThat(warnings.get(0).code()).isEqualTo("policy.size");
        assertThat(warnings.get(0).message()).startsWith("big (default features) has ")
                .endsWith("characters without whitespace: over the 10240 allowed for all inline policies of a role together");
        View smaller = model.get("big").variant(model.get("big").select(List.of(), List.of("more")));
        assertThat(PolicySize.charactersWithoutWhitespace(smaller.node())).isBetween(6_145, 10_240);
        assertThat(warnings.get(1).message()).isEqualTo(PolicySize.warning(smaller).orElseThrow())
                .startsWith("big without more has ").endsWith("over the 6144 allowed for a managed policy (use it as an inline policy)");
        assertThat(PolicySize.warning(SeedBlocks.model().get("aws-cross-account").whole())).isEmpty();
    }
}
