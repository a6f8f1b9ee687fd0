package dev.policysite.iam;

import dev.policysite.diag.Finding;
import dev.policysite.diag.Severity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static dev.policysite.iam.Checked.check;
import static dev.policysite.iam.Checked.codes;
import static dev.policysite.iam.Checked.found;
import static org.assertj.core.api.Assertions.assertThat;

/** The IAM policy grammar: elements, their types and combinations. */
class AwsGrammarTest {
    private static final String OK = "{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}";

    @Test
    void aCorrectPolicyHasNoFindings() {
        assertThat(found(Checked.policy(OK, OK.replace("Allow", "Deny")))).isEmpty();
    }

    @Nested
    class Document {
        @Test
        void missingVersionIsAWarningAtThePolicy() {
            BlockResult r = check("{\n  \"Statement\": " + OK + "\n}");
            assertThat(found(r)).containsExactly("iam.version-missing@1:1");
            assertThat(r.problems().get(0).severity()).isEqualTo(Severity.WARNING);
        }

        @Test
        void versionMustBeOneOfTheTwo() {
            assertThat(found("{\"Version\": \"2012-10-18\", \"Statement\": " + OK + "}")).containsExactly("iam.version-invalid@1:13");
            assertThat(found("{\"Version\": \"2008-10-17\", \"Statement\": " + OK + "}")).isEmpty();
            assertThat(found("{\"Version\": 2012, \"Statement\": " + OK + "}")).containsExactly("iam.value-type@1:13");
        }

        @Test
        void policyVariablesNeedTheCurrentVersion() {
            String text = "{\"Version\": \"2008-10-17\", \"Statement\": {\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", "
                    + "\"Resource\": \"arn:aws:s3:::b/${aws:username}/*\"}}";
            assertThat(found(text)).containsExactly("iam.version-variables@1:13");
        }

        @Test
        void statementIsRequiredAndMayBeOneObject() {
            assertThat(found("{\"Version\": \"2012-10-17\"}")).containsExactly("iam.statement-missing@1:1");
            assertThat(found("{\"Version\": \"2012-10-17\", \"Statement\": " + OK + "}")).isEmpty();
            assertThat(found("{\"Version\": \"2012-10-17\", \"Statement\": []}")).containsExactly("iam.value-empty@1:40");
            assertThat(found("{\"Version\": \"2012-10-17\", \"Statement\": \"x\"}")).containsExactly("iam.value-type@1:40");
        }

        @Test
        void unknownAndMisCasedElementsAreNamed() {
            BlockResult r = check("{\"Version\": \"2012-10-17\", \"statement\": [], \"Statement\": " + OK + "}");
            assertThat(found(r)).containsExactly("iam.member-unknown@1:27");
            assertThat(r.problems().get(0).hint()).isEqualTo("element names are case-sensitive: write \"Statement\"");
            assertThat(check("{\"Version\": \"2012-10-17\", \"Id\": \"x\", \"Statment\": []}").problems())
                    .extracting(Finding::code, Finding::hint)
                    .contains(org.assertj.core.groups.Tuple.tuple("iam.member-unknown", "did you mean Statement?"));
        }
    }

    @Nested
    class Statements {
        @Test
        void sidsAreUniqueAndAlphanumeric() {
            String a = "{\"Sid\": \"Same\", \"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}";
            BlockResult r = check(Checked.policy(a, a));
            assertThat(found(r)).containsExactly("iam.sid-duplicate@5:9");
            assertThat(r.problems().get(0).message()).contains("line 4");
            assertThat(found(Checked.policy(a.replace("Same", "Has space")))).containsExactly("iam.sid-invalid@4:9");
        }

        @Test
        void sidRulesAreLaxerInResourceBasedPolicies() {
            String s = "{\"Sid\": \"Public read\", \"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"s3:GetObject\", "
                    + "\"Resource\": \"arn:aws:s3:::bucket/*\"}";
            assertThat(check(Checked.policy(s)).problems()).singleElement()
                    .satisfies(p -> assertThat(p.severity()).isEqualTo(Severity.SUGGESTION));
        }

        @Test
        void effectIsRequiredAndCaseSensitive() {
            assertThat(found("{\"Action\": \"s3:GetObject\", \"Resource\": \"*\"}")).containsExactly("iam.effect-missing@1:1");
            BlockResult r = check("{\"Effect\": \"allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}");
            assertThat(found(r)).containsExactly("iam.effect-invalid@1:12");
            assertThat(r.problems().get(0).hint()).isEqualTo("write \"Allow\" (values are case-sensitive)");
        }

