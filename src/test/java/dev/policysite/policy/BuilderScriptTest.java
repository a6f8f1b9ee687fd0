package dev.policysite.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * builder.js's logic (refusing values, filling placeholders, picking variants) run in Node.js against the
 * real builder data of every policy, so the page refuses exactly what the CLI refuses. Skipped where no
 * {@code node} is installed; the lead's browser test covers the page itself.
 */
class BuilderScriptTest {
    static final JsonMapper JSON = new JsonMapper();
    static final List<String> WIDENING = List.of("*", "?", "vpc-*", "vpc-0a1b2c3d4e5f67890*", "\"", "a\"b", "[", "]", "[VPC_ID]",
            ",", "a,b", " ", "a b", "\t", "x\ny", "${aws:username}", "arn:aws:ec2:*:*:vpc/*", "arn:aws:iam::123456789012:role/x",
            "ARN:aws:iam::1:root", "a\\b", "{}", "'", "\u00a0", "x\u2028y");
    static boolean nodeAvailable;

    @BeforeAll
    static void findNode() {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            nodeAvailable = p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            nodeAvailable = false;
        }
    }

    static final String DRIVER = """
            const fs = require('fs');
            const builder = require(process.argv[2]);
            const input = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
            const out = { accepted: [], refusedExamples: [], filled: {}, picked: {}, names: {} };
            for (const data of input.policies) {
              const examples = {};
              for (const p of data.placeholders) {
                examples[p.name] = p.example;
                if (builder.check(p, p.example, data.unsafe) !== null) out.refusedExamples.push(data.policy + ' ' + p.name);
                for (const v of input.widening) {
                  if (builder.check(p, v, data.unsafe) === null && v !== '') out.accepted.push(data.policy + ' ' + p.name + '=' + JSON.stringify(v));
                }
              }
              const def = data.features.filter(f => f.default).map(f => f.id);
              const variant = builder.variantFor(data, def.slice().reverse());
              out.filled[data.policy] = JSON.stringify(builder.fill(variant.policy, examples), null, 4);
              out.picked[data.policy] = Object.keys(data.variants).map(k => builder.variantFor(data, k === '' ? [] : k.split('+')).name);
              out.names[data.policy] = builder.fileName(data, variant);
            }
            out.dollar = builder.fill({ a: ['x[A]y'] }, { A: '$&$1' }).a[0];
            process.stdout.write(JSON.stringify(out));
            """;

    @Test
    void theScriptRefusesWhatTheCliRefusesAndBuildsWhatJavaBuilds(@TempDir Path dir) throws Exception {
        assumeTrue(nodeAvailable, "node is not installed");
        PolicyModel model = SeedBlocks.model();
        ObjectNode input = JSON.createObjectNode();
        ArrayNode list = input.putArray("policies");
        model.policies().forEach(p -> list.add(new BuilderData(p).data()));
        ArrayNode widening = input.putArray("widening");
        WIDENING.forEach(widening::add);
        Files.writeString(dir.resolve("input.json"), input.toString());
        Files.writeString(dir.resolve("driver.js"), DRIVER);

        Process node = new ProcessBuilder("node", dir.resolve("driver.js").toString(),
                Path.of("templates/assets/policysite/builder.js").toAbsolutePath().toString(), dir.resolve("input.json").toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String stdout = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(node.exitValue()).isZero();
        JsonNode out = JSON.readTree(stdout);

        assertThat(out.get("accepted")).as("widening values the page accepts").isEmpty();
        assertThat(out.get("refusedExamples")).isEmpty();
        for (Policy p : model.policies()) {
            assertThat(out.get("filled").get(p.id()).asText()).isEqualTo(p.whole().fill(p.exampleValues()).getJson());
            List<String> names = p.allSelections().stream().map(FeatureSelection::variantName).sorted().toList();
            List<String> picked = JSON.convertValue(out.get("picked").get(p.id()), JSON.getTypeFactory()
                    .constructCollectionType(List.class, String.class));
            assertThat(picked.stream().sorted().toList()).isEqualTo(names);
            assertThat(out.get("names").get(p.id()).asText()).isEqualTo(p.id() + ".json");
        }
        assertThat(out.get("dollar").asText()).isEqualTo("x$&$1y");
        for (Policy p : model.policies()) {
            for (Placeholder ph : p.placeholders()) {
                WIDENING.forEach(v -> assertThat(ph.problem(v)).as("Java refuses %s=%s", ph.getName(), v).isPresent());
            }
        }
    }

    @Test
    void theScriptExposesOneGlobalAndFetchesNothing() throws Exception {
        String script = Files.readString(Path.of("templates/assets/policysite/builder.js"));
        assertThat(script).doesNotContain("fetch(").doesNotContain("XMLHttpRequest").doesNotContain("innerHTML").doesNotContain("eval(");
        assertThat(script).contains("root.policysiteBuilder = api;");
    }
}
