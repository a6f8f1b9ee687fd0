package dev.policysite.iam;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogLinesTest {

    private static CatalogLines lines(String text, int keyField) {
        return CatalogLines.of(text.getBytes(StandardCharsets.UTF_8), keyField);
    }

    @Test
    void indexesNonEmptyLinesWithLfOrCrlf() {
        CatalogLines l = lines("ec2\tRunInstances\tinstance\r\n\n\ns3\tGetObject\tobject\n", 1);
        assertThat(l.count()).isEqualTo(2);
        assertThat(l.field(0, 0)).isEqualTo("ec2");
        assertThat(l.field(0, 1)).isEqualTo("RunInstances");
        assertThat(l.field(0, 2)).isEqualTo("instance");
        assertThat(l.field(1, 2)).isEqualTo("object");
        assertThat(l.field(1, 5)).isEmpty();
    }

    @Test
    void comparesIgnoringAsciiCase() {
        CatalogLines l = lines("ec2\tDescribeInstances\n", 1);
        int from = l.fieldStart(0, 1);
        int to = l.fieldEnd(0, 1);
        assertThat(l.compareIgnoreCase(from, to, CatalogLines.key("describeinstances"))).isZero();
        assertThat(l.compareIgnoreCase(from, to, CatalogLines.key("DescribeInstancesX"))).isNegative();
        assertThat(l.compareIgnoreCase(from, to, CatalogLines.key("Describe"))).isPositive();
        assertThat(l.compareIgnoreCase(from, to, CatalogLines.key("DescribeZ"))).isNegative();
        assertThat(l.startsWithIgnoreCase(from, to, CatalogLines.key("DESCRIBE"))).isTrue();
        assertThat(l.startsWithIgnoreCase(from, to, CatalogLines.key("Run"))).isFalse();
        assertThat(l.equalsExactly(from, to, "DescribeInstances")).isTrue();
        assertThat(l.equalsExactly(from, to, "describeInstances")).isFalse();
    }

    @Test
    void keysOutsideLatin1NeverMatch() {
        CatalogLines l = lines("x\u00e9\n", 0);
        assertThat(l.compareIgnoreCase(l.fieldStart(0, 0), l.fieldEnd(0, 0), CatalogLines.key("x\u0100"))).isNotZero();
    }

    @Test
    void comparesRangesForSortingAndGrouping() {
        CatalogLines l = lines("a_b\nAAB\naab\n", 0);
        assertThat(l.compareRangesIgnoreCase(l.fieldStart(0, 0), l.fieldEnd(0, 0), l.fieldStart(1, 0), l.fieldEnd(1, 0)))
                .as("'_' sorts before letters once folded to lower case").isNegative();
        assertThat(l.compareRangesIgnoreCase(l.fieldStart(1, 0), l.fieldEnd(1, 0), l.fieldStart(2, 0), l.fieldEnd(2, 0))).isZero();
    }
}
