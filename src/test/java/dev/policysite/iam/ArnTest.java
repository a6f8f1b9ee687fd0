package dev.policysite.iam;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArnTest {

    @Test
    void splitsIntoSixFieldsKeepingColonsInTheResource() {
        assertThat(Arn.parse("arn:aws:ssm:us-east-1:123456789012:parameter/a:b"))
                .isEqualTo(new Arn("aws", "ssm", "us-east-1", "123456789012", "parameter/a:b"));
        assertThat(Arn.parse("arn:aws:s3:::bucket")).isEqualTo(new Arn("aws", "s3", "", "", "bucket"));
        assertThat(Arn.parse("arn:aws:s3:bucket")).isNull();
        assertThat(Arn.parse("bucket")).isNull();
        assertThat(Arn.fieldCount("arn:aws:s3:bucket")).isEqualTo(4);
    }

    @Test
    void overlapComparesServiceRegionAccountAndResourceButNotPartition() {
        Arn format = Arn.parse(Placeholders.toWildcards("arn:${Partition}:ec2:${Region}:${Account}:instance/${InstanceId}"));
        assertThat(format.overlaps(Arn.parse("arn:aws:ec2:*:*:instance/*"))).isTrue();
        assertThat(format.overlaps(Arn.parse("arn:aws-cn:ec2:eu-west-1:123456789012:instance/i-0abc"))).isTrue();
        assertThat(format.overlaps(Arn.parse("arn:aws:ec2:*:*:volume/*"))).isFalse();
        assertThat(format.overlaps(Arn.parse("arn:aws:s3:*:*:instance/*"))).isFalse();
    }

    @Test
    void anAccountWhereTheFormatHasNoneCannotMatch() {
        Arn bucket = Arn.parse(Placeholders.toWildcards("arn:${Partition}:s3:::${BucketName}"));
        assertThat(bucket.overlaps(Arn.parse("arn:aws:s3:::my-bucket"))).isTrue();
        assertThat(bucket.overlaps(Arn.parse("arn:aws:s3::123456789012:my-bucket"))).isFalse();
        assertThat(bucket.overlaps(Arn.parse("arn:aws:s3:::my-bucket/key"))).isTrue();
    }

    @Test
    void resourceTypeMatchesPolicyArnsWithPlaceholders() {
        AwsResourceType role = new AwsResourceType("iam", "role", "arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}");
        assertThat(role.couldMatch(Arn.parse(Placeholders.toWildcards("arn:aws:iam::*:role/[INSTANCE_PROFILE_NAME]")))).isTrue();
        assertThat(role.couldMatch(Arn.parse("arn:aws:iam::123456789012:instance-profile/x"))).isFalse();
    }
}
