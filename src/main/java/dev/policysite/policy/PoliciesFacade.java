package dev.policysite.policy;

import java.util.List;

/** The {@code policies} variable of pages and templates: {@code policies.get("aws-cross-account")}. */
public final class PoliciesFacade {
    private final PolicyModel model;

    public PoliciesFacade(PolicyModel model) {
        this.model = model;
    }

    /** The policy with its default features; unknown ids fail with the valid choices. */
    public PolicyFacade get(String id) {
        return new PolicyFacade(model.get(id));
    }

    public List<PolicyFacade> getAll() {
        return model.policies().stream().map(PolicyFacade::new).toList();
    }

    public List<String> getIds() {
        return model.ids();
    }
}
