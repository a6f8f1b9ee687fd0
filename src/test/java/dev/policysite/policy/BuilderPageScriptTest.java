package dev.policysite.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The rendered builder page driven by builder.js in Node with a stand-in DOM (src/test/resources/builder):
 * ticking features and typing values changes the shown policy, a widening value shows an error and
 * disables download. Skipped without {@code node}; a browser test can replace it.
 */
class BuilderPageScriptTest {
    static final JsonMapper JSON = new JsonMapper();

    static ObjectNode tree(Element e) {
        ObjectNode n = JSON.createObjectNode();
        n.put("tag", e.tagName());
        ObjectNode attrs = n.putObject("attrs");
        for (Attribute a : e.attributes()) {
            attrs.put(a.getKey(), a.getValue());
        }
        n.put("text", e.tagName().equals("script") ? e.data() : e.wholeText());
        e.children().forEach(c -> n.withArray("children").add(tree(c)));
        if (!n.has("children")) {
            n.putArray("children");
        }
        return n;
    }

    @Test
    void ticksAndValuesUpdateThePolicyAndWideningValuesBlockDownload(@TempDir Path dir) throws Exception {
        BuilderScriptTest.findNode();
        assumeTrue(BuilderScriptTest.nodeAvailable, "node is not installed");
        Policy policy = SeedBlocks.model().get("aws-cross-account");
        Element html = Jsoup.parse(BuilderPageTest.renderBuilderPage(policy)).child(0);
        Files.writeString(dir.resolve("page.json"), tree(html).toString());
        Process node = new ProcessBuilder("node", Path.of("src/test/resources/builder/page-driver.js").toString(),
                Path.of("templates/assets/policysite/builder.js").toString(), dir.resolve("page.json").toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String stdout = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(node.exitValue()).isZero();
        JsonNode steps = JSON.readTree(stdout);

        assertThat(steps.get("globals")).hasSize(1).first().extracting(JsonNode::asText).isEqualTo("policysiteBuilder");
        JsonNode start = steps.get("start");
        assertThat(start.get("actionsHidden").asBoolean()).isFalse();
        assertThat(start.get("output").asText()).isEqualTo(policy.whole().getJson());
        assertThat(start.get("status").asText()).isEqualTo("2 placeholder(s) still to fill in.");
        assertThat(start.get("download").asText()).isEqualTo("Download aws-cross-account.json");

        JsonNode star = steps.get("star");
        assertThat(star.get("vpcError").asText()).isEqualTo("VPC_ID: wildcards would widen the policy; give one value like vpc-0a1b2c3d4e5f67890");
        assertThat(star.get("vpcInvalid").asText()).isEqualTo("true");
        assertThat(star.get("downloadDisabled").asBoolean()).isTrue();
        assertThat(star.get("copyDisabled").asBoolean()).isTrue();
        assertThat(star.get("output").asText()).doesNotContain("vpc/*\"");

        JsonNode chosen = steps.get("chosen");
        View expected = policy.variant(policy.select(List.of("load-balancers"), List.of("backup")))
                .fill(Map.of("VPC_ID", "vpc-0a1b2c3d4e5f67890"));
        assertThat(chosen.get("output").asText()).isEqualTo(expected.getJson());
        assertThat(chosen.get("downloadDisabled").asBoolean()).isFalse();
        assertThat(chosen.get("vpcError").asText()).isEmpty();
        assertThat(chosen.get("download").asText()).isEqualTo("Download aws-cross-account-with-load-balancers_without-backup.json");
        assertThat(chosen.get("status").asText()).isEqualTo("1 placeholder(s) still to fill in.");
    }
}
