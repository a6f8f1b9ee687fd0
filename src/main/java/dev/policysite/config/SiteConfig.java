package dev.policysite.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything a build needs to know about a site, whichever file it came from ({@code policysite.yaml}
 * or an MkDocs {@code mkdocs.yml}). All paths are absolute and normalised.
 *
 * @param configFile     the file this was read from
 * @param nav            configured navigation, or empty for the automatic one (MkDocs' behaviour)
 * @param themeDir       project templates overriding the built-in theme, or null
 * @param policiesDir    the policy model folder, or null when the site has none
 * @param includeBases   folders {@code {!path!}} and {@code --8<--} paths are resolved against, in order
 * @param excludeDocs    glob patterns (relative to docsDir) of files that are not pages or assets
 * @param ignoredChecks  finding codes {@code check} does not report
 * @param extra          the {@code extra:} map, passed to templates as {@code site.extra}
 */
public record SiteConfig(
        Path configFile,
        String siteName,
        String siteDescription,
        String siteUrl,
        String copyright,
        String repoUrl,
        Path docsDir,
        Path siteDir,
        Path themeDir,
        Path policiesDir,
        List<NavEntry> nav,
        List<Path> includeBases,
        List<String> excludeDocs,
        boolean useDirectoryUrls,
        String permalinkSymbol,
        List<String> extraCss,
        List<String> extraJs,
        Set<String> ignoredChecks,
        Map<String, Object> extra) {

    /** The folder relative paths in the config are resolved from. */
    public Path configDir() {
        return configFile.getParent();
    }
}
