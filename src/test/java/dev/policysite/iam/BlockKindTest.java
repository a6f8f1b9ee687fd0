package dev.policysite.iam;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.policysite.iam.Checked.check;
import static org.assertj.core.api.Assertions.assertThat;

class BlockKindTest {

    @Test
    void policiesAndTrustPolicies() {
        assertThat(check(Checked.policy("{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}")).kind())
                .isEqualTo(BlockKind.AWS_POLICY);
        assertThat(check("{\"Version\": \"2012-10-17\"}").kind()).isEqualTo(BlockKind.AWS_POLICY);
        assertThat(check(Checked.policy("{\"Effect\": \"Allow\", \"Principal\": {\"Service\": \"ec2.amazonaws.com\"}, "
                + "\"Action\": [\"sts:AssumeRole\", \"sts:TagSession\"]}")).kind()).isEqualTo(BlockKind.AWS_TRUST_POLICY);
        assertThat(check(Checked.policy("{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"s3:GetObject\", "
                + "\"Resource\": \"arn:aws:s3:::b/*\"}")).kind()).isEqualTo(BlockKind.AWS_POLICY);
    }

    @Test
    void statementsAndStatementFragments() {
        String statement = "{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}";
        assertThat(check(statement).kind()).isEqualTo(BlockKind.AWS_STATEMENT);
        assertThat(check(statement + ",\n" + statement.replace("Allow", "Deny")).kind()).isEqualTo(BlockKind.AWS_STATEMENTS);
        assertThat(check("[" + statement + "]").kind()).isEqualTo(BlockKind.AWS_STATEMENTS);
        assertThat(check(statement + ",").kind()).isEqualTo(BlockKind.AWS_STATEMENTS);
        assertThat(check("{\"Sid\": \"A\", \"Action\": \"s3:GetObject\"}").kind()).isEqualTo(BlockKind.AWS_STATEMENT);
        assertThat(check("{\"effect\": \"Allow\", \"action\": \"s3:GetObject\"}").kind()).isEqualTo(BlockKind.AWS_STATEMENT);
    }

    @Test
    void actionLists() {
        assertThat(check("\"ec2:DescribeVpcs\",\n\"ec2:DescribeSubnets\"").kind()).isEqualTo(BlockKind.AWS_ACTIONS);
        assertThat(check("[\"s3:Get*\", \"S3:PutObject\"]").kind()).isEqualTo(BlockKind.AWS_ACTIONS);
        assertThat(check("\"Action\": [\"s3:GetObject\"]").kind()).isEqualTo(BlockKind.AWS_ACTIONS);
        assertThat(check("\"iam:PassRole\"").kind()).isEqualTo(BlockKind.AWS_ACTIONS);
        assertThat(check("\"actions\": [\"s3:GetObject\"]").kind()).isEqualTo(BlockKind.AWS_ACTIONS);
    }

    @Test
    void azureRolesAndOperationLists() {
        assertThat(check("{\"Name\": \"r\", \"IsCustom\": true, \"Actions\": [], \"AssignableScopes\": [\"/\"]}").kind())
                .isEqualTo(BlockKind.AZURE_ROLE);
        assertThat(check("{\"properties\": {\"roleName\": \"r\", \"permissions\": [{\"actions\": []}]}}").kind())
                .isEqualTo(BlockKind.AZURE_ROLE);
        assertThat(check("\"actions\": [\"Microsoft.Compute/virtualMachines/read\"]").kind()).isEqualTo(BlockKind.AZURE_ACTIONS);
        assertThat(check("[\"Microsoft.Compute/*/read\", \"*/read\"]").kind()).isEqualTo(BlockKind.AZURE_ACTIONS);
        assertThat(check("{\"actions\": [], \"notActions\": []}").kind()).isEqualTo(BlockKind.AZURE_ACTIONS);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"id\": 3, \"name\": \"x\", \"nested\": {\"enabled\": true, \"items\": [1, 2]}}",
            "{\"action\": \"deploy\", \"resource\": \"web\"}",
            "[\"12:30\", \"13:45\"]",
            "[\"a:b\", \"c:d\"]",
            "[\"https://example.org/a\", \"docs.example.org/b\"]",
            "{\"Name\": \"x\", \"Description\": \"not a role\"}",
            "{\"Action\": {\"type\": \"deploy\"}}",
            "[1, 2, 3]",
            "\"hello\"",
            "[]",
            "{}",
            "null"
    })
    void ordinaryJsonIsOtherJsonWithoutFindings(String text) {
        BlockResult r = check(text);
        assertThat(r.kind()).isEqualTo(BlockKind.OTHER_JSON);
        assertThat(r.problems()).isEmpty();
        assertThat(r.value()).isNotNull();
    }

    @Test
    void unreadableJsonIsInvalidWithoutValue() {
        BlockResult r = check("{\"Effect\": Allow}");
        assertThat(r.kind()).isEqualTo(BlockKind.INVALID);
        assertThat(r.value()).isNull();
        assertThat(r.located()).isNull();
        assertThat(Checked.found(r)).containsExactly("json.syntax@1:12");
        assertThat(check("").kind()).isEqualTo(BlockKind.INVALID);
    }

    @Test
    void otherJsonWithSyntaxSlipsReportsOnlySyntax() {
        assertThat(Checked.found("{\"id\": 3,}")).containsExactly("json.trailing-comma@1:9");
    }
}
