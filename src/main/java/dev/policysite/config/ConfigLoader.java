package dev.policysite.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.policysite.diag.Diagnostics;
import dev.policysite.diag.SourcePos;
import dev.policysite.diag.UserError;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code policysite.yaml} or an MkDocs {@code mkdocs.yml} into a {@link SiteConfig}. Both use
 * MkDocs' keys (site_name, docs_dir, nav, markdown_extensions, ...), so an MkDocs project builds unchanged;
 * paths are relative to the config file, as MkDocs resolves them. Options policysite cannot honour give one
 * warning each and the build goes on.
 */
public final class ConfigLoader {

    /** Extensions whose syntax policysite renders natively (their options are read where they matter). */
    private static final Set<String> SUPPORTED_EXTENSIONS = Set.of(
            "admonition", "attr_list", "md_in_html", "toc", "tables", "footnotes", "fenced_code", "meta",
            "markdown_include.include", "pymdownx.snippets", "pymdownx.details", "pymdownx.superfences",
            "pymdownx.tabbed", "pymdownx.highlight", "pymdownx.inlinehilite", "codehilite", "sane_lists",
            "pymdownx.tasklist", "pymdownx.tilde", "extra", "smarty");
    private static final Set<String> SUPPORTED_PLUGINS = Set.of("search");
    private static final Set<String> KNOWN_KEYS = Set.of(
            "site_name", "site_description", "site_url", "site_author", "copyright", "repo_url", "repo_name",
            "edit_uri", "docs_dir", "site_dir", "theme", "theme_dir", "nav", "pages", "markdown_extensions",
            "plugins", "extra", "extra_css", "extra_javascript", "use_directory_urls", "exclude_docs",
            "policies_dir", "check", "strict", "dev_addr", "watch", "validation", "not_in_nav", "hooks");

    private final Diagnostics diagnostics;

