package dev.policysite.diag;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EditDistanceTest {

    @Test
    void isLevenshteinAndGivesUpPastTheLimit() {
        assertThat(EditDistance.between("kitten", "sitting", 5)).isEqualTo(3);
        assertThat(EditDistance.between("abc", "abc", 1)).isZero();
        assertThat(EditDistance.between("abc", "abcdef", 1)).isEqualTo(2);
        assertThat(EditDistance.between("abcdef", "uvwxyz", 2)).isEqualTo(3);
    }

    @Test
    void withoutALimitItIsExact() {
        assertThat(EditDistance.between("backup", "bakup")).isEqualTo(1);
        assertThat(EditDistance.between("", "abcdefghij")).isEqualTo(10);
    }
}
