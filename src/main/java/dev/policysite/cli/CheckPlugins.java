package dev.policysite.cli;

import dev.policysite.check.CheckEngines;
import dev.policysite.check.IamBlockValidator;
import dev.policysite.check.PolicyConsistency;
import dev.policysite.config.SiteConfig;
import dev.policysite.diag.Diagnostics;
import dev.policysite.iam.JsonBlockChecker;
import dev.policysite.policy.PolicySitePlugin;
import dev.policysite.site.SitePlugin;

import java.util.List;

/**
 * What {@code check} runs with for a site: the plugins the site is built with, the IAM engine for blocks,
 * and, when the site has a policy model, the model consistency check over the same loaded model (a folder
 * without policies is no model: its pages' placeholders are not all unknown).
 */
final class CheckPlugins {
    private CheckPlugins() {
    }

    record Setup(List<SitePlugin> plugins, CheckEngines engines) {
    }

    static Setup forSite(SiteConfig config, Diagnostics diagnostics) {
        List<SitePlugin> plugins = Plugins.forSite(config, diagnostics);
        CheckEngines engines = CheckEngines.defaults().withBlocks(new IamBlockValidator(JsonBlockChecker.withBundledCatalogs()));
        for (SitePlugin p : plugins) {
            if (p instanceof PolicySitePlugin model && !model.model().policies().isEmpty()) {
                engines = engines.withModel(new PolicyConsistency(model.model()));
            }
        }
        return new Setup(plugins, engines);
    }
}