    public ConfigLoader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    public SiteConfig load(Path configFile) {
        Path file = configFile.toAbsolutePath().normalize();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UserError(SourcePos.fileOnly(file), "config file not found",
                    "run from the project root or pass --config path/to/policysite.yaml (or mkdocs.yml)");
        } catch (IOException e) {
            throw new UserError(SourcePos.fileOnly(file), "cannot read config: " + e.getMessage(),
                    "check the file is readable UTF-8");
        }
        LocatedYaml yaml = LocatedYaml.parse(file, text, 1);
        JsonNode root = yaml.root();
        if (!root.isObject()) {
            throw new UserError(yaml.pos(""), "config must be a mapping of keys to values", "start with 'site_name: ...'");
        }
        boolean mkdocs = file.getFileName().toString().startsWith("mkdocs.");
        Path dir = file.getParent();

        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KNOWN_KEYS.contains(key)) {
                diagnostics.warn("config.unknown-key", yaml.pos("/" + key), "unknown config key '" + key + "' is ignored",
                        "check the spelling against the README's configuration table");
            }
        }

        String siteName = text(root, "site_name", null);
        if (siteName == null || siteName.isBlank()) {
            throw new UserError(yaml.pos(""), "site_name is missing", "add 'site_name: My Docs' to the config");
        }
        Path docsDir = dir.resolve(text(root, "docs_dir", mkdocs ? "docs" : ".")).normalize();
        if (!Files.isDirectory(docsDir)) {
            throw new UserError(yaml.pos("/docs_dir"), "docs_dir " + docsDir + " is not a folder",
                    "create it or fix docs_dir (relative to the config file)");
        }
        Path siteDir = dir.resolve(text(root, "site_dir", "site")).normalize();
        if (docsDir.startsWith(siteDir) || siteDir.startsWith(docsDir)) {
            throw new UserError(yaml.pos("/site_dir"), "site_dir and docs_dir must not contain each other",
                    "put the output outside the docs folder, e.g. site_dir: ../site");
        }

        Path themeDir = null;
        JsonNode theme = root.get("theme");
        if (root.hasNonNull("theme_dir")) {
            themeDir = dir.resolve(root.get("theme_dir").asText()).normalize();
        } else if (theme != null && theme.isObject() && theme.hasNonNull("custom_dir")) {
            themeDir = dir.resolve(theme.get("custom_dir").asText()).normalize();
        }
        if (theme != null) {
            String name = theme.isObject() ? text(theme, "name", null) : theme.asText();
            if (name != null && !name.equals("mkdocs") && !name.equals("material") && !name.equals("readthedocs")) {
                diagnostics.warn("config.theme", yaml.pos("/theme"), "theme '" + name + "' is not available; using policysite's theme",
                        "put templates overriding the built-in ones in theme.custom_dir");
            }
        }
        if (themeDir != null && !Files.isDirectory(themeDir)) {
            throw new UserError(yaml.pos(root.has("theme_dir") ? "/theme_dir" : "/theme/custom_dir"),
                    "theme folder " + themeDir + " does not exist", "create it or remove the setting");
        }

        Path policiesDir = null;
        if (root.hasNonNull("policies_dir")) {
            policiesDir = docsDir.resolve(root.get("policies_dir").asText()).normalize();
            if (!Files.isDirectory(policiesDir)) {
                throw new UserError(yaml.pos("/policies_dir"), "policies_dir " + policiesDir + " is not a folder",
                        "create it or remove policies_dir");
            }
        } else if (!mkdocs && Files.isDirectory(docsDir.resolve("policies"))) {
            policiesDir = docsDir.resolve("policies");
        }

        List<Path> includeBases = new ArrayList<>();
        String permalink = "¶";
        boolean permalinkOn = !mkdocs; // MkDocs' toc adds permalinks only when asked; policysite always does
        JsonNode exts = root.get("markdown_extensions");
        if (exts != null) {
            int i = 0;
            for (JsonNode ext : iterable(exts)) {
                String ptr = "/markdown_extensions/" + i++;
                String name = ext.isObject() && ext.size() == 1 ? ext.fieldNames().next() : ext.asText();
                JsonNode opts = ext.isObject() ? ext.get(name) : null;
                if (!SUPPORTED_EXTENSIONS.contains(name)) {
                    diagnostics.warn("config.unsupported-extension", yaml.pos(ptr),
                            "markdown extension '" + name + "' is not supported; its syntax renders as plain Markdown",
                            "remove it from markdown_extensions, or ignore this warning");
                    continue;
                }
                if (name.equals("markdown_include.include") || name.equals("pymdownx.snippets")) {
                    // both resolve paths from base_path, by default "." — the folder MkDocs runs in, i.e. the config's
                    JsonNode base = opts != null && opts.isObject() ? opts.get("base_path") : null;
                    if (base == null || base.isNull()) {
                        includeBases.add(dir);
                    }
                    for (JsonNode b : iterable(base)) {
                        includeBases.add(dir.resolve(b.asText()).normalize());
                    }
                }
                if (opts == null || !opts.isObject()) {
                    continue;
                }
                warnIgnoredOptions(yaml, ptr + "/" + name, opts);
                switch (name) {
                    case "toc":
                        JsonNode pl = opts.get("permalink");
                        if (pl != null) {
                            permalinkOn = !(pl.isBoolean() && !pl.asBoolean());
                            if (pl.isTextual()) {
                                permalink = pl.asText();
                            }
                        }
                        break;
                    default:
                        break;
                }
            }
        }
        // the docs folder comes last: policysite's own default, and harmless where MkDocs would not find a file
        if (!includeBases.contains(docsDir)) {
            includeBases.add(docsDir);
        }

        JsonNode plugins = root.get("plugins");
        if (plugins != null) {
            int i = 0;
            for (JsonNode plugin : iterable(plugins)) {
                String ptr = "/plugins/" + i++;
                String name = plugin.isObject() && plugin.size() == 1 ? plugin.fieldNames().next() : plugin.asText();
                if (!SUPPORTED_PLUGINS.contains(name)) {
                    diagnostics.warn("config.unsupported-plugin", yaml.pos(ptr), "plugin '" + name + "' is not supported and is skipped",
                            "remove it from plugins, or ignore this warning");
                }
            }
        }

        List<String> exclude = new ArrayList<>();
        JsonNode ex = root.get("exclude_docs");
        if (ex != null) {
            for (String line : ex.asText().split("\n")) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    exclude.add(t);
                }
            }
        }

        Set<String> ignored = new LinkedHashSet<>();
        JsonNode check = root.get("check");
        if (check != null && check.has("ignore")) {
            for (JsonNode c : iterable(check.get("ignore"))) {
                ignored.add(c.asText());
            }
        }

        return new SiteConfig(file, siteName, text(root, "site_description", ""), text(root, "site_url", ""),
                text(root, "copyright", ""), text(root, "repo_url", ""), docsDir, siteDir, themeDir, policiesDir,
                new NavReader(yaml).read(), List.copyOf(new LinkedHashSet<>(includeBases)), List.copyOf(exclude),
                !root.has("use_directory_urls") || root.get("use_directory_urls").asBoolean(true),
                permalinkOn ? permalink : "", strings(root.get("extra_css")), strings(root.get("extra_javascript")),
                Set.copyOf(ignored), LocatedYaml.toMap(root.get("extra")));
    }

    /** Options that change what an include inserts, which policysite does not do: say so rather than differ silently. */
    private static final Map<String, String> IGNORED_OPTIONS = Map.of(
            "inheritHeadingDepth", "included headings keep their level",
            "headingOffset", "included headings keep their level",
            "auto_append", "nothing is appended to pages",
            "url_download", "includes never download anything");

    private void warnIgnoredOptions(LocatedYaml yaml, String ptr, JsonNode opts) {
        opts.fields().forEachRemaining(e -> {
            JsonNode v = e.getValue();
            boolean set = !(v.isNull() || (v.isBoolean() && !v.asBoolean()) || (v.isNumber() && v.asInt() == 0)
                    || (v.isArray() && v.isEmpty()));
            if (set && IGNORED_OPTIONS.containsKey(e.getKey())) {
                diagnostics.warn("config.unsupported-option", yaml.pos(ptr + "/" + e.getKey()),
                        "option '" + e.getKey() + "' is not supported: " + IGNORED_OPTIONS.get(e.getKey()),
                        "remove the option, or ignore this warning");
            }
        });
    }

    private static String text(JsonNode node, String key, String dflt) {
        JsonNode v = node.get(key);
        return v == null || v.isNull() ? dflt : v.asText();
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : iterable(node)) {
            out.add(n.isObject() && n.has("path") ? n.get("path").asText() : n.asText());
        }
        return List.copyOf(out);
    }

    private static Iterable<JsonNode> iterable(JsonNode node) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        return node.isArray() ? node : List.of(node);
    }
}
