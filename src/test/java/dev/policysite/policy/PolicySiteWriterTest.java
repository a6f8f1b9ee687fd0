package dev.policysite.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.policysite.site.StagingDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class PolicySiteWriterTest {
    static final JsonMapper JSON = new JsonMapper();

    /** The writer's files on disk, as a build publishes them. */
    private static void writeInto(Path dir, PolicyModel model) {
        Path site = dir.resolve("site");
        try (StagingDir out = new StagingDir(site)) {
            new PolicySiteWriter().write(model, out);
            out.commit();
        }
    }

    @Test
    void everyWrittenFileParsesAndIsTheModelsVariant(@TempDir Path site) throws Exception {
        PolicyModel model = SeedBlocks.model();
        writeInto(site, model);
        Path root = site.resolve("site/policies");

        List<Path> written;
        try (Stream<Path> s = Files.walk(root)) {
            written = s.filter(Files::isRegularFile).toList();
        }
        for (Path f : written) {
            assertThat(f.toString()).endsWith(".json");
            assertThat(JSON.readTree(f.toFile())).as(f.toString()).isNotNull();
            assertThat(Files.readString(f)).endsWith("}\n").doesNotEndWith("\n\n");
        }

        JsonNode index = JSON.readTree(root.resolve("policies.json").toFile());
        Set<Path> listed = new HashSet<>();
        listed.add(root.resolve("policies.json"));
        List<String> ids = new ArrayList<>();
        for (JsonNode entry : index.get("policies")) {
            Policy policy = model.get(entry.get("id").asText());
            ids.add(policy.id());
            assertThat(entry.get("kind").asText()).isEqualTo(policy.kind().label());
            assertThat(entry.get("features")).hasSize(policy.features().size());
            assertThat(entry.get("placeholders")).hasSize(policy.placeholders().size());
            assertThat(entry.get("variants")).hasSize(1 << policy.features().size());
            int defaults = 0;
            for (JsonNode v : entry.get("variants")) {
                List<String> on = new ArrayList<>();
                v.get("features").forEach(n -> on.add(n.asText()));
                List<String> off = policy.featureIds().stream().filter(id -> !on.contains(id)).toList();
                FeatureSelection selection = policy.select(on, off);
                assertThat(v.get("file").asText()).isEqualTo(selection.variantName() + ".json");
                Path file = root.resolve(policy.id()).resolve(v.get("file").asText());
                listed.add(file);
                assertThat(JSON.readTree(file.toFile())).isEqualTo(policy.variant(selection).node());
                if (v.get("default").asBoolean()) {
                    defaults++;
                    assertThat(v.get("file").asText()).isEqualTo("default.json");
                }
            }
            assertThat(defaults).isEqualTo(1);
        }
        assertThat(ids).isEqualTo(model.ids());
        assertThat(new HashSet<>(written)).isEqualTo(listed);
    }

    @Test
    void azureVariantsAreFullRoleDefinitions(@TempDir Path site) throws Exception {
        writeInto(site, SeedBlocks.model());
        JsonNode role = JSON.readTree(site.resolve("site/policies/azure-cross-account/without-backup+open-ports.json").toFile());
        List<String> members = new ArrayList<>();
        role.fieldNames().forEachRemaining(members::add);
        assertThat(members).containsExactly("Name", "IsCustom", "Description", "Actions", "NotActions", "DataActions",
                "NotDataActions", "AssignableScopes");
        assertThat(role.get("IsCustom").asBoolean()).isTrue();
    }

    @Test
    void variantNamesListTheDifferencesFromTheDefaults() {
        Policy p = SeedBlocks.model().get("aws-cross-account");
        assertThat(p.defaults().variantName()).isEqualTo("default");
        assertThat(p.select(List.of(), List.of("open-ports", "backup")).variantName()).isEqualTo("without-backup+open-ports");
        assertThat(p.select(List.of("load-balancers"), List.of()).variantName()).isEqualTo("with-load-balancers");
        assertThat(p.select(List.of("load-balancers"), List.of("console-listing")).variantName())
                .isEqualTo("with-load-balancers_without-console-listing");
        assertThat(p.allSelections()).hasSize(32).extracting(FeatureSelection::variantName).doesNotHaveDuplicates()
                .startsWith("default", "with-load-balancers", "without-backup");
    }
}
