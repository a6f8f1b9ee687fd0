package dev.policysite.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.policysite.policy.SeedBlocks.azureActions;
import static dev.policysite.policy.SeedBlocks.minus;
import static dev.policysite.policy.SeedBlocks.model;
import static dev.policysite.policy.SeedBlocks.parse;
import static dev.policysite.policy.SeedBlocks.strings;
import static org.assertj.core.api.Assertions.assertThat;

/** Every bundled policy and feature against the facts of the seed pages (copies in src/test/resources/seeds). */
class SeedFactsTest {

    static Policy policy(String id) {
        return model().get(id);
    }

    static JsonNode variant(String id, List<String> with, List<String> without) {
        Policy p = policy(id);
        return p.variant(p.select(with, without)).node();
    }

    static JsonNode without(String id, String... features) {
        return variant(id, List.of(), List.of(features));
    }

    /** Same members in the same order, same lists in the same order. */
    static void assertSameJson(JsonNode actual, JsonNode expected) {
        assertThat(PrettyJson.of(actual)).isEqualTo(PrettyJson.of(expected));
    }

    @Test
    void theModelHasTheBundledPolicies() {
        assertThat(model().ids()).containsExactly("aws-cross-account", "aws-cross-account-default", "aws-instance-profile",
                "aws-role-chaining-head-node", "aws-role-chaining-trust", "azure-cross-account",
                "azure-cross-account-default", "azure-managed-identity");
        assertThat(model().warnings()).isEmpty();
    }

    @Nested
    class AwsCrossAccount {
        final JsonNode seed = parse("000-step3-policy.json");
        final String id = "aws-cross-account";

        @Test
        void defaultIsTheStep3PolicyOfSeed000() {
            assertSameJson(policy(id).whole().node(), seed);
            assertThat(policy(id).feature("load-balancers").isOptIn()).isTrue();
        }

        @Test
        void withoutBackupDropsEc2BackupCreationAndNothingElse() {
            assertSameJson(without(id, "backup"), SeedBlocks.withoutStatements(seed, "EC2BackupCreation"));
            assertSameJson(policy(id).fragment("backup").node(), parse("000-backup-statement.txt"));
        }

        @Test
        void withoutOpenPortsDropsEc2VpcNonResourceSpecificActions() {
            assertSameJson(without(id, "open-ports"), SeedBlocks.withoutStatements(seed, "EC2VpcNonResourceSpecificActions"));
            assertSameJson(policy(id).fragment("open-ports").node(), parse("000-open-ports-statement.txt"));
        }

        @Test
        void withoutEarlyWarningsDropsTheTwoListedActions() {
            List<String> early = strings(parse("000-early-warnings-actions.txt"));
            assertThat(early).containsExactly("ec2:DescribeVpcAttribute", "ec2:DescribeRouteTables");
            List<String> all = strings(SeedBlocks.statement(seed, "NonResourceBasedPermissions").get("Action"));
            assertSameJson(without(id, "early-warnings"), SeedBlocks.withActions(seed, "NonResourceBasedPermissions", minus(all, early)));
            assertThat(policy(id).fragment("early-warnings").shape()).isEqualTo(ViewShape.ACTION_LIST);
            assertSameJson(policy(id).fragment("early-warnings").node(), parse("000-early-warnings-actions.txt"));
        }

        @Test
        void withoutConsoleListingAndEarlyWarningsIsTheTerraformListing() {
            JsonNode terraform = parse("000-terraform-listing-statement.txt");
            JsonNode variant = without(id, "console-listing", "early-warnings");
            assertSameJson(SeedBlocks.statement(variant, "NonResourceBasedPermissions"), terraform);
            assertSameJson(variant, SeedBlocks.withActions(seed, "NonResourceBasedPermissions", strings(terraform.get("Action"))));
        }

        @Test
        void consoleListingIsTheRestOfNonResourceBasedPermissions() {
            List<String> all = strings(SeedBlocks.statement(seed, "NonResourceBasedPermissions").get("Action"));
            List<String> kept = strings(parse("000-terraform-listing-statement.txt").get("Action"));
            List<String> early = strings(parse("000-early-warnings-actions.txt"));
            List<String> listing = minus(minus(all, kept), early);
            assertThat(strings(policy(id).fragment("console-listing").node())).isEqualTo(listing);
            assertSameJson(without(id, "console-listing"), SeedBlocks.withActions(seed, "NonResourceBasedPermissions", minus(all, listing)));
        }