        @Test
        void actionXorNotAction() {
            assertThat(found("{\"Effect\": \"Allow\", \"Resource\": \"*\"}")).containsExactly("iam.action-missing@1:1");
            assertThat(found("{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"NotAction\": \"s3:PutObject\", \"Resource\": \"*\"}"))
                    .containsExactly("iam.action-and-notaction@1:47");
            assertThat(found("{\"Effect\": \"Deny\", \"NotAction\": \"iam:*\", \"Resource\": \"*\"}")).isEmpty();
        }

        @Test
        void resourceXorNotResourceInIdentityPolicies() {
            assertThat(found("{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\"}")).containsExactly("iam.resource-missing@1:1");
            assertThat(found("{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\", \"NotResource\": \"*\"}"))
                    .containsExactly("iam.resource-and-notresource@1:64");
            assertThat(found("{\"Effect\": \"Deny\", \"Action\": \"s3:*\", \"NotResource\": \"arn:aws:s3:::b/*\"}")).isEmpty();
        }

        @Test
        void aMisCasedElementIsReportedOnceNotAlsoAsMissing() {
            String text = "{\"effect\": \"Allow\", \"action\": \"s3:GetObject\", \"resource\": \"*\"}";
            BlockResult r = check(text);
            assertThat(r.kind()).isEqualTo(BlockKind.AWS_STATEMENT);
            assertThat(found(r)).containsExactly("iam.member-unknown@1:2", "iam.member-unknown@1:21", "iam.member-unknown@1:47");
            assertThat(r.problems()).extracting(Finding::hint).containsExactly("element names are case-sensitive: write \"Effect\"",
                    "element names are case-sensitive: write \"Action\"", "element names are case-sensitive: write \"Resource\"");
        }

        @Test
        void valueTypesAreChecked() {
            assertThat(found("{\"Effect\": \"Allow\", \"Action\": 5, \"Resource\": \"*\"}")).containsExactly("iam.value-type@1:31");
            assertThat(found("{\"Effect\": \"Allow\", \"Action\": [], \"Resource\": \"*\"}")).containsExactly("iam.value-empty@1:31");
            assertThat(found("{\"Effect\": \"Allow\", \"Action\": [\"s3:GetObject\", 5], \"Resource\": [\"*\", true]}"))
                    .containsExactly("iam.value-type@1:48", "iam.value-type@1:70");
            assertThat(found("[\"x\"]").isEmpty()).isTrue();
        }

        @Test
        void statementsOfAListMustBeObjects() {
            assertThat(found("[" + OK + ", \"stray\"]")).containsExactly("iam.value-type@1:" + (OK.length() + 4));
        }
    }

    @Nested
    class TrustPolicies {
        private static final String TRUST = "{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"arn:aws:iam::123456789012:role/app\"}, "
                + "\"Action\": \"sts:AssumeRole\"}";

        @Test
        void aTrustPolicyNeedsNoResource() {
            BlockResult r = check(Checked.policy(TRUST));
            assertThat(r.kind()).isEqualTo(BlockKind.AWS_TRUST_POLICY);
            assertThat(r.problems()).isEmpty();
        }

        @Test
        void resourceIsNotAllowedInATrustPolicy() {
            String withResource = TRUST.substring(0, TRUST.length() - 1) + ", \"Resource\": \"*\"}";
            assertThat(codes(Checked.policy(withResource))).containsExactly("iam.resource-not-allowed");
            String s = "{\"Effect\": \"Allow\", \"Principal\": {\"Service\": \"ec2.amazonaws.com\"}, \"Action\": \"sts:AssumeRole\", "
                    + "\"Resource\": \"*\"}";
            assertThat(codes(Checked.policy(s, TRUST))).containsExactly("iam.resource-not-allowed");
        }

        @Test
        void everyTrustStatementNeedsAPrincipal() {
            String noPrincipal = "{\"Effect\": \"Allow\", \"Action\": \"sts:AssumeRole\"}";
            assertThat(found(Checked.policy(TRUST, noPrincipal))).containsExactly("iam.principal-missing@5:1");
        }

