package dev.policysite.policy;

import dev.policysite.diag.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every model error names file and line and says what to do. */
class PolicyLoaderTest {
    @TempDir
    Path dir;

    /** A small valid policy; tests change one line and expect one error. */
    static final String VALID = """
            id: x
            kind: aws-iam
            title: X
            placeholders:
              - name: VPC_ID
                description: The VPC.
                pattern: 'vpc-[0-9a-f]{8}'
                example: vpc-0a1b2c3d
            features:
              - id: backup
                title: Backups
                when-off: No backups.
              - id: extra
                title: Extra
                when-off: Nothing extra.
                default: off
            policy:
              Version: "2012-10-17"
              Statement:
                - Sid: One
                  Effect: Allow
                  Action:
                    - ec2:DescribeInstances
                    - ec2:DescribeImages: backup
                  Resource: "arn:aws:ec2:*:*:vpc/[VPC_ID]"
                - Sid: Two
                  features: [extra]
                  Effect: Allow
                  Action: ec2:CreateTags
                  Resource: "*"
            """;

    Policy load(String yaml) throws Exception {
        Path file = dir.resolve("x.yaml");
        Files.writeString(file, yaml);
        return PolicyModel.load(dir).get("x");
    }

    void assertError(String yaml, String expectedLine) {
        assertThatThrownBy(() -> load(yaml)).isInstanceOf(UserError.class)
                .satisfies(e -> assertThat(((UserError) e).toLine(dir)).isEqualTo(expectedLine));
    }

    @Test
    void theValidExampleLoads() throws Exception {
        Policy p = load(VALID);
        assertThat(p.featureIds()).containsExactly("backup", "extra");
        assertThat(p.feature("extra").isOptIn()).isTrue();
        assertThat(p.whole().getJson()).contains("ec2:DescribeImages").doesNotContain("ec2:CreateTags");
    }

    @Test
    void undeclaredFeatureTag() {
        assertError(VALID.replace("ec2:DescribeImages: backup", "ec2:DescribeImages: bakup"),
                "x.yaml:24: error: feature 'bakup' is not declared (did you mean 'backup'? declare it under features: or fix the tag)");
        assertError(VALID.replace("features: [extra]", "features: [nope]"),
                "x.yaml:27: error: feature 'nope' is not declared (declare it under features: or fix the tag)");
    }

    @Test
    void duplicates() {
        assertError(VALID.replace("Sid: Two", "Sid: One"),
                "x.yaml:26: error: duplicate Sid 'One' (line 20 already uses it; Sids must be unique within a policy)");
        assertError(VALID.replace("id: extra", "id: backup"),
                "x.yaml:13: error: duplicate feature id 'backup' (line 10 already declares it)");
        assertError(VALID.replace("- ec2:DescribeImages: backup", "- EC2:describeinstances"),
                "x.yaml:24: error: 'EC2:describeinstances' is listed twice in Statement.Action "
                        + "(it is already listed at line 23 (names are case-insensitive); remove one)");
        assertError(VALID.replace("  Version:", "  Statement: []\n  Version:"),
                "x.yaml:20: error: duplicate key 'Statement' (it is already set at line 18)");
    }

    @Test
    void placeholdersUsedButNotDeclaredOrDeclaredButUnused() {
        assertError(VALID.replace("vpc/[VPC_ID]", "vpc/[VPC]"),
                "x.yaml:25: error: placeholder [VPC] is not declared (did you mean [VPC_ID]? declare it under placeholders: or fix the name)");
        assertError(VALID.replace("vpc/[VPC_ID]", "vpc/*"),
                "x.yaml:5: error: placeholder VPC_ID is declared but never used (use [VPC_ID] in the policy or remove it)");
        assertError(VALID.replace("vpc/[VPC_ID]", "vpc/VPC_ID"),
                "x.yaml:25: error: VPC_ID is written without brackets (write [VPC_ID] so it is replaced)");
    }

