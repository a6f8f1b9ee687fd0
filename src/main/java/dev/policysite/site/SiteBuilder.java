package dev.policysite.site;

import dev.policysite.Version;
import dev.policysite.config.SiteConfig;
import dev.policysite.content.ContentScanner;
import dev.policysite.content.SourcePage;
import dev.policysite.content.UrlPaths;
import dev.policysite.diag.BuildFailure;
import dev.policysite.diag.Diagnostics;
import dev.policysite.diag.UserError;
import dev.policysite.include.IncludeExpander;
import dev.policysite.include.IncludeScheme;
import dev.policysite.markdown.MarkdownEngine;
import dev.policysite.render.LayoutRenderer;
import dev.policysite.render.PageTemplater;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

/**
 * A whole build, one way: load (scan the docs folder) → resolve (includes, templating, Markdown, nav) →
 * render (layouts) → write (into a staging folder swapped in at the end). Pages are processed in parallel.
 */
public final class SiteBuilder {
    private static final int MAX_REPORTED_ERRORS = 20;

    private final SiteConfig config;
    private final Diagnostics diagnostics;
    private final List<SitePlugin> plugins;
    private final MarkdownEngine markdown;
    private final LayoutRenderer layouts;
    private final PageTemplater templater = new PageTemplater();
    private IntConsumer progress = done -> { };
    private boolean retainDocuments;
    private boolean strict;
    private ContentErrors keepGoing;

    public SiteBuilder(SiteConfig config, Diagnostics diagnostics, List<SitePlugin> plugins, MarkdownEngine markdown) {
        this.config = config;
        this.diagnostics = diagnostics;
        this.plugins = List.copyOf(plugins);
        this.markdown = markdown;
        this.layouts = new LayoutRenderer(config.themeDir());
    }

    /** Called with the number of pages done so far (the CLI draws a progress bar on a terminal). */
    public SiteBuilder onProgress(IntConsumer progress) {
        this.progress = progress;
        return this;
    }

    /** With warnings, fail before the new site replaces the old one (mkdocs build --strict). */
    public SiteBuilder strict(boolean strict) {
        this.strict = strict;
        return this;
    }

    /**
     * Report content errors to {@code errors} and build everything else ({@code check}); without it, the
     * first content error stops the build, as {@code build} must.
     */
    public SiteBuilder keepGoing(ContentErrors errors) {
        this.keepGoing = errors;
        return this;
    }

    public SiteBuilder retainDocuments(boolean retain) {
        this.retainDocuments = retain;
        return this;
    }

    public BuildResult build(Path outDir) {
        long start = System.nanoTime();
        // load
        List<Path> skip = new ArrayList<>();
        if (config.policiesDir() != null) {
            skip.add(config.policiesDir());
        }
        skip.add(outDir.toAbsolutePath().normalize());
        ContentScanner.Scan scan = new ContentScanner(config.docsDir(), skip, config.excludeDocs()).scan();
        // the config may live inside the docs folder (content/policysite.yaml): it is not an asset
        scan.assets().remove(config.configFile());
        Map<String, SourcePage> pages = new LinkedHashMap<>();
        for (Path p : scan.pages()) {
            SourcePage sp = SourcePage.of(config.docsDir(), p, config.useDirectoryUrls());
            pages.put(sp.relPath(), sp);
        }
        Set<String> assets = scan.assets().stream()
                .map(a -> config.docsDir().relativize(a).toString().replace('\\', '/'))
                .collect(Collectors.toCollection(HashSet::new));

        // resolve
        List<IncludeScheme> schemes = new ArrayList<>();
        Map<String, Object> vars = new HashMap<>();
        for (SitePlugin plugin : plugins) {
            schemes.addAll(plugin.includeSchemes());
            vars.putAll(plugin.templateVariables());
        }
        vars.put("site", siteModel());
        vars.put("config", Map.of("extra", config.extra()));
        // includes may reach anything under the project (the config's folder), never outside it
        IncludeExpander includes = new IncludeExpander(commonRoot(config.configDir(), config.docsDir()),
                config.includeBases(), schemes, diagnostics);
        if (keepGoing != null) {
            includes.recoverWith(keepGoing::error);
        }
        PageProcessor processor = new PageProcessor(config.docsDir(), markdown, includes, templater, vars, pages, assets,
                config.permalinkSymbol(), diagnostics).retainDocuments(retainDocuments);
        AtomicInteger done = new AtomicInteger();
        List<Object> outcomes = pages.values().parallelStream().map(p -> {
            try {
                return (Object) processor.process(p);
            } catch (UserError e) {
                return leaveOut(p, e);
            } finally {
                progress.accept(done.incrementAndGet());
            }
        }).collect(Collectors.toList());
        failOnErrors(outcomes);
        Map<String, ProcessedPage> processed = new LinkedHashMap<>();
        for (Object o : outcomes) {
            if (o instanceof ProcessedPage pp) {
                processed.put(pp.source().relPath(), pp);
            }
        }
        Map<String, String> navTitles = new HashMap<>();
        List<NavItem> nav = new NavBuilder(pages, sp -> processed.containsKey(sp.relPath())
                ? titleWithoutNav(processed.get(sp.relPath())) : fileTitle(sp)).build(config.nav());
        collectNavTitles(nav, navTitles);
        List<String> order = NavBuilder.pageOrder(nav);
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            position.put(order.get(i), i);
        }