        @Test
        void withLoadBalancersAddsTheOptInStatement() {
            JsonNode lb = parse("000-load-balancers-statement.txt");
            ObjectNode expected = seed.deepCopy();
            ((ArrayNode) expected.get("Statement")).add(lb);
            assertSameJson(variant(id, List.of("load-balancers"), List.of()), expected);
            assertSameJson(policy(id).fragment("load-balancers").node(), lb);
        }

        @Test
        void everyVariantIsTheSeedMinusWhatItsOffFeaturesTag() {
            Policy p = policy(id);
            JsonNode all = variant(id, List.of("load-balancers"), List.of());
            for (FeatureSelection s : p.allSelections()) {
                JsonNode v = p.variant(s).node();
                for (JsonNode st : v.get("Statement")) {
                    JsonNode full = SeedBlocks.statement(all, st.get("Sid").asText());
                    assertThat(strings(full.get("Action")).containsAll(strings(st.get("Action")))).isTrue();
                    ObjectNode rest = st.deepCopy();
                    ObjectNode fullRest = full.deepCopy();
                    rest.remove("Action");
                    fullRest.remove("Action");
                    assertThat(rest).isEqualTo(fullRest);
                }
                for (Feature f : p.features()) {
                    if (!s.isOn(f.getId())) {
                        assertThat(PolicySize.charactersWithoutWhitespace(p.variant(s.with(f.getId())).node()))
                                .as("turning %s on in %s adds permissions", f.getId(), s).isGreaterThan(PolicySize.charactersWithoutWhitespace(v));
                    }
                }
            }
        }
    }

    @Nested
    class AwsCrossAccountDefault {
        final JsonNode seed = parse("aws_cross_account_default.json");
        final String id = "aws-cross-account-default";

        @Test
        void defaultIsTheRelatedFileExactly() {
            assertSameJson(policy(id).whole().node(), seed);
        }

        @Test
        void backupAndLoadBalancersAreTheirStatements() {
            assertSameJson(without(id, "backup"), SeedBlocks.withoutStatements(seed, "HopsworksAIBackup"));
            assertSameJson(without(id, "load-balancers"), SeedBlocks.withoutStatements(seed, "ManageLoadBalancersForExternalAccess"));
            assertSameJson(policy(id).fragment("backup").node(), SeedBlocks.statement(seed, "HopsworksAIBackup"));
            assertThat(strings(SeedBlocks.statement(seed, "HopsworksAIBackup").get("Action")))
                    .isEqualTo(strings(parse("000-backup-statement.txt").get("Action")));
        }
    }

    @Nested
    class AwsInstanceProfile {
        final String id = "aws-instance-profile";
        final Map<String, String> values = Map.of("BUCKET_NAME", "my-bucket", "REGION", "eu-west-1", "ECR_AWS_ACCOUNT_ID", "123456789012");
        /** The related file with its bare placeholder names given values, and S3: written s3: as the catalog does. */
        final JsonNode seed = SeedBlocks.replaceInStrings(parse("aws_instance_profile_default.json"),
                Map.of("BUCKET_NAME", "my-bucket", "ECR_AWS_ACCOUNT_ID", "123456789012", "REGION", "eu-west-1", "S3:", "s3:"));

        JsonNode filled(JsonNode node) {
            Policy p = policy(id);
            return new View(p, "test", ViewShape.DOCUMENT, node).fill(values).node();
        }

        @Test
        void defaultIsTheRelatedFileWithCanonicalS3Spelling() {
            assertThat(parse("aws_instance_profile_default.json").toString()).contains("\"S3:PutObject\"");
            assertSameJson(filled(policy(id).whole().node()), seed);
        }

