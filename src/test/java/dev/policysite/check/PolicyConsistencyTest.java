package dev.policysite.check;

import dev.policysite.diag.Finding;
import dev.policysite.diag.Severity;
import dev.policysite.iam.JsonBlockChecker;
import dev.policysite.policy.PolicyModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Blocks of pages against the bundled policy model: drift, placeholders, and what is left alone. */
class PolicyConsistencyTest {
    private static final PolicyModel MODEL = PolicyModel.load(Path.of("content/policies"));
    private static final CheckEngines ENGINES = CheckEngines.defaults()
            .withBlocks(new IamBlockValidator(JsonBlockChecker.withBundledCatalogs()))
            .withModel(new PolicyConsistency(MODEL));

    @TempDir
    Path dir;

    private CheckReport check(String markdown) {
        return new SiteFixture(dir).page("index.md", markdown).check(ENGINES);
    }

    private List<String> brief(String markdown) {
        return SiteFixture.brief(check(markdown), dir);
    }

    private static String json(String body) {
        return "# Page\n\n```json\n" + body + "\n```\n";
    }

    private static final String STEP3_START = """
            {
              "Version": "2012-10-17",
              "Statement": [
                {"Sid": "NonResourceBasedPermissions", "Effect": "Allow", "Action": ["ec2:DescribeInstances",
                  "ec2:DescribeVpcs", "ec2:DescribeVolumes", "ec2:DescribeSubnets", "ec2:DescribeKeyPairs",
                  "ec2:DescribeInstanceStatus", "iam:ListInstanceProfiles", "ec2:DescribeSecurityGroups",
                  "ec2:DescribeVpcAttribute", "ec2:DescribeRouteTables"], "Resource": "*"},
            """;

    /** The limited policy without backup and open ports, with the PassRole resource and VPC id given. */
    private static String limited(String passRoleResource, String vpc) {
        return STEP3_START + """
                    {"Sid": "IAMPassRoleToInstance", "Effect": "Allow", "Action": "iam:PassRole", "Resource": "%s"},
                    {"Sid": "EC2RunInstancesOnlyWithGivenRole", "Effect": "Allow", "Action": "ec2:RunInstances",
                     "Resource": "arn:aws:ec2:*:*:instance/*",
                     "Condition": {"ArnLike": {"ec2:InstanceProfile": "arn:aws:iam::*:instance-profile/[INSTANCE_PROFILE_NAME]"}}},
                    {"Sid": "EC2RunInstancesOnlyInGivenVpc", "Effect": "Allow", "Action": "ec2:RunInstances",
                     "Resource": "arn:aws:ec2:*:*:subnet/*", "Condition": {"ArnLike": {"ec2:vpc": "arn:aws:ec2:*:*:vpc/%s"}}},
                    {"Sid": "AllowInstanceActions", "Effect": "Allow", "Action": ["ec2:StopInstances", "ec2:TerminateInstances",
                     "ec2:StartInstances", "ec2:CreateTags", "ec2:AssociateIamInstanceProfile"],
                     "Resource": "arn:aws:ec2:*:*:instance/*",
                     "Condition": {"ArnLike": {"ec2:InstanceProfile": "arn:aws:iam::*:instance-profile/[INSTANCE_PROFILE_NAME]"}}},
                    {"Sid": "RemainingRunInstancePermissions", "Effect": "Allow", "Action": "ec2:RunInstances",
                     "Resource": ["arn:aws:ec2:*:*:volume/*", "arn:aws:ec2:*::image/*", "arn:aws:ec2:*::snapshot/*",
                       "arn:aws:ec2:*:*:network-interface/*", "arn:aws:ec2:*:*:key-pair/*", "arn:aws:ec2:*:*:security-group/*"]}
                  ]
                }""".formatted(passRoleResource, vpc);
    }

    @Test
    void aVariantOfTheModelPassesWithPlaceholdersAsTokensOrValues() {
        assertThat(brief(json(limited("arn:aws:iam::*:role/[INSTANCE_PROFILE_NAME]", "[VPC_ID]")))).isEmpty();
        assertThat(brief(json(limited("arn:aws:iam::*:role/hopsworks-profile", "vpc-0a1b2c3d4e5f67890")))).isEmpty();
    }

