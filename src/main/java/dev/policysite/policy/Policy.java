package dev.policysite.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.policysite.diag.UserError;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One policy of the model: its features, placeholders and tagged body, and every view cut from it.
 * Built by {@link PolicyLoader}; immutable.
 */
public final class Policy {
    private final String id;
    private final PolicyKind kind;
    private final String title;
    private final String description;
    private final Path source;
    private final List<Feature> features;
    private final List<Placeholder> placeholders;
    private final Body.Obj body;

    Policy(String id, PolicyKind kind, String title, String description, Path source,
           List<Feature> features, List<Placeholder> placeholders, Body.Obj body) {
        this.id = id;
        this.kind = kind;
        this.title = title;
        this.description = description;
        this.source = source;
        this.features = List.copyOf(features);
        this.placeholders = List.copyOf(placeholders);
        this.body = body;
    }

    public String id() {
        return id;
    }

    public PolicyKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    /** The model file this policy was read from. */
    public Path source() {
        return source;
    }

    public List<Feature> features() {
        return features;
    }

    public List<Placeholder> placeholders() {
        return placeholders;
    }

    Body.Obj body() {
        return body;
    }

    public List<String> featureIds() {
        return features.stream().map(Feature::getId).toList();
    }

    /** The feature with this id; a {@link UserError} with the valid choices otherwise. */
    public Feature feature(String featureId) {
        return features.stream().filter(f -> f.getId().equals(featureId)).findFirst().orElseThrow(() ->
                new UserError(null, "policy " + id + " has no feature '" + featureId + "'",
                        DidYouMean.hint(featureId, featureIds())));
    }

    /** The placeholder with this name; a {@link UserError} with the valid choices otherwise. */
    public Placeholder placeholder(String name) {
        return placeholders.stream().filter(p -> p.getName().equals(name)).findFirst().orElseThrow(() ->
                new UserError(null, "policy " + id + " has no placeholder '" + name + "'",
                        DidYouMean.hint(name, placeholders.stream().map(Placeholder::getName).toList())));
    }

    public FeatureSelection defaults() {
        return FeatureSelection.defaults(features);
    }

    /**
     * The defaults, plus {@code with}, minus {@code without}. Unknown ids and a feature named in both
     * lists are {@link UserError}s.
     */
    public FeatureSelection select(Collection<String> with, Collection<String> without) {
        FeatureSelection s = defaults();
        for (String f : with) {
            feature(f);
            if (without.contains(f)) {
                throw new UserError(null, "feature '" + f + "' is both added and removed", "name it in only one of with/without");
            }
            s = s.with(f);
        }
        for (String f : without) {
            feature(f);
            s = s.without(f);
        }
        return s;
    }

    /**
     * Every combination of features, defaults first, then by how many features differ from the defaults,
     * then by variant name: a stable order for files, lists and tests.
     */
    public List<FeatureSelection> allSelections() {
        List<FeatureSelection> all = new ArrayList<>();
        int n = features.size();
        for (int mask = 0; mask < (1 << n); mask++) {
            Set<String> on = new LinkedHashSet<>();
            for (int i = 0; i < n; i++) {
                if ((mask & (1 << i)) != 0) {
                    on.add(features.get(i).getId());
                }
            }
            all.add(new FeatureSelection(features, on));
        }
        all.sort(Comparator.comparingInt((FeatureSelection s) -> s.added().size() + s.removed().size())
                .thenComparing(FeatureSelection::variantName));
        return all;
    }

    /** The whole policy with the default features. */
    public View whole() {
        return variant(defaults());
    }

    /** The whole policy with exactly the selected features' permissions. */
    public View variant(FeatureSelection selection) {
        String label = selection.isDefault() ? id + " (default features)" : id + " " + selection.describe();
        return new View(this, label, ViewShape.DOCUMENT, BodyFilter.render(body, selection));
    }

    /**
     * What {@code featureId} adds: the statements tagged with it or, when it tags only some actions of a
     * statement, those actions. A shared item appears in the fragment of every feature that tags it.
     */
    public View fragment(String featureId) {
        feature(featureId);
        return kind.rules().fragment(this, featureId);
    }

    /** Names usable with {@link #member}: the non-empty {@code Actions}, {@code DataActions} of Azure roles; none for AWS. */
    public List<String> memberViews() {
        return kind.rules().memberViews(body);
    }

    /** One member of a variant on its own, e.g. the {@code "Actions": [...]} an Azure portal edit needs. */
    public View member(FeatureSelection selection, String memberName) {
        String name = memberViews().stream().filter(m -> m.equalsIgnoreCase(memberName)).findFirst().orElseThrow(() ->
                new UserError(null, "policy " + id + " (" + kind.label() + ") has no member view '" + memberName + "'",
                        memberViews().isEmpty() ? "member views exist only for Azure role definitions"
                                : DidYouMean.hint(memberName, memberViews())));
        JsonNode variant = BodyFilter.render(body, selection);
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.set(name, variant.get(name));
        String of = selection.isDefault() ? id : id + " " + selection.describe();
        return new View(this, "the " + name + " of " + of, ViewShape.MEMBERS, out);
    }

    /** Every named view: each variant (the default one first), each feature's fragment, each member view. */
    public List<NamedView> allViews() {
        List<NamedView> views = new ArrayList<>();
        for (FeatureSelection s : allSelections()) {
            View v = variant(s);
            views.add(new NamedView("variant:" + s.variantName(), v.getLabel(), v));
        }
        for (Feature f : features) {
            View v = fragment(f.getId());
            views.add(new NamedView("fragment:" + f.getId(), v.getLabel(), v));
        }
        for (String member : memberViews()) {
            for (FeatureSelection s : allSelections()) {
                View v = member(s, member);
                views.add(new NamedView(member + ":" + s.variantName(), v.getLabel(), v));
            }
        }
        return views;
    }

    /**
     * Each statement of an AWS policy on its own, once per distinct statement, named after the first
     * variant (in {@link #allSelections()} order) that has it: pages also show a single statement, e.g. one
     * that replaces another ({@code statement:NonResourceBasedPermissions:without-console-listing+early-warnings}).
     * None for Azure roles.
     */
    public List<NamedView> statementViews() {
        List<NamedView> views = new ArrayList<>();
        if (!kind.isAws()) {
            return views;
        }
        Set<JsonNode> seen = new HashSet<>();
        for (FeatureSelection s : allSelections()) {
            View variant = variant(s);
            JsonNode statements = variant.node().path("Statement");
            for (int i = 0; i < statements.size(); i++) {
                JsonNode st = statements.get(i);
                if (!seen.add(st)) {
                    continue;
                }
                String sid = st.path("Sid").asText("");
                String name = sid.isEmpty() ? "statement " + (i + 1) : "statement " + sid;
                String label = name + " of " + variant.getLabel();
                views.add(new NamedView("statement:" + (sid.isEmpty() ? "#" + (i + 1) : sid) + ":" + s.variantName(), label,
                        new View(this, label, ViewShape.STATEMENT, st)));
            }
        }
        return views;
    }

    /** Each placeholder's example value, for previews and size estimates. */
    public Map<String, String> exampleValues() {
        Map<String, String> values = new LinkedHashMap<>();
        placeholders.forEach(p -> values.put(p.getName(), p.getExample()));
        return values;
    }

    @Override
    public String toString() {
        return id;
    }
}
