package dev.policysite.iam;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SuggestionsTest {

    @Test
    void closestIgnoresCaseAndRanksByDistance() {
        List<String> names = List.of("DescribeInstances", "DescribeInstanceStatus", "DescribeImages", "RunInstances");
        assertThat(Suggestions.closest("describeinstance", names, 2)).containsExactly("DescribeInstances");
        assertThat(Suggestions.closest("Nothing", names, 2)).isEmpty();
    }

    @Test
    void shortNamesAllowOneEditOnly() {
        assertThat(Suggestions.closest("ec3", List.of("ec2", "ecr", "ecs", "eks", "iam"), 5)).containsExactly("ec2", "ecr", "ecs");
    }

    @Test
    void hintReadsAsAQuestion() {
        assertThat(Suggestions.hint(List.of("a", "b"))).isEqualTo("did you mean a or b?");
        assertThat(Suggestions.hint(List.of())).isEmpty();
    }
}
