package dev.policysite.policy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A policy as templates see it, with a feature selection and placeholder values that chain:
 * {@code policies.get("aws-cross-account").without("backup").json},
 * {@code policy.fragment("backup").json}, {@code policy.set("VPC_ID", "vpc-...").json}.
 * Immutable: each call returns a new facade. JavaBean getters, so any FreeMarker object wrapper works.
 */
public final class PolicyFacade {
    private final Policy policy;
    private final FeatureSelection selection;
    private final Map<String, String> values;

    public PolicyFacade(Policy policy) {
        this(policy, policy.defaults(), Map.of());
    }

    private PolicyFacade(Policy policy, FeatureSelection selection, Map<String, String> values) {
        this.policy = policy;
        this.selection = selection;
        this.values = values;
    }

    public Policy policy() {
        return policy;
    }

    public String getId() {
        return policy.id();
    }

    public String getTitle() {
        return policy.title();
    }

    public String getDescription() {
        return policy.description();
    }

    /** {@code aws-iam}, {@code aws-trust} or {@code azure-role}. */
    public String getKind() {
        return policy.kind().label();
    }

    public List<Feature> getFeatures() {
        return policy.features();
    }

    public List<Placeholder> getPlaceholders() {
        return policy.placeholders();
    }

    /** Ids of the features that are on in this selection. */
    public List<String> getEnabled() {
        return selection.enabled();
    }

    /** The variant file of this selection, e.g. {@code without-backup.json}. */
    public String getVariantFile() {
        return selection.variantName() + ".json";
    }

    /** This selection plus the given features (unknown ids fail with the valid choices). */
    public PolicyFacade with(String... featureIds) {
        FeatureSelection s = selection;
        for (String id : featureIds) {
            policy.feature(id);
            s = s.with(id);
        }
        return new PolicyFacade(policy, s, values);
    }

    /** This selection minus the given features. */
    public PolicyFacade without(String... featureIds) {
        FeatureSelection s = selection;
        for (String id : featureIds) {
            policy.feature(id);
            s = s.without(id);
        }
        return new PolicyFacade(policy, s, values);
    }

    /** This facade with one more placeholder value (checked when a view is taken). */
    public PolicyFacade set(String name, String value) {
        Map<String, String> next = new LinkedHashMap<>(values);
        next.put(name, value);
        return new PolicyFacade(policy, selection, next);
    }

    /** The whole policy of this selection. */
    public View getView() {
        return policy.variant(selection).fill(values);
    }

    public String getJson() {
        return getView().getJson();
    }

    /** The statements or actions one feature needs. */
    public View fragment(String featureId) {
        return policy.fragment(featureId).fill(values);
    }

    /** The {@code "Actions": [...]} member of this selection (Azure role definitions). */
    public View getActions() {
        return member("Actions");
    }

    /** One member of this selection on its own, e.g. {@code DataActions} (Azure role definitions). */
    public View member(String name) {
        return policy.member(selection, name).fill(values);
    }

    @Override
    public String toString() {
        return getJson();
    }
}
