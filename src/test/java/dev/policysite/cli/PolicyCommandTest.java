package dev.policysite.cli;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.policysite.policy.Placeholder;
import dev.policysite.policy.Policy;
import dev.policysite.policy.PolicyModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PolicyCommandTest {
    static final JsonMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_TRAILING_COMMA).build();
    static final String VPC = "vpc-0a1b2c3d4e5f67890";

    record Run(int exit, String out, String err) {
        JsonNode json() throws Exception {
            return JSON.readTree(out);
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new PolicyCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    static JsonNode seed(String name, String... replacements) throws Exception {
        try (InputStream in = PolicyCommandTest.class.getResourceAsStream("/seeds/" + name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (int i = 0; i < replacements.length; i += 2) {
                text = text.replace(replacements[i], replacements[i + 1]);
            }
            return JSON.readTree(text);
        }
    }

    @Test
    void printsTheSeedStep3PolicyWithTheValuesFilledIn() throws Exception {
        Run r = run("aws-cross-account", "--set", "VPC_ID=" + VPC, "--set", "INSTANCE_PROFILE_NAME=hops-profile");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.json()).isEqualTo(seed("000-step3-policy.json", "[VPC_ID]", VPC, "[INSTANCE_PROFILE_NAME]", "hops-profile"));
        assertThat(r.out()).startsWith("{\n    \"Version\": \"2012-10-17\",\n    \"Statement\": [\n        {\n");
    }

    @Test
    void withoutBackupDropsTheBackupStatementAndNothingElse() throws Exception {
        Run full = run("aws-cross-account", "--set", "VPC_ID=" + VPC);
        Run r = run("aws-cross-account", "--without", "backup", "--set", "VPC_ID=" + VPC);
        assertThat(r.exit()).isZero();
        List<JsonNode> expected = new ArrayList<>();
        full.json().get("Statement").forEach(s -> {
            if (!s.get("Sid").asText().equals("EC2BackupCreation")) {
                expected.add(s);
            }
        });
        List<JsonNode> actual = new ArrayList<>();
        r.json().get("Statement").forEach(actual::add);
        assertThat(actual).isEqualTo(expected);
        assertThat(r.err()).contains("note: still to fill in: [INSTANCE_PROFILE_NAME]");
    }

    @Test
    void withAndWithoutTakeCommaSeparatedLists() throws Exception {
        Run r = run("aws-cross-account", "--without", "backup,open-ports", "--with", "load-balancers");
        assertThat(r.exit()).isZero();
        List<String> sids = new ArrayList<>();
        r.json().get("Statement").forEach(s -> sids.add(s.get("Sid").asText()));
        assertThat(sids).contains("ManageLoadBalancersForExternalAccess")
                .doesNotContain("EC2BackupCreation", "EC2VpcNonResourceSpecificActions");
    }

    /** Values that would widen a policy or break out of its string; the CLI must refuse each one. */
    static final List<String> WIDENING = List.of("*", "?", "vpc-*", "vpc-0a1b2c3d4e5f67890*", "\"", "a\"b", "[", "]", "[VPC_ID]",
            ",", "a,b", " ", "a b", "\t", "x\ny", "${aws:username}", "arn:aws:ec2:*:*:vpc/*",
            "arn:aws:iam::123456789012:role/x", "ARN:aws:iam::1:root", "", "a\\b", "{}", "'");

    @Test
    void everyWideningValueIsRefusedForEveryPlaceholder(@TempDir Path dir) throws Exception {
        PolicyModel model = PolicyModel.load(Path.of("content/policies"));
        java.util.Set<String> done = new java.util.HashSet<>();
        for (Policy p : model.policies()) {
            // one policy per model directory keeps each run's load small; placeholders share patterns by name
            Path single = Files.createDirectories(dir.resolve(p.id()));
            Files.copy(p.source(), single.resolve(p.source().getFileName()));
            for (Placeholder ph : p.placeholders()) {
                if (!done.add(ph.getName())) {
                    continue;
                }
                for (String value : WIDENING) {
                    Run r = run(p.id(), "--model", single.toString(), "--set", ph.getName() + "=" + value);
                    assertThat(r.exit()).as("%s %s=%s", p.id(), ph.getName(), value).isEqualTo(2);
                    assertThat(r.out()).isEmpty();
                    assertThat(r.err().strip()).startsWith("error: " + ph.getName() + "=").doesNotContain("\n").contains("is refused");
                }
            }
        }
        assertThat(done).contains("VPC_ID", "INSTANCE_PROFILE_NAME", "BUCKET_NAME", "REGION", "ECR_AWS_ACCOUNT_ID",
                "SUBSCRIPTION_ID", "RESOURCE_GROUP", "ROLE_ACCOUNT_ID", "ROLE_NAME", "HEAD_NODE_ACCOUNT_ID", "HEAD_NODE_ROLE_NAME");
    }

    @Test
    void vpcStarNeverYieldsAPolicy() {
        Run r = run("aws-cross-account", "--set", "VPC_ID=*", "--set", "INSTANCE_PROFILE_NAME=hops-profile");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("error: VPC_ID=* is refused: wildcards would widen the policy (give one value like vpc-0a1b2c3d4e5f67890)\n");
    }

    @Test
    void usageProblemsAreOneLineWithExit2AndTheChoices() {
        Run unknownPolicy = run("aws-cross-acount");
        assertThat(unknownPolicy.exit()).isEqualTo(2);
        assertThat(unknownPolicy.err()).startsWith("error: unknown policy 'aws-cross-acount' (did you mean 'aws-cross-account'?");
        Run unknownFeature = run("aws-cross-account", "--without", "bakup");
        assertThat(unknownFeature.err()).isEqualTo("error: policy aws-cross-account has no feature 'bakup' (did you mean 'backup'? "
                + "choose one of: backup, early-warnings, open-ports, console-listing, load-balancers)\n");
        Run unknownPlaceholder = run("aws-cross-account", "--set", "VPC=vpc-0a1b2c3d");
        assertThat(unknownPlaceholder.exit()).isEqualTo(2);
        assertThat(unknownPlaceholder.err()).contains("has no placeholder 'VPC'").contains("VPC_ID");
        assertThat(run("aws-cross-account", "--set", "VPC_ID").err()).contains("is not NAME=VALUE");
        assertThat(run("aws-cross-account", "--format", "yaml").err()).contains("unknown format 'yaml'");
        assertThat(run("aws-cross-account", "--format", "azure-role").exit()).isEqualTo(2);
        assertThat(run().err()).contains("which policy?");
        assertThat(run("aws-cross-account", "--bogus").exit()).isEqualTo(2);
    }

    @Test
    void listNamesPoliciesFeaturesAndPlaceholders() {
        Run r = run("--list");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("aws-cross-account (aws-iam): Cross-account role limited to one VPC\n"
                + "  features:     backup, early-warnings, open-ports, console-listing, load-balancers (opt-in)\n"
                + "  placeholders: VPC_ID, INSTANCE_PROFILE_NAME\n");
        assertThat(r.out()).contains("azure-managed-identity (azure-role)");
    }

    @Test
    void azureRoleFormatPrintsTheFullRoleDefinition() throws Exception {
        Run r = run("azure-cross-account", "--format", "azure-role", "--without", "backup",
                "--set", "SUBSCRIPTION_ID=0a1b2c3d-4e5f-6789-abcd-ef0123456789", "--set", "RESOURCE_GROUP=my-rg");
        assertThat(r.exit()).isZero();
        JsonNode role = r.json();
        assertThat(role.get("AssignableScopes").get(0).asText())
                .isEqualTo("/subscriptions/0a1b2c3d-4e5f-6789-abcd-ef0123456789/resourceGroups/my-rg");
        assertThat(role.get("Actions").toString()).doesNotContain("snapshots");
        assertThat(role.has("DataActions")).isTrue();
    }

    @Test
    void terraformFormatsAreDataSourceAndRoleResource() {
        Run aws = run("aws-cross-account", "--format", "terraform", "--set", "VPC_ID=" + VPC);
        assertThat(aws.exit()).isZero();
        assertThat(aws.out()).startsWith("data \"aws_iam_policy_document\" \"aws_cross_account\" {\n")
                .contains("    sid       = \"EC2RunInstancesOnlyInGivenVpc\"\n")
                .contains("    condition {\n      test     = \"ArnLike\"\n      variable = \"ec2:vpc\"\n"
                        + "      values   = [\"arn:aws:ec2:*:*:vpc/" + VPC + "\"]\n    }\n");
        Run trust = run("aws-role-chaining-trust", "--format", "terraform");
        assertThat(trust.out()).contains("    principals {\n      type        = \"AWS\"\n"
                + "      identifiers = [\"arn:aws:iam::[HEAD_NODE_ACCOUNT_ID]:role/[HEAD_NODE_ROLE_NAME]\"]\n    }\n");
        Run azure = run("azure-managed-identity", "--format", "terraform");
        assertThat(azure.out()).startsWith("resource \"azurerm_role_definition\" \"azure_managed_identity\" {\n")
                .contains("  scope             = \"/subscriptions/[SUBSCRIPTION_ID]/resourceGroups/[RESOURCE_GROUP]\"\n")
                .contains("    data_actions     = [\n      \"Microsoft.Storage/storageAccounts/blobServices/containers/blobs/delete\",\n");
    }

    @Test
    void aBrokenModelIsOneLineWithFileAndLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("x.yaml"), "id: x\nkind: aws-iam\ntitle: X\nfeatures:\n  - id: backup\n    title: B\n"
                + "    when-off: none\npolicy:\n  Version: \"2012-10-17\"\n  Statement:\n    - Effect: Allow\n"
                + "      features: bakup\n      Action: s3:GetObject\n      Resource: \"*\"\n");
        Run r = run("x", "--model", dir.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo(dir.resolve("x.yaml") + ":12: error: feature 'bakup' is not declared "
                + "(did you mean 'backup'? declare it under features: or fix the tag)\n");
    }
}
