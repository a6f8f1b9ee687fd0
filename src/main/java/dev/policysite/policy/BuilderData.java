package dev.policysite.policy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * What the builder page of one policy needs ({@code builder} in templates/policy-builder.ftlh): the
 * features, placeholders, refusal rules and every pre-built variant, embedded in the page as JSON so it
 * works from file:// without fetching. The page only picks a variant and fills placeholders; which
 * statements a selection needs is decided here, in Java.
 */
public final class BuilderData {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** A pre-built variant file for the no-script fallback list. */
    public static final class VariantLink {
        private final String file;
        private final String label;

        VariantLink(String file, String label) {
            this.file = file;
            this.label = label;
        }

        public String getFile() {
            return file;
        }

        public String getLabel() {
            return label;
        }
    }

    private final Policy policy;

    public BuilderData(Policy policy) {
        this.policy = policy;
    }

    /** Suggested download name of the default variant, e.g. {@code aws-cross-account.json}. */
    public String getDownloadName() {
        return policy.id() + ".json";
    }

    public List<VariantLink> getVariants() {
        return policy.allSelections().stream()
                .map(s -> new VariantLink(s.variantName() + ".json", s.describe()))
                .toList();
    }

    /** The data as a JSON object (see docs/policy-model.md, "Builder data"). */
    public ObjectNode data() {
        ObjectNode root = JSON.objectNode();
        root.put("policy", policy.id());
        root.put("kind", policy.kind().label());
        ArrayNode features = root.putArray("features");
        for (Feature f : policy.features()) {
            features.addObject().put("id", f.getId()).put("title", f.getTitle()).put("default", f.isOnByDefault());
        }
        ArrayNode placeholders = root.putArray("placeholders");
        for (Placeholder p : policy.placeholders()) {
            placeholders.addObject().put("name", p.getName()).put("pattern", p.getPattern())
                    .put("example", p.getExample()).put("description", p.getDescription());
        }
        ArrayNode unsafe = root.putArray("unsafe");
        UnsafeValues.RULES.forEach(r -> unsafe.addObject().put("regex", r.regex()).put("reason", r.reason()));
        ObjectNode variants = root.putObject("variants");
        for (FeatureSelection s : policy.allSelections()) {
            ObjectNode v = variants.putObject(s.key());
            v.put("name", s.variantName());
            v.put("file", s.variantName() + ".json");
            v.set("policy", policy.variant(s).node());
        }
        return root;
    }

    /**
     * {@link #data()} as text safe inside {@code <script type="application/json">}: {@code <}, {@code >},
     * {@code &} and the JavaScript line separators are written as {@code \\uXXXX} escapes, so no string
     * can close the script element.
     */
    public String getDataJson() {
        String json = data().toString();
        StringBuilder sb = new StringBuilder(json.length());
        for (char c : json.toCharArray()) {
            if (c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
