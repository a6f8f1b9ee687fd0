package dev.policysite.iam;

import dev.policysite.diag.Finding;
import dev.policysite.diag.Severity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static dev.policysite.iam.Checked.check;
import static dev.policysite.iam.Checked.codes;
import static dev.policysite.iam.Checked.found;
import static org.assertj.core.api.Assertions.assertThat;

/** Actions, condition keys and ARNs against the bundled AWS catalog. */
class AwsCatalogChecksTest {

    private static String statement(String action, String resource) {
        return "{\"Effect\": \"Allow\", \"Action\": " + action + ", \"Resource\": " + resource + "}";
    }

    private static int col(String text, String needle) {
        return text.indexOf(needle) + 1;
    }

    @Nested
    class Actions {
        @Test
        void unknownServiceAndActionSuggestTheClosestRealOnes() {
            BlockResult r = check("[\"ec3:DescribeInstances\", \"ec2:DescribeInstance\", \"ec2:DescribeInstances\"]");
            assertThat(found(r)).containsExactly("iam.unknown-service@1:2", "iam.unknown-action@1:27");
            assertThat(r.problems().get(0).hint()).contains("ec2");
            assertThat(r.problems().get(1).hint()).isEqualTo("did you mean ec2:DescribeInstances?");
            assertThat(r.problems()).allSatisfy(p -> assertThat(p.severity()).isEqualTo(Severity.ERROR));
        }

        @Test
        void withNothingCloseTheHintPointsToTheReference() {
            assertThat(check("[\"ec2:FrobnicateEverything\", \"ec2:DescribeVpcs\"]").problems()).singleElement()
                    .satisfies(p -> assertThat(p.hint()).isEqualTo("check the action list of ec2 in the AWS Service Authorization Reference"));
        }

        @Test
        void wildcardsMustMatchSomething() {
            String text = "[\"ec2:Descr*\", \"ec2:Foo*\", \"s3:Get?bject\", \"*\", \"iam:*\"]";
            BlockResult r = check(text);
            assertThat(found(r)).containsExactly("iam.wildcard-matches-nothing@1:" + col(text, "\"ec2:Foo*\""));
            assertThat(r.problems().get(0).severity()).isEqualTo(Severity.WARNING);
        }

        @Test
        void otherCaseIsASuggestionWithTheCanonicalSpelling() {
            BlockResult r = check("[\"S3:PutObject\", \"ec2:describeinstances\", \"S3:Get*\", \"s3:GetObject\"]");
            assertThat(r.problems()).extracting(Finding::code, Finding::severity, Finding::hint).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("iam.action-case", Severity.SUGGESTION, "write s3:PutObject"),
                    org.assertj.core.groups.Tuple.tuple("iam.action-case", Severity.SUGGESTION, "write ec2:DescribeInstances"),
                    org.assertj.core.groups.Tuple.tuple("iam.action-case", Severity.SUGGESTION, "write s3:Get*"));
        }