        // render + write
        try (StagingDir out = new StagingDir(outDir)) {
            List<BuiltSite.Page> built = Collections.synchronizedList(new ArrayList<>());
            Map<String, String> titleByUrl = new HashMap<>();
            for (ProcessedPage pp : processed.values()) {
                titleByUrl.put(pp.source().url(), title(pp, navTitles));
            }
            List<UserError> errors = Collections.synchronizedList(new ArrayList<>());
            processed.values().parallelStream().forEach(pp -> {
                try {
                    String title = titleByUrl.get(pp.source().url());
                    Map<String, Object> model = pageModel(vars, nav, pp, title, order, position, titleByUrl);
                    String template = templateName(pp);
                    out.write(pp.source().outPath(), layouts.render(template, model));
                    built.add(new BuiltSite.Page(pp.source().url(), title, pp.html(), pp));
                } catch (UserError e) {
                    UserError strictError = leaveOut(pp.source(), e);
                    if (strictError != null) {
                        errors.add(strictError);
                    }
                }
            });
            if (!errors.isEmpty()) {
                throw errors.size() == 1 ? errors.get(0) : new BuildFailure(errors.subList(0, Math.min(errors.size(), MAX_REPORTED_ERRORS)));
            }
            int generated = 0;
            for (SitePlugin plugin : plugins) {
                for (SitePlugin.GeneratedPage gp : plugin.pages()) {
                    Map<String, Object> model = new HashMap<>(vars);
                    model.putAll(gp.variables());
                    String baseUrl = UrlPaths.toRoot(gp.url());
                    model.put("base_url", baseUrl);
                    model.put("nav", NavView.of(nav, gp.url(), activePath(nav, gp.url()), baseUrl));
                    model.put("toc", List.of());
                    model.put("build", buildModel());
                    model.put("page", Map.of("title", gp.title(), "url", gp.url(), "content", "", "toc", List.of(),
                            "meta", Map.of(), "description", ""));
                    out.write(gp.url() + "index.html", layouts.render(gp.template(), model));
                    built.add(new BuiltSite.Page(gp.url(), gp.title(), "", null));
                    generated++;
                }
            }
            for (Path asset : scan.assets()) {
                out.copy(asset, config.docsDir().relativize(asset).toString().replace('\\', '/'));
            }
            for (Map.Entry<String, Path> e : ThemeAssets.collect(config.themeDir()).entrySet()) {
                out.copy(e.getValue(), "assets/" + e.getKey());
            }
            List<String> urls = new ArrayList<>(order);
            processed.values().stream().map(pp -> pp.source().url()).filter(u -> !position.containsKey(u)).sorted().forEach(urls::add);
            out.write("sitemap.xml", Sitemap.xml(config.siteUrl(), urls));
            out.write("404.html", notFoundPage(vars, nav));
            List<BuiltSite.Page> sortedBuilt = new ArrayList<>(built);
            sortedBuilt.sort((a, b) -> a.url().compareTo(b.url()));
            BuiltSite site = new BuiltSite(config, sortedBuilt);
            for (SitePlugin plugin : plugins) {
                plugin.writeOutputs(site, out.path());
            }
            if (strict && diagnostics.count() > 0) {
                int n = diagnostics.count();
                throw new UserError(null, "--strict: " + n + " warning" + (n == 1 ? "" : "s") + "; the previous site was kept",
                        "fix the warnings above, or build without --strict");
            }
            out.commit();
            long ms = (System.nanoTime() - start) / 1_000_000;
            return new BuildResult(outDir, processed.size() + generated, generated, diagnostics.sorted(), ms, site);
        } catch (UncheckedIOException e) {
            throw new UserError(dev.policysite.diag.SourcePos.fileOnly(outDir), "cannot write the site: " + e.getCause().getMessage(),
                    "check free disk space and permissions of the output folder");
        }
    }

    /** A page's error: returned to stop the build, or (keeping going) reported with the page left out. */
    private UserError leaveOut(SourcePage page, UserError e) {
        if (keepGoing == null) {
            return e;
        }
        keepGoing.error(e.pos() != null ? e : new UserError(dev.policysite.diag.SourcePos.fileOnly(page.file()),
                e.getMessage(), e.hint(), e));
        keepGoing.leftOut(page);
        return null;
    }

    private static Path commonRoot(Path a, Path b) {
        Path r = a;
        while (r != null && !b.startsWith(r)) {
            r = r.getParent();
        }
        return r == null ? a : r;
    }

    private static void failOnErrors(List<Object> outcomes) {
        List<UserError> errors = new ArrayList<>();
        for (Object o : outcomes) {
            if (o instanceof UserError) {
                errors.add((UserError) o);
            }
        }
        if (errors.isEmpty()) {
            return;
        }
        errors.sort((x, y) -> String.valueOf(x.pos()).compareTo(String.valueOf(y.pos())));
        throw errors.size() == 1 ? errors.get(0) : new BuildFailure(errors.subList(0, Math.min(errors.size(), MAX_REPORTED_ERRORS)));
    }

    private String templateName(ProcessedPage pp) {
        String t = pp.frontMatter().string("template");
        if (t == null || t.isBlank()) {
            return "page.ftlh";
        }
        String name = t.endsWith(".ftlh") || t.endsWith(".ftl") ? t : t.replaceAll("\\.html$", "") + ".ftlh";
        if (!layouts.exists(name)) {
            throw new UserError(dev.policysite.diag.SourcePos.of(pp.source().file(), 2),
                    "front matter picks template '" + t + "', which does not exist",
                    "create " + name + " in the theme folder or remove the template: line");
        }
        return name;
    }

    /** MkDocs' title order: nav title, front matter title, first h1, file name. */
    private static String title(ProcessedPage pp, Map<String, String> navTitles) {
        String nav = navTitles.get(pp.source().url());
        return nav != null ? nav : titleWithoutNav(pp);
    }

    private static String titleWithoutNav(ProcessedPage pp) {
        String t = pp.frontMatter().string("title");
        if (t != null && !t.isBlank()) {
            return t;
        }
        if (pp.firstH1() != null && !pp.firstH1().isBlank()) {
            return pp.firstH1();
        }
        return fileTitle(pp.source());
    }

    /** The title of a page that says none: Home, or its file (or folder) name. */
    private static String fileTitle(SourcePage page) {
        if (page.isHome()) {
            return "Home";
        }
        String rel = page.relPath();
        String name = rel.substring(rel.lastIndexOf('/') + 1, rel.length() - 3);
        if (name.equals("index") || name.equalsIgnoreCase("README")) {
            String dir = rel.substring(0, rel.lastIndexOf('/'));
            name = dir.substring(dir.lastIndexOf('/') + 1);
        }
        return NavBuilder.folderTitle(name);
    }

    private static void collectNavTitles(List<NavItem> items, Map<String, String> out) {
        for (NavItem i : items) {
            if (i.url() != null && !i.external() && i.title() != null) {
                out.putIfAbsent(i.url(), i.title());
            }
            collectNavTitles(i.children(), out);
        }
    }

    private Map<String, Object> siteModel() {
        Map<String, Object> site = new HashMap<>();
        site.put("name", config.siteName());
        site.put("description", config.siteDescription());
        site.put("url", config.siteUrl());
        site.put("copyright", config.copyright());
        site.put("repoUrl", config.repoUrl());
        site.put("extra", config.extra());
        site.put("extraCss", config.extraCss());
        site.put("extraJs", config.extraJs());
        site.put("language", "en");
        return site;
    }

    private static Map<String, Object> buildModel() {
        return Map.of("version", Version.get());
    }

    private Map<String, Object> pageModel(Map<String, Object> vars, List<NavItem> nav, ProcessedPage pp, String title,
                                          List<String> order, Map<String, Integer> position,
                                          Map<String, String> titleByUrl) {
        String url = pp.source().url();
        String baseUrl = pp.source().baseUrl();
        Map<String, Object> page = new HashMap<>();
        page.put("title", title);
        page.put("url", url);
        page.put("content", pp.html());
        page.put("toc", pp.toc());
        page.put("meta", pp.frontMatter().meta());
        page.put("isHome", pp.source().isHome());
        page.put("sourcePath", pp.source().relPath());
        String description = pp.frontMatter().string("description");
        page.put("description", description == null ? config.siteDescription() : description);
        int at = position.getOrDefault(url, -1);
        if (at > 0) {
            page.put("previous", Map.of("title", titleByUrl.getOrDefault(order.get(at - 1), ""), "url", order.get(at - 1)));
        }
        if (at >= 0 && at < order.size() - 1) {
            page.put("next", Map.of("title", titleByUrl.getOrDefault(order.get(at + 1), ""), "url", order.get(at + 1)));
        }
        Map<String, Object> model = new HashMap<>(vars);
        model.put("page", page);
        model.put("toc", pp.toc());
        model.put("base_url", baseUrl);
        model.put("nav", NavView.of(nav, url, activePath(nav, url), baseUrl));
        model.put("build", buildModel());
        return model;
    }

    /** The nav items on the way to the page at {@code url} (its sections and itself). */
    static Set<NavItem> activePath(List<NavItem> nav, String url) {
        Set<NavItem> path = new HashSet<>();
        find(nav, url, path);
        return path;
    }

    private static boolean find(List<NavItem> items, String url, Set<NavItem> path) {
        for (NavItem i : items) {
            if ((!i.external() && url.equals(i.url())) || find(i.children(), url, path)) {
                path.add(i);
                return true;
            }
        }
        return false;
    }

    private String notFoundPage(Map<String, Object> vars, List<NavItem> nav) {
        // served at any depth, so links must not be relative: use the site URL's path, or the root
        String base = "/";
        if (config.siteUrl() != null && !config.siteUrl().isEmpty()) {
            String p = java.net.URI.create(config.siteUrl()).getPath();
            base = p == null || p.isEmpty() ? "/" : p.endsWith("/") ? p : p + "/";
        }
        Map<String, Object> model = new HashMap<>(vars);
        model.put("base_url", base);
        model.put("nav", NavView.of(nav, "404.html", Set.of(), base));
        model.put("toc", List.of());
        model.put("build", buildModel());
        model.put("page", Map.of("title", "Page not found", "url", "404.html", "content", "", "toc", List.of(),
                "meta", Map.of(), "description", ""));
        return layouts.render(layouts.exists("404.ftlh") ? "404.ftlh" : "page.ftlh", model);
    }
}