    @Test
    void examplesMustMatchTheirPattern() {
        assertError(VALID.replace("example: vpc-0a1b2c3d", "example: vpc-xyz"),
                "x.yaml:8: error: example 'vpc-xyz' of VPC_ID does not match its own pattern vpc-[0-9a-f]{8} (fix the example or the pattern)");
    }

    @Test
    void patternsThatWouldAcceptAWideningValueAreRejected() {
        String hint = " (make the pattern refuse wildcards, quotes, brackets, commas, whitespace and ARNs)";
        assertError(VALID.replace("'vpc-[0-9a-f]{8}'", "'vpc-.*'"),
                "x.yaml:7: error: pattern of VPC_ID accepts 'vpc-0a1b2c3d*', which could widen the policy" + hint);
        assertError(VALID.replace("'vpc-[0-9a-f]{8}'", "'[^/]+'"),
                "x.yaml:7: error: pattern of VPC_ID accepts '*', which could widen the policy" + hint);
        assertError(VALID.replace("'vpc-[0-9a-f]{8}'", "'vpc-[0-9a-f, ]{8,9}'"),
                "x.yaml:7: error: pattern of VPC_ID accepts 'vpc-0a1b2c3d,', which could widen the policy" + hint);
        assertError(VALID.replace("'vpc-[0-9a-f]{8}'", "'(?:vpc-[0-9a-f]{8}|arn:.+)'"),
                "x.yaml:7: error: pattern of VPC_ID accepts 'arn:aws:iam::123456789012:root', which could widen the policy" + hint);
    }

    @Test
    void patternsMustMeanTheSameInJavaAndJavaScript() {
        assertError(VALID.replace("'vpc-[0-9a-f]{8}'", "'vpc-[0-9a-f]{8}+'"),
                "x.yaml:7: error: pattern of VPC_ID would not work the same in the builder page: possessive quantifiers (}+) are Java-only "
                        + "(use only syntax that Java and JavaScript share)");
        assertError(VALID.replace("'vpc-[0-9a-f]{8}'", "'(?i)vpc-[0-9a-f]{8}'"),
                "x.yaml:7: error: pattern of VPC_ID would not work the same in the builder page: only (?:...), (?=...) and (?!...) "
                        + "groups work the same in Java and JavaScript (use only syntax that Java and JavaScript share)");
        assertError(VALID.replace("'vpc-[0-9a-f]{8}'", "'vpc-\\p{XDigit}{8}'"),
                "x.yaml:7: error: pattern of VPC_ID would not work the same in the builder page: the escape \\p means something else "
                        + "(or nothing) in JavaScript (use only syntax that Java and JavaScript share)");
        assertError(VALID.replace("'vpc-[0-9a-f]{8}'", "'vpc-[[0-9]a-f]{8}'"),
                "x.yaml:7: error: pattern of VPC_ID would not work the same in the builder page: '[' inside a character class is a "
                        + "nested class in Java but a literal in JavaScript; escape it (use only syntax that Java and JavaScript share)");
        assertError(VALID.replace("'vpc-[0-9a-f]{8}'", "'vpc-[0-9a-f{8}'"),
                "x.yaml:7: error: pattern of VPC_ID is not a valid regular expression: Unclosed character class (fix the pattern)");
    }

