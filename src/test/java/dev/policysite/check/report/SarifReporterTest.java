package dev.policysite.check.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SarifReporterTest {

    private static JsonNode sarif() throws Exception {
        return new ObjectMapper().readTree(ReportFixture.render(new SarifReporter(ReportFixture.BASE, "1.2.3"), ReportFixture.report()));
    }

    @Test
    void versionSchemaAndTool() throws Exception {
        JsonNode root = sarif();
        assertThat(root.get("version").asText()).isEqualTo("2.1.0");
        assertThat(root.get("$schema").asText()).isEqualTo(
                "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json");
        assertThat(root.get("runs")).hasSize(1);
        JsonNode driver = root.at("/runs/0/tool/driver");
        assertThat(driver.get("name").asText()).isEqualTo("policysite");
        assertThat(driver.get("version").asText()).isEqualTo("1.2.3");
    }

    @Test
    void aRulePerCodeWithShortDescriptionAndNoHelpUri() throws Exception {
        JsonNode rules = sarif().at("/runs/0/tool/driver/rules");
        List<String> ids = new ArrayList<>();
        rules.forEach(r -> ids.add(r.get("id").asText()));
        assertThat(ids).containsExactly("check.unused-ignore", "iam.pass-role-star", "iam.redundant-action",
                "json.trailing-comma", "link.orphan-page");
        assertThat(rules.get(3).at("/shortDescription/text").asText())
                .isEqualTo("JSON block has a comma before a closing bracket or brace");
        assertThat(rules.get(1).at("/shortDescription/text").asText()).isEqualTo("iam: pass role star");
        assertThat(rules.get(1).at("/properties/tags/0").asText()).isEqualTo("security");
        assertThat(rules.get(3).has("properties")).isFalse();
        rules.forEach(r -> assertThat(r.has("helpUri")).isFalse());
    }

    @Test
    void resultsHaveRuleLevelMessageAndLocation() throws Exception {
        JsonNode root = sarif();
        JsonNode results = root.at("/runs/0/results");
        assertThat(results).hasSize(5);
        List<String> levels = new ArrayList<>();
        results.forEach(r -> levels.add(r.get("level").asText()));
        assertThat(levels).containsExactly("warning", "error", "warning", "warning", "note");

        JsonNode comma = results.get(1);
        assertThat(comma.get("ruleId").asText()).isEqualTo("json.trailing-comma");
        assertThat(root.at("/runs/0/tool/driver/rules/" + comma.get("ruleIndex").asInt() + "/id").asText()).isEqualTo("json.trailing-comma");
        assertThat(comma.at("/message/text").asText()).isEqualTo("trailing comma before '}'. remove this comma");
        JsonNode loc = comma.at("/locations/0/physicalLocation");
        assertThat(loc.at("/artifactLocation/uri").asText()).isEqualTo("docs/a.md");
        assertThat(loc.at("/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
        assertThat(loc.at("/region/startLine").asInt()).isEqualTo(3);
        assertThat(loc.at("/region/startColumn").asInt()).isEqualTo(7);

        assertThat(results.get(0).at("/locations/0/physicalLocation").has("region")).isFalse();
        JsonNode lineOnly = results.get(2).at("/locations/0/physicalLocation/region");
        assertThat(lineOnly.get("startLine").asInt()).isEqualTo(12);
        assertThat(lineOnly.has("startColumn")).isFalse();
    }

    @Test
    void pathsAreUriReferences() {
        assertThat(SarifReporter.encodePath("docs/my file#1.md")).isEqualTo("docs/my%20file%231.md");
        assertThat(SarifReporter.encodePath("docs/café.md")).isEqualTo("docs/caf%C3%A9.md");
    }
}