        @Test
        void withoutBackupDropsExactlyTheFiveListedS3Actions() {
            List<String> backup = strings(parse("000-instance-profile-backup-actions.txt")).stream().map(a -> a.replace("S3:", "s3:")).toList();
            assertThat(backup).hasSize(5).doesNotContain("s3:GetBucketVersioning");
            List<String> all = strings(SeedBlocks.statement(seed, "hopsworksaiInstanceProfile").get("Action"));
            assertSameJson(filled(without(id, "backup")), SeedBlocks.withActions(seed, "hopsworksaiInstanceProfile", minus(all, backup)));
            assertThat(strings(policy(id).fragment("backup").node())).isEqualTo(backup);
            assertThat(strings(without(id, "backup").get("Statement").get(0).get("Action"))).contains("s3:GetBucketVersioning");
        }

        @Test
        void withoutCloudwatchDropsTheLastTwoStatements() {
            int n = seed.get("Statement").size();
            assertSameJson(filled(without(id, "cloudwatch")), SeedBlocks.withoutStatementsAt(seed, n - 2, n - 1));
            assertSameJson(policy(id).fragment("cloudwatch").node(), parse("000-instance-profile-cloudwatch-statements.txt"));
        }
    }

    @Nested
    class AzureCrossAccount {
        final String id = "azure-cross-account";
        final List<String> all = azureActions("002-step3-actions.txt");

        List<String> actions(JsonNode role) {
            return strings(role.get("Actions"));
        }

        @Test
        void defaultIsTheStep3ListAsAFullRoleDefinition() {
            assertThat(all).hasSize(36);
            JsonNode role = policy(id).whole().node();
            assertThat(actions(role)).isEqualTo(all);
            JsonNode related = parse("azure_cross_account_default.json");
            for (String member : List.of("Name", "IsCustom", "Description", "NotActions", "AssignableScopes")) {
                assertThat(SeedBlocks.replaceInStrings(role.get(member), Map.of("[SUBSCRIPTION_ID]", "SUBSCRIPTION_ID", "[RESOURCE_GROUP]", "RESOURCE_GROUP")))
                        .as(member).isEqualTo(related.get(member));
            }
            assertThat(role.properties().stream().map(Map.Entry::getKey)).containsExactly("Name", "IsCustom", "Description",
                    "Actions", "NotActions", "DataActions", "NotDataActions", "AssignableScopes");
        }

        @Test
        void withoutBackupDropsTheFourBackupActionsButKeepsDisksRead() {
            List<String> backup = azureActions("002-backup-actions.txt");
            assertThat(backup).hasSize(4);
            List<String> seedWithout = azureActions("002-without-backup-actions.txt");
            assertThat(seedWithout).hasSize(31);
            List<String> expected = new ArrayList<>(seedWithout);
            expected.add("Microsoft.Compute/disks/read");
            assertThat(actions(without(id, "backup"))).isEqualTo(expected).isEqualTo(minus(all, backup));
            assertThat(strings(policy(id).fragment("backup").node().get("Actions"))).isEqualTo(backup);
        }

        @Test
        void publicIpOpenPortsAndStorageDropdownAreTheirSeedLists() {
            Map<String, String> lists = Map.of("public-ip", "002-public-ip-actions.txt", "open-ports", "002-open-ports-actions.txt",
                    "storage-dropdown", "002-storage-dropdown-actions.txt");
            lists.forEach((feature, file) -> {
                List<String> listed = azureActions(file);
                assertThat(actions(without(id, feature))).as(feature).isEqualTo(minus(all, listed));
                assertThat(strings(policy(id).fragment(feature).node().get("Actions"))).as(feature).isEqualTo(listed);
            });
            assertThat(azureActions("002-public-ip-actions.txt")).hasSize(4);
        }

        @Test
        void theActionsMemberViewIsTheListAlone() {
            Policy p = policy(id);
            View actions = p.member(p.select(List.of(), List.of("backup")), "actions");
            assertThat(actions.getJson()).startsWith("\"Actions\": [\n    \"Microsoft.Compute/virtualMachines/write\",");
            assertThat(strings(actions.node().get("Actions"))).isEqualTo(minus(all, azureActions("002-backup-actions.txt")));
        }
    }

    @Nested
    class AzureCrossAccountDefault {
        final String id = "azure-cross-account-default";
        final JsonNode related = SeedBlocks.replaceInStrings(parse("azure_cross_account_default.json"),
                Map.of("SUBSCRIPTION_ID", "[SUBSCRIPTION_ID]", "RESOURCE_GROUP", "[RESOURCE_GROUP]"));

