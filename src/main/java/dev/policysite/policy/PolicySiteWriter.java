package dev.policysite.policy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.policysite.site.SiteOutput;

/**
 * Writes the downloadable policies: {@code policies/<id>/<variant>.json} for every feature combination
 * (names from {@link FeatureSelection#variantName()}) and {@code policies/policies.json} describing them.
 * Builder pages ({@code policies/<id>/index.html}) are rendered by the site from
 * templates/policy-builder.ftlh with {@link PolicyFacade} and {@link BuilderData}.
 */
public final class PolicySiteWriter {
    public static final String DIR = "policies";
    public static final String INDEX = "policies.json";

    public void write(PolicyModel model, SiteOutput out) {
        ObjectNode index = JsonNodeFactory.instance.objectNode();
        ArrayNode list = index.putArray("policies");
        for (Policy policy : model.policies()) {
            ObjectNode entry = describe(policy);
            ArrayNode variants = entry.putArray("variants");
            for (FeatureSelection s : policy.allSelections()) {
                String file = s.variantName() + ".json";
                out.write(DIR + "/" + policy.id() + "/" + file, policy.variant(s).getJson() + "\n");
                ObjectNode v = variants.addObject();
                v.put("file", file);
                v.put("default", s.isDefault());
                ArrayNode on = v.putArray("features");
                s.enabled().forEach(on::add);
            }
            list.add(entry);
        }
        out.write(DIR + "/" + INDEX, PrettyJson.of(index) + "\n");
    }

    private static ObjectNode describe(Policy policy) {
        ObjectNode entry = JsonNodeFactory.instance.objectNode();
        entry.put("id", policy.id());
        entry.put("kind", policy.kind().label());
        entry.put("title", policy.title());
        entry.put("description", policy.description());
        entry.put("directory", policy.id() + "/");
        entry.put("builder", policy.id() + "/index.html");
        ArrayNode features = entry.putArray("features");
        for (Feature f : policy.features()) {
            features.addObject().put("id", f.getId()).put("title", f.getTitle())
                    .put("whenOff", f.getWhenOff()).put("default", f.isOnByDefault());
        }
        ArrayNode placeholders = entry.putArray("placeholders");
        for (Placeholder p : policy.placeholders()) {
            placeholders.addObject().put("name", p.getName()).put("token", p.getToken())
                    .put("description", p.getDescription()).put("pattern", p.getPattern()).put("example", p.getExample());
        }
        return entry;
    }
}
