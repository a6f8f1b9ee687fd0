package dev.policysite.iam;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WildcardsTest {

    @Test
    void starMatchesAnyRunAndQuestionMarkOneCharacter() {
        assertThat(Wildcards.matches("ec2:Describe*", "ec2:DescribeInstances", false)).isTrue();
        assertThat(Wildcards.matches("ec2:Describe*", "ec2:Describe", false)).isTrue();
        assertThat(Wildcards.matches("s3:Get?bject", "s3:GetObject", false)).isTrue();
        assertThat(Wildcards.matches("s3:Get?bject", "s3:GetObjject", false)).isFalse();
        assertThat(Wildcards.matches("*/read", "Microsoft.Compute/virtualMachines/read", false)).isTrue();
        assertThat(Wildcards.matches("a*b*c", "axxbyyc", false)).isTrue();
        assertThat(Wildcards.matches("a*b*c", "axxbyy", false)).isFalse();
    }

    @Test
    void caseIsIgnoredOnlyWhenAsked() {
        assertThat(Wildcards.matches("EC2:describe*", "ec2:DescribeVpcs", true)).isTrue();
        assertThat(Wildcards.matches("EC2:describe*", "ec2:DescribeVpcs", false)).isFalse();
    }

    @Test
    void literalPrefixStopsAtTheFirstWildcard() {
        assertThat(Wildcards.literalPrefix("ec2:Desc*ribe?")).isEqualTo("ec2:Desc");
        assertThat(Wildcards.literalPrefix("*")).isEmpty();
        assertThat(Wildcards.literalPrefix("plain")).isEqualTo("plain");
    }

    @Test
    void overlapFindsACommonTextOfTwoPatterns() {
        assertThat(Wildcards.overlap("instance/*", "instance/*")).isTrue();
        assertThat(Wildcards.overlap("instance/*", "volume/*")).isFalse();
        assertThat(Wildcards.overlap("role/*", "role/app-*")).isTrue();
        assertThat(Wildcards.overlap("a*c", "*b*")).isTrue();
        assertThat(Wildcards.overlap("a*c", "b*")).isFalse();
        assertThat(Wildcards.overlap("a?c", "a??")).isTrue();
        assertThat(Wildcards.overlap("a?c", "abcd*")).isFalse();
        assertThat(Wildcards.overlap("", "*")).isTrue();
        assertThat(Wildcards.overlap("", "?")).isFalse();
    }
}
