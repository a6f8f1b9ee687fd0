package dev.policysite.iam;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlaceholdersTest {

    @Test
    void recognisesTheUsualPlaceholderForms() {
        assertThat(Placeholders.isPlaceholder("[VPC_ID]")).isTrue();
        assertThat(Placeholders.isPlaceholder("<account-id>")).isTrue();
        assertThat(Placeholders.isPlaceholder("{subscriptionId}")).isTrue();
        assertThat(Placeholders.isPlaceholder("${aws:username}")).isTrue();
        assertThat(Placeholders.isPlaceholder("BUCKET_NAME")).isTrue();
        assertThat(Placeholders.isPlaceholder("REGION")).isTrue();
    }

    @Test
    void realValuesAndLowerCaseFillersAreNotPlaceholders() {
        assertThat(Placeholders.isPlaceholder("xxxxxxxxxxxx")).isFalse();
        assertThat(Placeholders.isPlaceholder("123456789012")).isFalse();
        assertThat(Placeholders.isPlaceholder("us-east-1")).isFalse();
        assertThat(Placeholders.isPlaceholder("A")).isFalse();
        assertThat(Placeholders.isPlaceholder("[]")).isFalse();
    }

    @Test
    void descriptiveStandInsNeedASeparator() {
        assertThat(Placeholders.isDescriptive("account-id")).isTrue();
        assertThat(Placeholders.isDescriptive("AWS-account-ID")).isTrue();
        assertThat(Placeholders.isDescriptive("your_account")).isTrue();
        assertThat(Placeholders.isDescriptive("xxxxxxxxxxxx")).isFalse();
        assertThat(Placeholders.isDescriptive("1234-5678")).isFalse();
        assertThat(Placeholders.isDescriptive("account id")).isFalse();
    }

    @Test
    void bracketedPlaceholdersBecomeWildcards() {
        assertThat(Placeholders.toWildcards("arn:aws:iam::*:role/[INSTANCE_PROFILE_NAME]"))
                .isEqualTo("arn:aws:iam::*:role/*");
        assertThat(Placeholders.toWildcards("arn:aws:s3:::bucket/${aws:username}/*")).isEqualTo("arn:aws:s3:::bucket/*/*");
        assertThat(Placeholders.toWildcards("arn:${Partition}:ec2:${Region}:${Account}:instance/${InstanceId}"))
                .isEqualTo("arn:*:ec2:*:*:instance/*");
        assertThat(Placeholders.toWildcards("arn:aws:s3:::BUCKET_NAME")).isEqualTo("arn:aws:s3:::BUCKET_NAME");
    }
}