        @Test
        void principalShapes() {
            assertThat(codes(Checked.policy(TRUST.replace("{\"AWS\": \"arn:aws:iam::123456789012:role/app\"}", "\"*\"")))).isEmpty();
            assertThat(codes(Checked.policy(TRUST.replace("{\"AWS\": \"arn:aws:iam::123456789012:role/app\"}", "\"123456789012\""))))
                    .containsExactly("iam.principal-invalid");
            assertThat(codes(Checked.policy(TRUST.replace("\"AWS\"", "\"Aws\"")))).containsExactly("iam.principal-key-unknown");
            assertThat(codes(Checked.policy(TRUST.replace("\"arn:aws:iam::123456789012:role/app\"", "[\"123456789012\", \"arn:aws:iam::*:root\"]"))))
                    .isEmpty();
            assertThat(codes(Checked.policy(TRUST.replace("{\"AWS\": \"arn:aws:iam::123456789012:role/app\"}",
                    "{\"Service\": [\"ec2.amazonaws.com\", \"lambda\"]}")))).containsExactly("iam.principal-invalid");
            assertThat(codes(Checked.policy(TRUST.replace("{\"AWS\": \"arn:aws:iam::123456789012:role/app\"}",
                    "{\"Federated\": \"accounts.google.com\"}").replace("sts:AssumeRole", "sts:AssumeRoleWithWebIdentity")))).isEmpty();
            assertThat(codes(Checked.policy(TRUST.replace("\"Principal\"", "\"NotPrincipal\"").replace("}, \"Action\"",
                    "}, \"Principal\": \"*\", \"Action\"")))).containsExactly("iam.principal-and-notprincipal");
        }

        @Test
        void resourceBasedPoliciesNeedPrincipalsEverywhere() {
            String withPrincipal = "{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::b/*\"}";
            assertThat(codes(Checked.policy(withPrincipal, OK))).containsExactly("iam.principal-missing");
        }
    }

    @Nested
    class Conditions {
        private String withCondition(String condition) {
            return "{\"Effect\": \"Allow\", \"Action\": \"ec2:RunInstances\", \"Resource\": \"*\", \"Condition\": " + condition + "}";
        }

        @Test
        void operatorsWithPrefixesAndIfExistsAreKnown() {
            assertThat(codes(withCondition("{\"StringEqualsIfExists\": {\"ec2:InstanceType\": \"t3.micro\"}, "
                    + "\"ForAnyValue:StringLike\": {\"aws:TagKeys\": [\"env*\"]}, \"Null\": {\"aws:RequestTag/env\": \"false\"}, "
                    + "\"ForAllValues:StringEquals\": {\"aws:TagKeys\": [\"env\"]}, \"Bool\": {\"aws:SecureTransport\": true}, "
                    + "\"NumericLessThanEquals\": {\"aws:MultiFactorAuthAge\": \"3600\"}, \"IpAddress\": {\"aws:SourceIp\": \"10.0.0.0/8\"}, "
                    + "\"DateGreaterThan\": {\"aws:CurrentTime\": \"2024-01-01T00:00:00Z\"}}"))).isEmpty();
        }

        @Test
        void unknownOperatorsGetADidYouMean() {
            BlockResult r = check(withCondition("{\"StringEqual\": {\"ec2:InstanceType\": \"t3.micro\"}}"));
            assertThat(found(r)).containsExactly("iam.condition-operator-unknown@1:82");
            assertThat(r.problems().get(0).hint()).isEqualTo("did you mean StringEquals?");
            assertThat(codes(withCondition("{\"NullIfExists\": {\"aws:TagKeys\": \"true\"}}"))).containsExactly("iam.condition-operator-unknown");
            assertThat(check(withCondition("{\"ForAnyValue:stringlikeIfExists\": {\"aws:TagKeys\": \"a\"}}")).problems().get(0).hint())
                    .isEqualTo("did you mean ForAnyValue:StringLikeIfExists?");
        }

        @Test
        void valuesMustBeScalarsOrListsOfThem() {
            assertThat(codes(withCondition("{\"StringEquals\": {\"ec2:InstanceType\": {\"a\": 1}}}"))).containsExactly("iam.condition-value-type");
            assertThat(codes(withCondition("{\"StringEquals\": {\"ec2:InstanceType\": []}}"))).containsExactly("iam.condition-value-type");
            assertThat(codes(withCondition("{\"StringEquals\": \"x\"}"))).containsExactly("iam.value-type");
            assertThat(codes(withCondition("[]"))).containsExactly("iam.value-type");
        }

        @Test
        void boolAndNumericValuesMustFitTheirOperator() {
            assertThat(found(withCondition("{\"Bool\": {\"aws:SecureTransport\": \"yes\"}}"))).containsExactly("iam.condition-value-mismatch@1:114");
            assertThat(codes(withCondition("{\"NumericLessThan\": {\"aws:MultiFactorAuthAge\": \"an hour\"}}")))
                    .containsExactly("iam.condition-value-mismatch");
            assertThat(codes(withCondition("{\"NumericLessThan\": {\"aws:MultiFactorAuthAge\": \"${aws:EpochTime}\"}}"))).isEmpty();
        }

        @Test
        void keysWithoutPrefixAreMalformed() {
            assertThat(codes(withCondition("{\"StringEquals\": {\"InstanceType\": \"t3.micro\"}}"))).containsExactly("iam.condition-key-malformed");
        }
    }
}
