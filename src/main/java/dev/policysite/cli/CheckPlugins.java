package dev.policysite.cli;

import dev.policysite.check.CheckEngines;
import dev.policysite.check.IamBlockValidator;
import dev.policysite.iam.JsonBlockChecker;
import dev.policysite.config.SiteConfig;
import dev.policysite.diag.Diagnostics;

/** The engines {@code check} runs with for a site: the IAM engine for blocks, and the policy model when the site has one. */
final class CheckPlugins {
    private CheckPlugins() {
    }

    static CheckEngines forSite(SiteConfig config, Diagnostics diagnostics) {
        return CheckEngines.defaults().withBlocks(new IamBlockValidator(JsonBlockChecker.withBundledCatalogs()));
    }
}