        @Test
        void malformedActionNames() {
            assertThat(codes("[\"s3 GetObject\", \"s3:GetObject\"]")).isEmpty(); // mostly not actions: not an action list
            assertThat(codes("[\"s3:\", \"s3:GetObject\", \"s3:PutObject\"]")).containsExactly("iam.action-malformed");
            assertThat(codes(statement("[\"s3:Get:Object\", \"GetObject\"]", "\"*\"")))
                    .containsExactly("iam.action-malformed", "iam.action-malformed");
        }
    }

    @Nested
    class ConditionKeys {
        private String withKey(String action, String key) {
            return "{\"Effect\": \"Allow\", \"Action\": " + action + ", \"Resource\": \"*\", "
                    + "\"Condition\": {\"StringEquals\": {\"" + key + "\": \"x\"}}}";
        }

        @Test
        void serviceKeysMustApplyToSomeAction() {
            String text = withKey("[\"ec2:RunInstances\", \"ec2:DescribeInstances\"]", "ec2:InstanceType");
            assertThat(codes(text)).isEmpty();
            String wrong = withKey("\"ec2:DescribeInstances\"", "ec2:InstanceType");
            BlockResult r = check(wrong);
            assertThat(found(r)).containsExactly("iam.condition-key-not-applicable@1:" + col(wrong, "\"ec2:InstanceType\""));
            assertThat(r.problems().get(0).severity()).isEqualTo(Severity.WARNING);
        }

        @Test
        void globalAndTemplatedKeysAlwaysFit() {
            assertThat(codes(withKey("\"ec2:DescribeInstances\"", "aws:SourceVpc"))).isEmpty();
            assertThat(codes(withKey("\"ec2:DescribeInstances\"", "aws:PrincipalTag/team"))).isEmpty();
            assertThat(codes(withKey("\"ec2:RunInstances\"", "aws:RequestTag/env"))).isEmpty();
            assertThat(codes(withKey("\"ec2:RunInstances\"", "ec2:ResourceTag/owner"))).isEmpty();
            assertThat(codes(withKey("\"ec2:Describe*\"", "ec2:Region"))).isEmpty();
        }

        @Test
        void keysAreMatchedIgnoringCase() {
            assertThat(codes(withKey("\"ec2:RunInstances\"", "ec2:vpc"))).isEmpty();
        }

        @Test
        void unknownKeysAreWarnings() {
            assertThat(codes(withKey("\"ec2:RunInstances\"", "ec2:InstanceTypes"))).containsExactly("iam.condition-key-unknown");
            assertThat(codes(withKey("\"ec2:RunInstances\"", "ec3:InstanceType"))).containsExactly("iam.condition-key-unknown");
        }

        @Test
        void identityProviderKeysAreLeftAlone() {
            String trust = "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", "
                    + "\"Principal\": {\"Federated\": \"arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com\"}, "
                    + "\"Action\": \"sts:AssumeRoleWithWebIdentity\", \"Condition\": {\"StringLike\": "
                    + "{\"token.actions.githubusercontent.com:sub\": \"repo:org/*\"}, \"StringEquals\": {\"accounts.google.com:aud\": \"x\"}}}]}";
            BlockResult r = check(trust);
            assertThat(r.kind()).isEqualTo(BlockKind.AWS_TRUST_POLICY);
            assertThat(r.problems()).isEmpty();
        }

        @Test
        void notActionAndUnknownActionsLeaveApplicabilityUnjudged() {
            assertThat(codes("{\"Effect\": \"Deny\", \"NotAction\": \"ec2:DescribeInstances\", \"Resource\": \"*\", "
                    + "\"Condition\": {\"StringEquals\": {\"ec2:InstanceType\": \"x\"}}}")).isEmpty();
            assertThat(codes(withKey("[\"ec2:DescribeInstances\", \"ec2:Nope\"]", "ec2:InstanceType")))
                    .containsExactly("iam.unknown-action");
        }
    }

    @Nested
    class Arns {
        @Test
        void malformedArns() {
            assertThat(codes(statement("\"s3:GetObject\"", "\"my-bucket/*\""))).containsExactly("iam.arn-invalid");
            assertThat(codes(statement("\"s3:GetObject\"", "\"arn:aws:s3:my-bucket\""))).containsExactly("iam.arn-invalid");
            assertThat(codes(statement("\"s3:GetObject\"", "\"arn:awz:s3:::b/*\""))).containsExactly("iam.arn-invalid");
            assertThat(codes(statement("\"s3:GetObject\"", "\"arn:aws:S3:::b/*\""))).containsExactly("iam.arn-invalid");
            assertThat(codes(statement("\"ec2:StartInstances\"", "\"arn:aws:ec2:US-EAST-1:*:instance/*\""))).containsExactly("iam.arn-invalid");
            assertThat(codes(statement("\"s3:GetObject\"", "\"arn:aws:s3:::\""))).containsExactly("iam.arn-invalid");
        }

        @Test
        void accountsMustBeTwelveDigitsAWildcardOrARecognisablePlaceholder() {
            for (String ok : new String[] {"123456789012", "*", "ACCOUNT_ID", "[ACCOUNT_ID]", "<account-id>", "${aws:PrincipalAccount}", "1234*",
                    "account-id", "AWS-account-ID"}) {
                assertThat(codes(statement("\"sts:AssumeRole\"", "\"arn:aws:iam::" + ok + ":role/x\""))).as(ok).isEmpty();
            }
            String text = statement("\"sts:AssumeRole\"", "\"arn:aws:iam::xxxxxxxxxxxx:role/x\"");
            BlockResult r = check(text);
            assertThat(found(r)).containsExactly("iam.arn-account-invalid@1:" + col(text, "\"arn:"));
            assertThat(r.problems().get(0).severity()).isEqualTo(Severity.WARNING);
            assertThat(codes(statement("\"sts:AssumeRole\"", "\"arn:aws:iam::12345678901:role/x\""))).containsExactly("iam.arn-account-invalid");
        }

        @Test
        void arnsMustNameAResourceTypeOfTheActions() {
            assertThat(codes(statement("\"ec2:RunInstances\"", "[\"arn:aws:ec2:*:*:instance/*\", \"arn:aws:ec2:*::image/*\"]"))).isEmpty();
            BlockResult r = check(statement("\"iam:PassRole\"", "\"arn:aws:iam::*:instance-profile/x\""));
            assertThat(r.problems()).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo("iam.arn-mismatch");
                assertThat(p.severity()).isEqualTo(Severity.WARNING);
                assertThat(p.message()).contains("iam role");
                assertThat(p.hint()).contains("arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}");
            });
        }

        @Test
        void oneMatchingActionIsEnoughForAnArn() {
            assertThat(codes(statement("[\"s3:ListBucket\", \"s3:GetObject\"]", "[\"arn:aws:s3:::BUCKET_NAME\", \"arn:aws:s3:::BUCKET_NAME/*\"]")))
                    .isEmpty();
            assertThat(codes(statement("\"s3:*\"", "\"arn:aws:s3:::b\""))).isEmpty();
        }

        @Test
        void placeholdersAndPolicyVariablesActAsWildcards() {
            assertThat(codes(statement("\"iam:PassRole\"", "\"arn:aws:iam::*:role/[INSTANCE_PROFILE_NAME]\""))).isEmpty();
            assertThat(codes(statement("\"s3:GetObject\"", "\"arn:aws:s3:::bucket/home/${aws:username}/*\""))).isEmpty();
            assertThat(codes(statement("\"ecr:BatchGetImage\"", "\"arn:aws:ecr:REGION:ECR_AWS_ACCOUNT_ID:repository/*/base\""))).isEmpty();
            assertThat(codes(statement("\"s3:GetObject\"", "\"[BUCKET_ARN]\""))).isEmpty();
        }

        @Test
        void elbArnsOfEitherVersionFit() {
            assertThat(codes(statement("\"elasticloadbalancing:CreateLoadBalancer\"",
                    "\"arn:aws:elasticloadbalancing:*:*:loadbalancer/net/*\""))).isEmpty();
        }

        @Test
        void actionsWithoutResourceTypesNeedAStar() {
            String text = statement("[\"ec2:DescribeInstances\", \"ec2:StartInstances\"]", "\"arn:aws:ec2:*:*:instance/*\"");
            BlockResult r = check(text);
            assertThat(found(r)).containsExactly("iam.resource-star-required@1:" + col(text, "\"ec2:DescribeInstances\""));
            assertThat(codes(statement("[\"ec2:DescribeInstances\", \"ec2:StartInstances\"]", "[\"arn:aws:ec2:*:*:instance/*\", \"*\"]")))
                    .isEmpty();
            assertThat(codes(statement("\"ec2:Describe*\"", "\"arn:aws:ec2:*:*:instance/*\""))).isEmpty();
        }

        @Test
        void unknownActionsSkipTheTypeCheck() {
            assertThat(codes(statement("[\"ec2:RunInstances\", \"ec2:Nope\"]", "\"arn:aws:s3:::b\""))).containsExactly("iam.unknown-action");
        }

        @Test
        void notResourceArnsAreCheckedForShapeOnly() {
            assertThat(codes("{\"Effect\": \"Deny\", \"Action\": \"ec2:RunInstances\", \"NotResource\": \"arn:aws:s3:::b\"}")).isEmpty();
            assertThat(codes("{\"Effect\": \"Deny\", \"Action\": \"ec2:RunInstances\", \"NotResource\": \"b\"}")).containsExactly("iam.arn-invalid");
        }

        @Test
        void arnConditionValuesAreShapeChecked() {
            String text = "{\"Effect\": \"Allow\", \"Action\": \"ec2:RunInstances\", \"Resource\": \"*\", \"Condition\": "
                    + "{\"ArnLike\": {\"ec2:InstanceProfile\": [\"arn:aws:iam::*:instance-profile/[NAME]\", \"arn:aws:iam::xxxxxxxxxxxx:instance-profile/x\"]}}}";
            assertThat(codes(text)).containsExactly("iam.arn-account-invalid");
        }
    }

    @Nested
    class PassRole {
        @Test
        void passRoleOnEveryResourceIsASecurityWarningAtTheAction() {
            String text = statement("[\"ec2:RunInstances\", \"iam:PassRole\"]", "\"*\"");
            BlockResult r = check(text);
            assertThat(found(r)).containsExactly("iam.passrole-star@1:" + col(text, "\"iam:PassRole\""));
            assertThat(r.problems().get(0).severity()).isEqualTo(Severity.SECURITY_WARNING);
        }

        @Test
        void wildcardsCoveringPassRoleCountToo() {
            assertThat(codes(statement("\"iam:Pass*\"", "\"*\""))).containsExactly("iam.passrole-star");
            assertThat(codes(statement("\"*\"", "\"*\""))).containsExactly("iam.passrole-star");
            assertThat(codes(statement("\"iam:Get*\"", "\"*\""))).isEmpty();
        }

        @Test
        void limitedOrDeniedPassRoleIsFine() {
            assertThat(codes(statement("\"iam:PassRole\"", "\"arn:aws:iam::*:role/app-*\""))).isEmpty();
            assertThat(codes("{\"Effect\": \"Deny\", \"Action\": \"iam:PassRole\", \"Resource\": \"*\"}")).isEmpty();
        }
    }
}