        @Test
        void defaultIsTheRelatedFileWithTheEmptyDataMembersAdded() {
            ObjectNode expected = (ObjectNode) related.deepCopy();
            JsonNode scopes = expected.remove("AssignableScopes");
            expected.putArray("DataActions");
            expected.putArray("NotDataActions");
            expected.set("AssignableScopes", scopes);
            assertSameJson(policy(id).whole().node(), expected);
        }

        @Test
        void featuresDropTheSameListsAsOnTheLimitedRole() {
            List<String> all = strings(related.get("Actions"));
            Map.of("backup", "002-backup-actions.txt", "public-ip", "002-public-ip-actions.txt",
                    "storage-dropdown", "002-storage-dropdown-actions.txt").forEach((feature, file) ->
                    assertThat(strings(without(id, feature).get("Actions"))).as(feature).isEqualTo(minus(all, azureActions(file))));
        }
    }

    @Nested
    class AzureManagedIdentity {
        final String id = "azure-managed-identity";
        final JsonNode related = parse("azure_managed_identity_role.json");
        final List<String> all = strings(related.get("Actions"));
        final List<String> backup = azureActions("002-managed-identity-backup-actions.txt");

        @Test
        void defaultIsTheRelatedFileWithNotDataActionsAdded() {
            JsonNode role = policy(id).whole().node();
            assertThat(strings(role.get("Actions"))).isEqualTo(all);
            assertThat(role.get("DataActions")).isEqualTo(related.get("DataActions"));
            assertThat(role.get("NotDataActions")).isEmpty();
        }

        @Test
        void backupFragmentIsTheSeedListButListKeysStaysWhileUpgradesIsOn() {
            assertThat(strings(policy(id).fragment("backup").node().get("Actions"))).isEqualTo(backup);
            assertThat(strings(without(id, "backup").get("Actions")))
                    .isEqualTo(minus(all, List.of("Microsoft.Storage/storageAccounts/blobServices/write")));
            assertThat(strings(without(id, "backup", "upgrades").get("Actions"))).isEqualTo(minus(all, backup));
            assertThat(strings(without(id, "upgrades").get("Actions"))).isEqualTo(all);
        }

        @Test
        void upgradesCoversOnlyListKeysTheOtherUpgradeActionsBelongToTheCrossAccountRole() {
            List<String> upgrades = azureActions("002-upgrades-actions.txt");
            assertThat(strings(policy(id).fragment("upgrades").node().get("Actions")))
                    .containsExactly("Microsoft.Storage/storageAccounts/listKeys/action");
            Policy cross = policy("azure-cross-account");
            for (FeatureSelection s : cross.allSelections()) {
                assertThat(strings(cross.variant(s).node().get("Actions")))
                        .containsAll(minus(upgrades, List.of("Microsoft.Storage/storageAccounts/listKeys/action")));
            }
        }
    }

    @Nested
    class RoleChaining {
        @Test
        void headNodePolicyHasTheSeedShapeWithPlaceholders() {
            JsonNode seed = parse("004-head-node-policy.json");
            Policy p = policy("aws-role-chaining-head-node");
            JsonNode filled = p.whole().fill(Map.of("ROLE_ACCOUNT_ID", "123456789011", "ROLE_NAME", "test-role")).node();
            ObjectNode expected = seed.deepCopy();
            ArrayNode resources = ((ObjectNode) expected.get("Statement").get(0)).putArray("Resource");
            resources.add(seed.get("Statement").get(0).get("Resource").get(0).asText());
            assertSameJson(filled, expected);
            assertThat(p.placeholder("ROLE_ACCOUNT_ID").problem("xxxxxxxxxxxx")).isPresent();
        }

        @Test
        void trustPolicyIsTheSeedWithPlaceholders() {
            JsonNode seed = parse("004-trust-policy.json");
            Policy p = policy("aws-role-chaining-trust");
            assertThat(p.kind()).isEqualTo(PolicyKind.AWS_TRUST);
            JsonNode filled = p.whole().fill(Map.of("HEAD_NODE_ACCOUNT_ID", "123456789011", "HEAD_NODE_ROLE_NAME", "instance-profile")).node();
            assertSameJson(filled, SeedBlocks.replaceInStrings(seed, Map.of("xxxxxxxxxxxx", "123456789011")));
        }
    }
}
