package dev.policysite.policy;

import dev.policysite.diag.SourcePos;
import dev.policysite.diag.UserError;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PolicyIncludeSchemeTest {
    final PolicyIncludeScheme scheme = new PolicyIncludeScheme(SeedBlocks.model());
    final SourcePos at = SourcePos.of(Path.of("docs/aws.md"), 7);

    String expand(String args) {
        return scheme.expand(args, at);
    }

    String error(String args) {
        try {
            expand(args);
        } catch (UserError e) {
            return e.toLine(null);
        }
        throw new AssertionError("no error for " + args);
    }

    @Test
    void wholePolicyWithDefaultFeaturesAsPrettyJsonWithoutTrailingNewline() {
        String json = expand("aws-cross-account");
        assertThat(scheme.scheme()).isEqualTo("policy");
        assertThat(json).isEqualTo(SeedBlocks.model().get("aws-cross-account").whole().getJson());
        assertThat(json).startsWith("{\n    \"Version\": \"2012-10-17\",\n    \"Statement\": [\n        {\n            \"Sid\": \"NonResourceBasedPermissions\",")
                .endsWith("\n    ]\n}").doesNotContain("ManageLoadBalancers");
    }

    @Test
    void withWithoutFragmentViewAndSet() {
        assertThat(expand("aws-cross-account without=backup,open-ports"))
                .doesNotContain("EC2BackupCreation").doesNotContain("EC2VpcNonResourceSpecificActions").contains("AllowInstanceActions");
        assertThat(expand("aws-cross-account with=load-balancers")).contains("ManageLoadBalancersForExternalAccess");
        assertThat(expand("aws-cross-account fragment=backup")).startsWith("{\n    \"Sid\": \"EC2BackupCreation\",");
        assertThat(expand("aws-cross-account fragment=early-warnings"))
                .isEqualTo("[\n    \"ec2:DescribeVpcAttribute\",\n    \"ec2:DescribeRouteTables\"\n]");
        assertThat(expand("azure-cross-account view=actions without=backup"))
                .startsWith("\"Actions\": [\n    \"Microsoft.Compute/virtualMachines/write\",\n")
                .endsWith("    \"Microsoft.Compute/disks/read\"\n]").doesNotContain("snapshots").doesNotContain("{");
        assertThat(expand("azure-managed-identity fragment=backup")).isEqualTo("""
                "Actions": [
                    "Microsoft.Storage/storageAccounts/blobServices/write",
                    "Microsoft.Storage/storageAccounts/listKeys/action"
                ]""");
        assertThat(expand("azure-managed-identity view=data-actions")).startsWith("\"DataActions\": [");
        assertThat(expand("aws-cross-account set=VPC_ID=vpc-0a1b2c3d4e5f67890"))
                .contains("arn:aws:ec2:*:*:vpc/vpc-0a1b2c3d4e5f67890").contains("[INSTANCE_PROFILE_NAME]");
    }

    @Test
    void errorsNameTheBadWordAndTheChoicesAtTheDirective() {
        assertThat(error("aws-cross-acount")).isEqualTo("docs/aws.md:7: error: {!policy:aws-cross-acount!}: unknown policy 'aws-cross-acount' "
                + "(did you mean 'aws-cross-account'? choose one of: aws-cross-account, aws-cross-account-default, aws-instance-profile, "
                + "aws-role-chaining-head-node, aws-role-chaining-trust, azure-cross-account, azure-cross-account-default, azure-managed-identity)");
        assertThat(error("aws-cross-account without=bakup")).contains("has no feature 'bakup' (did you mean 'backup'?");
        assertThat(error("aws-cross-account witout=backup")).contains("unknown option 'witout' (did you mean 'without'? "
                + "choose one of: with, without, fragment, view, set)");
        assertThat(error("aws-cross-account view=actions")).contains("has no member view 'Actions'")
                .contains("member views exist only for Azure role definitions");
        assertThat(error("azure-cross-account view=action")).contains("unknown view 'action' (did you mean 'actions'?");
        assertThat(error("azure-cross-account view=data-actions")).contains("has no member view 'DataActions' (choose one of: Actions)");
        assertThat(error("aws-cross-account fragment=backup without=open-ports")).contains("fragment= shows one feature's permissions");
        assertThat(error("aws-cross-account set=VPC_ID=*")).contains("VPC_ID=* is refused: wildcards would widen the policy");
        assertThat(error("aws-cross-account set=VPC_ID")).contains("set=VPC_ID is not NAME=VALUE");
        assertThat(error("without=backup")).contains("the policy id is missing");
        assertThat(error("aws-cross-account without=backup with=backup")).contains("feature 'backup' is both added and removed");
    }
}
