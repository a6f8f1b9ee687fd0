package dev.policysite.content;

import dev.policysite.config.LocatedYaml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The fast path for flat front matter must give exactly what the YAML parser gives, or step aside. */
class FlatYamlTest {
    private static final Path FILE = Path.of("page.md");

    /** The full parser's answer: values and key lines. */
    private static Map<String, Object> full(String yaml, Map<String, Integer> lines) {
        LocatedYaml doc = LocatedYaml.parse(FILE, yaml, 2);
        doc.root().fieldNames().forEachRemaining(k -> lines.put(k, doc.pos("/" + k).line()));
        return LocatedYaml.toMap(doc.root());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "title: \"Page 42: Et deserunt\"\ndate: 2024-01-02T18:00:00Z\ntags: [bench, markdown]\nweight: 42\n",
        "title: Plain title\ndescription: 'Single quoted: with colon'\n",
        "title: A/B testing (beta) - part 2!\nslug: a-b_testing.v2\n",
        "date: 2024-01-02\nupdated: 2024-01-02T18:00:00.123+02:00\n",
        "n: 0\nbig: 123456789\nlist: []\nwords: [one, two words, three-3]\n",
        "template: policy.ftlh\nsearch_weight: 7\n\n\n",
        "url: https://example.org/a:b\n",
        "on: push\nyes: sure\nnull_key: C++\n",
    })
    void flatFrontMatterIsReadAsTheParserReadsIt(String yaml) {
        Map<String, Integer> fastLines = new LinkedHashMap<>();
        Map<String, Object> fast = FlatYaml.parse(yaml, 2, fastLines);
        assertThat(fast).as("taken by the fast path").isNotNull();
        Map<String, Integer> fullLines = new LinkedHashMap<>();
        Map<String, Object> expected = full(yaml, fullLines);
        assertThat(fast).isEqualTo(expected);
        assertThat(List.copyOf(fast.keySet())).isEqualTo(List.copyOf(expected.keySet()));
        assertThat(fastLines).isEqualTo(fullLines);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "draft: true", "draft: yes", "draft: On", "x: null", "x: ~", "x:", "x: 1.5", "x: 007", "x: 1e3",
        "x: 1234567890", "x: -1", "x: \"esc\\\"aped\"", "x: 'it''s'", "x: value # comment", "x: *anchor",
        "x: &a v", "x: !tag v", "x: |", "x: >", "x: {a: 1}", "x: [a, [b]]", "x: [a: b]", "x: ends with colon:",
        "x: a: b", "nested:\n  key: v", "list:\n  - a", "a: 1\na: 2", "  indented: v", "- item", "# only a comment",
        "x: .inf", "x: 12:30", "x: 'unterminated", "x: [unterminated", "x: \"a\" trailing",
    })
    void anythingElseGoesToTheFullParser(String yaml) {
        assertThat(FlatYaml.parse(yaml, 2, new LinkedHashMap<>())).isNull();
    }

    @Test
    void frontMatterUsesTheFastPathAndKeepsLinesExact() {
        FrontMatter fm = FrontMatter.split(FILE, "---\ntitle: \"T\"\n\nweight: 3\n---\n# Body\n");
        assertThat(fm.meta()).containsExactly(Map.entry("title", "T"), Map.entry("weight", 3L));
        assertThat(fm.line("weight")).isEqualTo(4);
        assertThat(fm.bodyFirstLine()).isEqualTo(6);
    }
}
