package dev.policysite.cli;

import dev.policysite.check.CheckEngines;
import dev.policysite.config.SiteConfig;
import dev.policysite.diag.Diagnostics;

/**
 * The engines {@code check} runs with for a site. The plug-in point for the IAM engine (a
 * {@link dev.policysite.check.BlockValidator} over {@code JsonBlockChecker}) and the policy model (a
 * {@link dev.policysite.check.ModelConsistency} when the site has a policies folder); until they are wired
 * here, blocks are checked as strict JSON and there is no model check. Wiring the IAM engine is one adapter:
 * <pre>{@code
 * JsonBlockChecker iam = JsonBlockChecker.withBundledCatalogs();   // once: it loads the catalogs
 * BlockValidator blocks = (text, dialect) -> {
 *     BlockResult r = iam.check(text);
 *     return new BlockCheck(r.value(), r.kind().name().toLowerCase(Locale.ROOT), r.problems().stream()
 *             .map(p -> new BlockIssue(p.code(), p.severity(), p.line(), p.col(), p.message(), p.hint())).toList());
 * };
 * return CheckEngines.defaults().withBlocks(blocks).withModel(modelConsistencyFor(config));
 * }</pre>
 */
final class CheckPlugins {
    private CheckPlugins() {
    }

    static CheckEngines forSite(SiteConfig config, Diagnostics diagnostics) {
        return CheckEngines.defaults();
    }
}
