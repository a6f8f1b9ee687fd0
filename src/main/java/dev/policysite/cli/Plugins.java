package dev.policysite.cli;

import dev.policysite.config.SiteConfig;
import dev.policysite.diag.Diagnostics;
import dev.policysite.policy.PolicyModel;
import dev.policysite.policy.PolicySitePlugin;
import dev.policysite.search.SearchIndexPlugin;
import dev.policysite.site.SitePlugin;

import java.util.ArrayList;
import java.util.List;

/** The plugins a site is built with, chosen from its config (the policy model when it has one). */
final class Plugins {
    private Plugins() {
    }

    static List<SitePlugin> forSite(SiteConfig config, Diagnostics diagnostics) {
        List<SitePlugin> plugins = new ArrayList<>();
        if (config.policiesDir() != null) {
            plugins.add(new PolicySitePlugin(PolicyModel.load(config.policiesDir()), diagnostics));
        }
        plugins.add(new SearchIndexPlugin());
        return plugins;
    }
}