    @Test
    void aWidenedResourceIsDriftAtTheBlockWithTheDifferenceAndTheDirectiveToUse() {
        CheckReport r = check(json(limited("arn:aws:iam::*:role/*", "[VPC_ID]")));
        assertThat(SiteFixture.brief(r, dir)).containsExactly("docs/index.md:4:1 policy.drift");
        Finding f = r.findings().get(0);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.message()).isEqualTo("block is not a view of the policy model; nearest is aws-cross-account without "
                + "backup, open-ports: Resource of IAMPassRoleToInstance differs: block has \"arn:aws:iam::*:role/*\", "
                + "aws-cross-account without backup, open-ports has \"arn:aws:iam::*:role/[INSTANCE_PROFILE_NAME]\"");
        assertThat(f.hint()).startsWith("generate the block from the model with {!policy:aws-cross-account without=backup,open-ports!}");
    }

    @Test
    void aListThatLacksAnActionNamesIt() {
        String list = "\"actions\": [\n" + String.join(",\n", withoutBackupExceptDisksRead()) + "\n]";
        CheckReport r = check(json(list));
        assertThat(SiteFixture.brief(r, dir)).containsExactly("docs/index.md:4:1 policy.drift");
        assertThat(r.findings().get(0).message()).endsWith(
                "nearest is the Actions of azure-cross-account without backup: block lacks Microsoft.Compute/disks/read");
        assertThat(r.findings().get(0).hint()).contains("{!policy:azure-cross-account view=actions without=backup!}");
    }

    private static List<String> withoutBackupExceptDisksRead() {
        return MODEL.get("azure-cross-account")
                .member(MODEL.get("azure-cross-account").select(List.of(), List.of("backup")), "Actions").node()
                .get("Actions").valueStream().map(n -> "\"" + n.textValue() + "\"")
                .filter(a -> !a.equals("\"Microsoft.Compute/disks/read\"")).toList();
    }

    @Test
    void fragmentsAndSingleStatementsOfTheModelPass() {
        assertThat(brief(json("\"ec2:DescribeVpcAttribute\",\n\"ec2:DescribeRouteTables\""))).isEmpty();
        assertThat(brief(json("""
                {"Sid": "NonResourceBasedPermissions", "Effect": "Allow",
                 "Action": ["ec2:DescribeInstances", "ec2:DescribeVolumes", "ec2:DescribeSecurityGroups"], "Resource": "*"}""")))
                .isEmpty();
        assertThat(brief(json("""
                "actions": ["Microsoft.Network/networkSecurityGroups/securityRules/write",
                            "Microsoft.Network/networkSecurityGroups/securityRules/delete"]""")))
                .isEmpty();
    }

    @Test
    void policiesThatAreNotPartOfTheModelAreLeftAlone() {
        // the benchmark corpus' payloads, a user's own S3 policy, an EC2 trust policy, a Sid the model uses for other actions
        assertThat(brief(json("{\"id\": 7, \"name\": \"lorem\", \"tags\": [\"json\"], \"nested\": {\"items\": [1, 2]}}"))).isEmpty();
        assertThat(brief(json("""
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["s3:GetObject", "s3:PutObject"],
                 "Resource": "arn:aws:s3:::my-own-bucket/*"}]}"""))).isEmpty();
        assertThat(brief(json("""
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                 "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}"""))).isEmpty();
        assertThat(brief(json("""
                {"Sid": "ListResources", "Effect": "Allow", "Action": ["s3:ListAllMyBuckets", "s3:ListBucket"], "Resource": "*"}""")))
                .isEmpty();
    }

    @Test
    void anUnknownPlaceholderIsAnErrorWhereItIsWrittenWithTheLikelyName() {
        CheckReport r = check(json(limited("arn:aws:iam::*:role/[INSTANCE_PROFILE_NAME]", "[VPCID]")));
        assertThat(SiteFixture.brief(r, dir)).containsExactly("docs/index.md:16:104 policy.unknown-placeholder");
        assertThat(r.findings().get(0).message()).isEqualTo("placeholder [VPCID] is not in the policy model");
        assertThat(r.findings().get(0).hint()).startsWith("did you mean 'VPC_ID'?");
    }

    @Test
    void aPlaceholderNameInAnotherFormIsASpellingWarning() {
        CheckReport r = check(json(limited("arn:aws:iam::*:role/<INSTANCE_PROFILE_NAME>", "[VPC_ID]")));
        assertThat(SiteFixture.brief(r, dir)).containsExactly("docs/index.md:11:116 policy.placeholder-spelling");
        assertThat(r.findings().get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(r.findings().get(0).message())
                .isEqualTo("placeholder INSTANCE_PROFILE_NAME is written <INSTANCE_PROFILE_NAME>; the policy model writes [INSTANCE_PROFILE_NAME]");
    }

    @Test
    void theRelatedFilesBareNamesAreSpellingWarningsOncePerPlaceholderEvenWhereAValueCouldBeTheName() {
        CheckReport r = check(json("""
                {"Name": "hopsworks-instance", "IsCustom": true, "Description": "Allow the hopsworks instance to access the storage and the docker repository",
                 "Actions": ["Microsoft.Storage/storageAccounts/blobServices/containers/write",
                   "Microsoft.Storage/storageAccounts/blobServices/containers/read", "Microsoft.Storage/storageAccounts/blobServices/write",
                   "Microsoft.Storage/storageAccounts/blobServices/read", "Microsoft.Storage/storageAccounts/listKeys/action",
                   "Microsoft.ContainerRegistry/registries/artifacts/delete", "Microsoft.ContainerRegistry/registries/pull/read",
                   "Microsoft.ContainerRegistry/registries/push/write"],
                 "NotActions": [],
                 "DataActions": ["Microsoft.Storage/storageAccounts/blobServices/containers/blobs/delete",
                   "Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read",
                   "Microsoft.Storage/storageAccounts/blobServices/containers/blobs/move/action",
                   "Microsoft.Storage/storageAccounts/blobServices/containers/blobs/write"],
                 "AssignableScopes": ["/subscriptions/SUBSCRIPTION_ID/resourceGroups/RESOURCE_GROUP"]}"""));
        assertThat(SiteFixture.brief(r, dir)).containsExactly(
                "docs/index.md:15:39 policy.placeholder-spelling", "docs/index.md:15:70 policy.placeholder-spelling");
        assertThat(r.findings()).extracting(Finding::message).containsExactly(
                "placeholder SUBSCRIPTION_ID is written SUBSCRIPTION_ID; the policy model writes [SUBSCRIPTION_ID]",
                "placeholder RESOURCE_GROUP is written RESOURCE_GROUP; the policy model writes [RESOURCE_GROUP]");
    }

    @Test
    void aStandInBesideAnotherSpellingOfTheSamePlaceholderIsReportedOncePerPage() {
        String assume = """
                {"Version": "2012-10-17", "Statement": [{"Sid": "AssumeDataRoles", "Effect": "Allow", "Action": "sts:AssumeRole",
                 "Resource": [%s]}]}""";
        String mixed = assume.formatted("\"arn:aws:iam::123456789011:role/a\", \"arn:aws:iam::xxxxxxxxxxxx:role/b\"");
        CheckReport r = check("# Page\n\n```json\n" + mixed + "\n```\n\n```json\n"
                + assume.formatted("\"arn:aws:iam::xxxxxxxxxxxx:role/c\"") + "\n```\n");
        assertThat(SiteFixture.brief(r, dir)).containsExactly(
                "docs/index.md:5:51 iam.arn-account-invalid", "docs/index.md:5:65 policy.placeholder-spelling",
                "docs/index.md:10:15 iam.arn-account-invalid");
        assertThat(r.findings().get(1).message())
                .isEqualTo("placeholder ROLE_ACCOUNT_ID is written in different ways on this page: 123456789011, xxxxxxxxxxxx");
        // one way throughout (the token beside example values counts as one) is not a spelling problem
        assertThat(brief(json(assume.formatted("\"arn:aws:iam::[ROLE_ACCOUNT_ID]:role/[ROLE_NAME]\", "
                + "\"arn:aws:iam::123456789011:role/s3-role\""))))
                .isEmpty();
    }

    @Test
    void anIgnoreCommentSilencesDrift() {
        assertThat(brief("# Page\n\n<!-- policysite: ignore policy.drift -->\n```json\n" + limited("arn:aws:iam::*:role/*", "[VPC_ID]")
                + "\n```\n")).isEmpty();
    }

    @Test
    void theModelsOwnWarningsAreFindingsOfTheModelFiles(@TempDir Path modelDir) throws IOException {
        StringBuilder yaml = new StringBuilder("id: big\nkind: aws-iam\ntitle: Big\npolicy:\n  Version: \"2012-10-17\"\n"
                + "  Statement:\n    - Effect: Allow\n      Resource: \"*\"\n      Action:\n");
        IntStream.range(0, 300).forEach(i -> yaml.append("        - s3:GetObjectNumber").append(i).append('\n'));
        Files.writeString(modelDir.resolve("big.yaml"), yaml);
        List<Finding> warnings = new PolicyConsistency(PolicyModel.load(modelDir)).checkModel();
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0).code()).isEqualTo("policy.size");
        assertThat(warnings.get(0).pos().file()).isEqualTo(modelDir.resolve("big.yaml"));
        assertThat(new PolicyConsistency(MODEL).checkModel()).isEmpty();
    }

    @Test
    void pagesCheckedInParallelGiveTheSameFindingsAsOneByOne() {
        PolicyConsistency consistency = new PolicyConsistency(MODEL);
        IamBlockValidator iam = new IamBlockValidator(JsonBlockChecker.withBundledCatalogs());
        List<String> texts = List.of(limited("arn:aws:iam::*:role/*", "[VPC_ID]"), limited("arn:aws:iam::*:role/x", "[VPCID]"),
                "\"actions\": [\"Microsoft.Compute/snapshots/write\", \"Microsoft.Compute/snapshots/read\"]");
        List<List<JsonBlock>> pages = IntStream.range(0, 60).mapToObj(i -> List.of(block(iam, texts.get(i % 3)))).toList();
        List<List<List<Finding>>> oneByOne = pages.stream().map(consistency::checkPage).toList();
        List<List<List<Finding>>> parallel = pages.parallelStream().map(consistency::checkPage).toList();
        assertThat(parallel).isEqualTo(oneByOne);
        assertThat(oneByOne.get(0).get(0)).extracting(Finding::code).containsExactly("policy.drift");
        assertThat(oneByOne.get(1).get(0)).extracting(Finding::code).containsExactly("policy.unknown-placeholder");
        assertThat(oneByOne.get(2).get(0)).extracting(Finding::code).containsExactly("policy.drift");
    }

    private static JsonBlock block(BlockValidator validator, String text) {
        BlockCheck c = validator.check(text, BlockValidator.Dialect.JSON);
        return new JsonBlock(null, null, text, c.value(), c.kind());
    }
}
