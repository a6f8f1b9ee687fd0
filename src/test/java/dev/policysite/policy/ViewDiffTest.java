package dev.policysite.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The checker's helper: which view a page's block is, and what exactly differs. */
class ViewDiffTest {
    static final JsonMapper JSON = new JsonMapper();

    static Policy policy(String id) {
        return SeedBlocks.model().get(id);
    }

    static ViewDiff.Nearest nearest(String policyId, JsonNode block) {
        return ViewDiff.nearest(block, SeedBlocks.model().allViews(policyId)).orElseThrow();
    }

    @Test
    void seedBlocksMatchTheirViewsExactly() {
        assertThat(nearest("aws-cross-account", SeedBlocks.parse("000-step3-policy.json")).view().name()).isEqualTo("variant:default");
        assertThat(nearest("aws-cross-account", SeedBlocks.parse("000-backup-statement.txt")).view().name()).isEqualTo("fragment:backup");
        assertThat(nearest("aws-cross-account", SeedBlocks.parse("000-early-warnings-actions.txt")).view().name())
                .isEqualTo("fragment:early-warnings");
        assertThat(nearest("aws-cross-account", SeedBlocks.parse("000-load-balancers-statement.txt")).view().name())
                .isEqualTo("fragment:load-balancers");
        assertThat(nearest("azure-cross-account", SeedBlocks.parse("002-backup-actions.txt")).view().name()).isEqualTo("fragment:backup");
        ViewDiff.Nearest step3 = nearest("azure-cross-account", SeedBlocks.parse("002-step3-actions.txt"));
        assertThat(step3.view().name()).isEqualTo("Actions:default");
        assertThat(step3.diff().matches()).isTrue();
        assertThat(step3.diff().summary()).isEqualTo("block matches the Actions of azure-cross-account");
    }

    @Test
    void theSeedsWithoutBackupListIsOneActionShortOfTheModel() {
        ViewDiff.Nearest n = nearest("azure-cross-account", SeedBlocks.parse("002-without-backup-actions.txt"));
        assertThat(n.view().name()).isEqualTo("Actions:without-backup");
        assertThat(n.diff().lacks()).containsExactly("Microsoft.Compute/disks/read");
        assertThat(n.diff().summary()).isEqualTo("block lacks Microsoft.Compute/disks/read");
    }

    @Test
    void reportsMissingAndExtraActionsInTheBriefsWords() throws Exception {
        JsonNode block = JSON.readTree("""
                {"actions": ["Microsoft.Compute/snapshots/write", "Microsoft.Compute/snapshots/read",
                             "Microsoft.Compute/snapshots/delete", "Microsoft.Compute/disks/read"]}""");
        ViewDiff d = ViewDiff.between(block, policy("azure-cross-account").fragment("backup"));
        assertThat(d.summary()).isEqualTo("block lacks Microsoft.Compute/disks/beginGetAccess/action; "
                + "has Microsoft.Compute/disks/read which the backup fragment of azure-cross-account does not");
        assertThat(d.distance()).isEqualTo(2);
    }

    @Test
    void statementsPairBySidOrOverlapAndReportChangedMembers() throws Exception {
        JsonNode block = SeedBlocks.parse("000-step3-policy.json").deepCopy();
        JsonNode allow = SeedBlocks.statement(block, "AllowInstanceActions");
        ((com.fasterxml.jackson.databind.node.ArrayNode) allow.get("Action")).remove(3);
        ((com.fasterxml.jackson.databind.node.ObjectNode) SeedBlocks.statement(block, "EC2RunInstancesOnlyInGivenVpc"))
                .put("Resource", "arn:aws:ec2:*:*:subnet/subnet-1");
        ViewDiff d = ViewDiff.between(block, policy("aws-cross-account").whole());
        assertThat(d.lacks()).containsExactly("ec2:CreateTags (in AllowInstanceActions)");
        assertThat(d.changes()).containsExactly("Resource of EC2RunInstancesOnlyInGivenVpc differs: block has "
                + "\"arn:aws:ec2:*:*:subnet/subnet-1\", aws-cross-account (default features) has \"arn:aws:ec2:*:*:subnet/*\"");
        ViewDiff withoutBackup = ViewDiff.between(SeedBlocks.parse("000-step3-policy.json"),
                policy("aws-cross-account").variant(policy("aws-cross-account").select(List.of(), List.of("backup"))));
        assertThat(withoutBackup.summary()).isEqualTo("block has statement EC2BackupCreation which aws-cross-account without backup does not");
    }

    @Test
    void placeholdersMatchValidValuesButNotBareNames() throws Exception {
        JsonNode filled = policy("aws-cross-account").whole().fill(java.util.Map.of("VPC_ID", "vpc-0a1b2c3d4e5f67890")).node();
        assertThat(ViewDiff.between(filled, policy("aws-cross-account").whole()).matches()).isTrue();
        JsonNode bare = SeedBlocks.parse("aws_instance_profile_default.json");
        ViewDiff d = ViewDiff.between(bare, policy("aws-instance-profile").whole());
        assertThat(d.lacks()).isEmpty();
        assertThat(d.extras()).isEmpty();
        assertThat(d.changes()).hasSize(3).allSatisfy(c -> assertThat(c).startsWith("Resource of "));
        assertThat(d.notes()).contains("block writes S3:PutObject for s3:PutObject (the same action: names are case-insensitive)");
    }

    @Test
    void sidLessStatementsPairByTheirActions() {
        JsonNode cloudwatch = SeedBlocks.parse("000-instance-profile-cloudwatch-statements.txt");
        ViewDiff.Nearest n = nearest("aws-instance-profile", cloudwatch);
        assertThat(n.view().name()).isEqualTo("fragment:cloudwatch");
        assertThat(n.diff().matches()).isTrue();
    }

    @Test
    void theTerraformListingStatementIsOneStatementOfAVariant() {
        JsonNode listing = SeedBlocks.parse("000-terraform-listing-statement.txt");
        ViewDiff.Nearest n = ViewDiff.nearest(listing, policy("aws-cross-account").statementViews()).orElseThrow();
        assertThat(n.view().name()).isEqualTo("statement:NonResourceBasedPermissions:without-early-warnings+console-listing");
        assertThat(n.view().label()).isEqualTo("statement NonResourceBasedPermissions of aws-cross-account without early-warnings, console-listing");
        assertThat(n.diff().matches()).isTrue();
        assertThat(nearest("aws-cross-account", listing).diff().matches()).isFalse();
    }

    @Test
    void statementViewsListEachDistinctStatementOnceAndNoneForAzure() {
        List<NamedView> views = policy("aws-cross-account").statementViews();
        assertThat(views).extracting(NamedView::name).doesNotHaveDuplicates()
                .contains("statement:IAMPassRoleToInstance:default", "statement:EC2BackupCreation:default",
                        "statement:ManageLoadBalancersForExternalAccess:with-load-balancers")
                .filteredOn(name -> name.startsWith("statement:NonResourceBasedPermissions:")).hasSize(4);
        assertThat(views).extracting(v -> v.view().node()).doesNotHaveDuplicates();
        assertThat(policy("aws-instance-profile").statementViews()).extracting(NamedView::name)
                .contains("statement:#6:default", "statement:#7:default");
        assertThat(policy("azure-cross-account").statementViews()).isEmpty();
    }
}
