package dev.policysite.policy;

import dev.policysite.diag.Diagnostics;
import dev.policysite.include.IncludeScheme;
import dev.policysite.site.BuiltSite;
import dev.policysite.site.SiteOutput;
import dev.policysite.site.SitePlugin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The policy model in a site build: {@code {!policy:...!}} includes, the {@code policies} template variable,
 * one builder page per policy at {@code policies/<id>/}, and the variant files beside it.
 */
public final class PolicySitePlugin implements SitePlugin {
    public static final String BUILDER_TEMPLATE = "policy-builder.ftlh";

    private final PolicyModel model;

    public PolicySitePlugin(PolicyModel model, Diagnostics diagnostics) {
        this.model = model;
        model.warnings().forEach(diagnostics::add);
    }

    public PolicyModel model() {
        return model;
    }

    @Override
    public List<IncludeScheme> includeSchemes() {
        return List.of(new PolicyIncludeScheme(model));
    }

    @Override
    public Map<String, Object> templateVariables() {
        return Map.of("policies", new PoliciesFacade(model));
    }

    @Override
    public List<GeneratedPage> pages() {
        List<GeneratedPage> pages = new ArrayList<>();
        for (Policy p : model.policies()) {
            pages.add(new GeneratedPage(PolicySiteWriter.DIR + "/" + p.id() + "/", p.title() + " - policy builder",
                    BUILDER_TEMPLATE, Map.of("policy", new PolicyFacade(p), "builder", new BuilderData(p))));
        }
        return pages;
    }

    @Override
    public void writeOutputs(BuiltSite site, SiteOutput out) {
        new PolicySiteWriter().write(model, out);
    }
}