    @Test
    void tagsThatWouldWidenOrStandElsewhereAreRejected() {
        assertError(VALID.replace("Effect: Allow\n      Action: ec2:CreateTags", "Effect: Deny\n      Action: ec2:CreateTags"),
                "x.yaml:26: error: a Deny statement cannot depend on features "
                        + "(leaving out a Deny (or one of its actions) would widen the policy; drop the tags)");
        assertError(VALID.replace("      Action:\n        - ec2:DescribeInstances", "      NotAction:\n        - ec2:DescribeInstances"),
                "x.yaml:24: error: items of Statement.NotAction cannot be tagged "
                        + "(leaving an exclusion out would widen the policy; write the action name only)");
        assertError(VALID.replace("Resource: \"*\"", "Resource:\n        - \"*\": extra"),
                "x.yaml:31: error: Resource takes strings only "
                        + "(feature tags go on statements (features:) and on Action items (- action: feature))");
        assertError(VALID.replace("      Effect: Allow\n      Action: ec2:CreateTags", "      Effect: Allow\n      Condition:\n        features: x\n      Action: ec2:CreateTags"),
                "x.yaml:30: error: feature tags are not allowed here "
                        + "(tag a whole statement (features: under Statement) or one action (- action: feature))");
        assertError(VALID.replace("      Action: ec2:CreateTags\n", "      Action: ec2:CreateTags\n      features: backup\n"),
                "x.yaml:1: error: duplicate key 'features' (it is already set at line 27)".replace("x.yaml:1", "x.yaml:30"));
    }

    @Test
    void structureErrors() {
        assertError(VALID.replace("title: X", "titel: X"),
                "x.yaml:3: error: 'titel' is not a key of a policy file (did you mean 'title'? "
                        + "choose one of: id, kind, title, description, placeholders, features, policy)");
        assertError(VALID.replace("kind: aws-iam", "kind: aws-ima"),
                "x.yaml:2: error: unknown policy kind 'aws-ima' (did you mean 'aws-iam'? choose one of: aws-iam, aws-trust, azure-role)");
        assertError(VALID.replace("id: x", "id: y"),
                "x.yaml:1: error: policy id 'y' differs from the file name x.yaml (rename the file to y.yaml or change the id)");
        assertError(VALID.replace("      Resource: \"*\"", "      Resources: \"*\""),
                "x.yaml:30: error: 'Resources' is not a member of an IAM statement (did you mean 'Resource'? "
                        + "choose one of: Sid, Effect, Principal, NotPrincipal, Action, NotAction, Resource, NotResource, Condition)");
        assertError(VALID.replace("default: off", "default: maybe"),
                "x.yaml:16: error: default must be on or off (write default: off for an opt-in feature)");
        assertError(VALID.replace("- ec2:DescribeImages: backup", "- ec2:DescribeImages: backup\n        broken: x"),
                "x.yaml:25: error: invalid YAML: " + yamlMessage(VALID.replace("- ec2:DescribeImages: backup", "- ec2:DescribeImages: backup\n        broken: x")));
        assertError(VALID.replace("features: [extra]", "features: []"),
                "x.yaml:27: error: an empty feature tag (name at least one feature, or drop the tag)");
        assertError(VALID.replace("- ec2:DescribeImages: backup", "- ec2:DescribeImages"),
                "x.yaml:10: error: feature 'backup' tags nothing (tag the statements or actions it needs, or remove it)");
        assertError(VALID.replace("kind: aws-iam", "kind: aws-trust"),
                "x.yaml:20: error: a trust policy statement needs a Principal (name who may assume the role under Principal:)");
    }

    /** Whatever the YAML parser says: the test only pins the file, the line and the prefix. */
    String yamlMessage(String yaml) {
        try {
            load(yaml);
        } catch (UserError e) {
            return e.getMessage().replace("invalid YAML: ", "") + " (fix the YAML syntax at this line)";
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no error");
    }

    @Test
    void theSamePlaceholderNameHasOnePatternAcrossTheModel() throws Exception {
        Files.writeString(dir.resolve("x.yaml"), VALID);
        Files.writeString(dir.resolve("y.yaml"), VALID.replace("id: x", "id: y").replace("{8}", "{8,9}").replace("vpc-0a1b2c3d", "vpc-0a1b2c3d"));
        assertThatThrownBy(() -> PolicyModel.load(dir)).isInstanceOf(UserError.class)
                .satisfies(e -> assertThat(((UserError) e).toLine(dir)).isEqualTo("y.yaml:5: error: placeholder VPC_ID has another pattern than in "
                        + dir.resolve("x.yaml") + ":5 (use the same pattern for the same name: vpc-[0-9a-f]{8})"));
    }
}
