package dev.policysite.markdown.headings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Limiting the cross-account role permissions | limiting-the-cross-account-role-permissions",
            "Step 1: Create the role                      | step-1-create-the-role",
            "What's new? (v2.0)                           | whats-new-v20",
            "Ünïcödé Straße                               | unicode-strae",
            "café — naïve                                 | cafe-naive",
            "s3:GetObject and iam:PassRole                | s3getobject-and-iampassrole",
            "  spaces   and\ttabs  -- dashes              | spaces-and-tabs-dashes",
            "snake_case_stays                             | snake_case_stays",
            "AT&T                                         | att",
            "ﬁ ligature ①                                 | fi-ligature-1",
            "日本語                                        | \"\"",
            "'-leading and trailing-'                     | -leading-and-trailing-",
    })
    void slugifyLikePythonMarkdownToc(String title, String slug) {
        assertThat(Slugs.slugify(title)).isEqualTo(slug);
    }

    @Test
    void duplicatesGetCounters() {
        Set<String> used = new HashSet<>();
        assertThat(Slugs.unique("a", used)).isEqualTo("a");
        assertThat(Slugs.unique("a", used)).isEqualTo("a_1");
        assertThat(Slugs.unique("a", used)).isEqualTo("a_2");
        // an id that already ends in _N counts on from there, as toc's IDCOUNT_RE does
        assertThat(Slugs.unique("a_1", used)).isEqualTo("a_3");
    }

    @Test
    void emptySlugBecomesUnderscoreOne() {
        Set<String> used = new HashSet<>();
        assertThat(Slugs.unique("", used)).isEqualTo("_1");
        assertThat(Slugs.unique("", used)).isEqualTo("_2");
    }

    @Test
    void countersBeyondIntegerRangeDoNotOverflow() {
        Set<String> used = new HashSet<>(Set.of("build_99999999999999999999"));
        assertThat(Slugs.unique("build_99999999999999999999", used)).isEqualTo("build_100000000000000000000");
    }

    @Test
    void explicitIdsInTheMiddleOfARunAreSkipped() {
        Set<String> used = new HashSet<>(Set.of("x", "x_2", "x_3"));
        UniqueIds ids = new UniqueIds(used);
        assertThat(ids.claim("x")).isEqualTo("x_1");
        assertThat(ids.claim("x")).isEqualTo("x_4");
        ids.reserve("x_6");
        assertThat(ids.claim("x")).isEqualTo("x_5");
        assertThat(ids.claim("x")).isEqualTo("x_7");
        assertThat(ids.claim("x_1")).isEqualTo("x_8");
    }

    @Test
    @Timeout(20) // linear: well under a second; the quadratic rescan took minutes
    void manyRepeatsOfOneTitleGetConsecutiveCounters() {
        // toc's loop rescans x_1..x_n for every repeat (quadratic); this must stay linear
        UniqueIds ids = new UniqueIds(new HashSet<>());
        assertThat(ids.claim("example")).isEqualTo("example");
        String last = null;
        for (int i = 0; i < 200_000; i++) {
            last = ids.claim("example");
        }
        assertThat(last).isEqualTo("example_200000");
    }
}
