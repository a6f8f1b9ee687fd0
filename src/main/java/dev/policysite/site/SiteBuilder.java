package dev.policysite.site;

import dev.policysite.Version;
import dev.policysite.config.SiteConfig;
import dev.policysite.content.ContentScanner;
import dev.policysite.content.SourcePage;
import dev.policysite.content.UrlPaths;
import dev.policysite.diag.BuildFailure;
import dev.policysite.diag.Diagnostics;
import dev.policysite.diag.SourcePos;
import dev.policysite.diag.Timings;
import dev.policysite.diag.UserError;
import dev.policysite.include.IncludeExpander;
import dev.policysite.include.IncludeScheme;
import dev.policysite.markdown.MarkdownEngine;
import dev.policysite.render.LayoutRenderer;
import dev.policysite.render.PageTemplater;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
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
    private Timings timings = new Timings();
    /** What the last successful build resolved, kept so the dev server can rebuild single pages. */
    private Resolved last;
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

    /** Wall time per phase of the last build. */
    public Timings timings() {
        return timings;
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

    /** Builds the site into {@code outDir}, replacing it only if the whole build succeeds. */
    public BuildResult build(Path outDir) {
        refuseOverlap(outDir.toAbsolutePath().normalize());
        return build(outDir, () -> new StagingDir(outDir));
    }

    /**
     * Builds the site into {@code out} and nowhere else (check's in-memory view of the site): the site folder
     * is not touched. {@code out} is committed when the build succeeds, and closed either way.
     */
    public BuildResult buildInto(SiteOutput out) {
        return build(null, () -> out);
    }

    private BuildResult build(Path outDir, java.util.function.Supplier<SiteOutput> output) {
        long start = System.nanoTime();
        timings = new Timings();
        // load
        List<Path> skip = new ArrayList<>();
        if (config.policiesDir() != null) {
            skip.add(config.policiesDir());
        }
        if (outDir != null) {
            skip.add(outDir.toAbsolutePath().normalize());
        }
        ContentScanner.Scan scan = new ContentScanner(config.docsDir(), skip, config.excludeDocs()).scan();
        // the config may live inside the docs folder (content/policysite.yaml): it is not an asset
        scan.assets().remove(config.configFile());
        Map<String, SourcePage> pages = new LinkedHashMap<>();
        for (Path p : scan.pages()) {
            SourcePage sp = SourcePage.of(config.docsDir(), p, config.useDirectoryUrls());
            pages.put(sp.relPath(), sp);
        }
        dropUrlConflicts(pages);
        Set<String> assets = scan.assets().stream()
                .map(a -> config.docsDir().relativize(a).toString().replace('\\', '/'))
                .collect(Collectors.toCollection(HashSet::new));

        timings.lap("scan");
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
                config.permalinkSymbol(), diagnostics).retainDocuments(retainDocuments)
                .onDocument((page, doc) -> plugins.forEach(plugin -> plugin.pageProcessed(page, doc)));
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
        timings.lap("pages");
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
        NavTree navTree = new NavTree(nav);
        collectNavTitles(nav, navTitles);
        List<String> order = NavBuilder.pageOrder(nav);
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            position.put(order.get(i), i);
        }

        timings.lap("nav");
        // render + write
        try (SiteOutput out = output.get()) {
            List<BuiltSite.Page> built = Collections.synchronizedList(new ArrayList<>());
            Map<String, String> titleByUrl = new HashMap<>();
            for (ProcessedPage pp : processed.values()) {
                titleByUrl.put(pp.source().url(), title(pp, navTitles));
            }
            List<UserError> errors = Collections.synchronizedList(new ArrayList<>());
            processed.values().parallelStream().forEach(pp -> {
                try {
                    String title = titleByUrl.get(pp.source().url());
                    Map<String, Object> model = pageModel(vars, navTree, pp, title, order, position, titleByUrl);
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
            throwAll(errors);
            timings.lap("layouts");
            List<SitePlugin.GeneratedPage> generatedPages = new ArrayList<>();
            plugins.forEach(plugin -> generatedPages.addAll(plugin.pages()));
            // one policy builder per policy: rendered in parallel like the Markdown pages
            generatedPages.parallelStream().forEach(gp -> {
                Map<String, Object> model = new HashMap<>(vars);
                model.putAll(gp.variables());
                String baseUrl = UrlPaths.toRoot(gp.url());
                model.put("base_url", baseUrl);
                model.put("nav", NavView.of(navTree.roots(), gp.url(), navTree.activePath(gp.url()), baseUrl));
                model.put("toc", List.of());
                model.put("build", buildModel());
                model.put("page", Map.of("title", gp.title(), "url", gp.url(), "content", "", "toc", List.of(),
                        "meta", Map.of(), "description", ""));
                out.write(gp.url() + "index.html", layouts.render(gp.template(), model));
                built.add(new BuiltSite.Page(gp.url(), gp.title(), "", null));
            });
            int generated = generatedPages.size();
            for (Path asset : scan.assets()) {
                out.copy(asset, config.docsDir().relativize(asset).toString().replace('\\', '/'));
            }
            for (Map.Entry<String, Path> e : ThemeAssets.collect(config.themeDir()).entrySet()) {
                out.copy(e.getValue(), "assets/" + e.getKey());
            }
            List<String> urls = new ArrayList<>(order);
            processed.values().stream().map(pp -> pp.source().url()).filter(u -> !position.containsKey(u)).sorted().forEach(urls::add);
            timings.lap("generated pages and assets");
            out.write("sitemap.xml", Sitemap.xml(config.siteUrl(), urls));
            out.write("404.html", notFoundPage(vars, nav));
            List<BuiltSite.Page> sortedBuilt = new ArrayList<>(built);
            sortedBuilt.sort((a, b) -> a.url().compareTo(b.url()));
            BuiltSite site = new BuiltSite(config, sortedBuilt);
            for (SitePlugin plugin : plugins) {
                plugin.writeOutputs(site, out);
                timings.lap("plugin " + plugin.getClass().getSimpleName());
            }
            if (strict && diagnostics.count() > 0) {
                int n = diagnostics.count();
                throw new UserError(null, "--strict: " + n + " warning" + (n == 1 ? "" : "s") + "; the previous site was kept",
                        "fix the warnings above, or build without --strict");
            }
            out.commit();
            timings.lap("swap");
            last = outDir == null ? null : new Resolved(outDir.toAbsolutePath().normalize(), pages, assets, includes, processor, processed, vars,
                    navTree, order, position, titleByUrl, site);
            long ms = (System.nanoTime() - start) / 1_000_000;
            return new BuildResult(outDir, processed.size() + generated, generated, diagnostics.sorted(), ms, site);
        } catch (UncheckedIOException e) {
            throw new UserError(dev.policysite.diag.SourcePos.fileOnly(outDir == null ? config.configFile() : outDir), "cannot write the site: " + e.getCause().getMessage(),
                    "check free disk space and permissions of the output folder");
        }
    }

    /**
     * Rebuilds only the pages a change affects, into the folder the last {@link #build} wrote, when that is
     * enough: edited pages, and pages including an edited file. Returns false, writing nothing, when the
     * change needs a full build: a page or file added or removed, an asset, a template, the model, or an
     * edit that changes a page title (the nav and the pager of other pages show it). Throws the page's
     * {@link UserError} (and writes nothing) when the edit is broken. Plugins then refresh what depends on
     * page content ({@link SitePlugin#pagesRebuilt}: the search index).
     */
    public boolean rebuildPages(Set<Path> changed) {
        Resolved r = last;
        if (r == null) {
            return false;
        }
        Set<String> targets = new java.util.LinkedHashSet<>();
        for (Path p : changed) {
            Path abs = p.toAbsolutePath().normalize();
            String rel = abs.startsWith(config.docsDir()) ? config.docsDir().relativize(abs).toString().replace('\\', '/') : null;
            if (!Files.isRegularFile(abs)) {
                // gone: a page, an include or an asset changes the site; an editor's temporary file does not
                boolean mattered = (rel != null && (r.pages.containsKey(rel) || r.assets.contains(rel)))
                        || r.processed.values().stream().anyMatch(pp -> pp.dependencies().contains(abs));
                if (mattered || Files.isDirectory(abs)) {
                    return false;
                }
                continue;
            }
            r.includes.forget(abs);
            boolean used = false;
            for (ProcessedPage pp : r.processed.values()) {
                if (pp.dependencies().contains(abs)) {
                    targets.add(pp.source().relPath());
                    used = true;
                }
            }
            if (rel != null && r.pages.containsKey(rel)) {
                targets.add(rel);
            } else if (!used) {
                return false;
            }
        }
        Map<String, ProcessedPage> redone = new LinkedHashMap<>();
        for (String rel : targets) {
            ProcessedPage before = r.processed.get(rel);
            ProcessedPage after = r.processor.process(r.pages.get(rel));
            if (!titleWithoutNav(after).equals(titleWithoutNav(before))) {
                return false;
            }
            redone.put(rel, after);
        }
        Map<String, String> html = new LinkedHashMap<>();
        for (ProcessedPage pp : redone.values()) {
            String url = pp.source().url();
            Map<String, Object> model = pageModel(r.vars, r.navTree, pp, r.titleByUrl.get(url), r.order, r.position, r.titleByUrl);
            html.put(pp.source().outPath(), layouts.render(templateName(pp), model));
        }
        for (Map.Entry<String, String> e : html.entrySet()) {
            writeInPlace(r.outDir.resolve(e.getKey()), e.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        r.processed.putAll(redone);
        List<BuiltSite.Page> now = new ArrayList<>();
        for (BuiltSite.Page p : r.site.pages()) {
            ProcessedPage pp = p.processed() == null ? null : redone.get(p.processed().source().relPath());
            now.add(pp == null ? p : new BuiltSite.Page(p.url(), p.title(), pp.html(), pp));
        }
        BuiltSite site = new BuiltSite(config, now);
        SiteOutput live = new SiteOutput() {
            @Override
            public void write(String relPath, byte[] content) {
                writeInPlace(r.outDir.resolve(relPath), content);
            }

            @Override
            public void copy(Path source, String relPath) {
                throw new UnsupportedOperationException("a page rebuild copies no assets");
            }
        };
        plugins.forEach(plugin -> plugin.pagesRebuilt(site, live));
        last = new Resolved(r.outDir, r.pages, r.assets, r.includes, r.processor, r.processed, r.vars, r.navTree, r.order,
                r.position, r.titleByUrl, site);
        return true;
    }

    /** Replaces one file of a live site so a reader sees either the old or the new page, never half of one. */
    private static void writeInPlace(Path file, byte[] content) {
        try {
            Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp-" + System.nanoTime());
            Files.write(tmp, content);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new UserError(dev.policysite.diag.SourcePos.fileOnly(file), "cannot write: " + e.getMessage(),
                    "check the output folder is writable");
        }
    }

    private record Resolved(Path outDir, Map<String, SourcePage> pages, Set<String> assets, IncludeExpander includes,
                            PageProcessor processor,
                            Map<String, ProcessedPage> processed, Map<String, Object> vars, NavTree navTree,
                            List<String> order, Map<String, Integer> position, Map<String, String> titleByUrl,
                            BuiltSite site) {
    }

    /**
     * Two sources published at one URL (README.md beside index.md, a.md beside a/index.md) would overwrite each
     * other in whatever order threads finish. As MkDocs ends up doing, the later one in its walk order wins
     * (index.md over README.md); the other is left out with a warning.
     */
    private void dropUrlConflicts(Map<String, SourcePage> pages) {
        List<SourcePage> ordered = new ArrayList<>(pages.values());
        ordered.sort((a, b) -> NavBuilder.compareLikeMkDocs(a.relPath(), b.relPath()));
        Map<String, SourcePage> byOut = new HashMap<>();
        for (SourcePage sp : ordered) {
            SourcePage earlier = byOut.put(sp.outPath(), sp);
            if (earlier != null) {
                pages.remove(earlier.relPath());
                diagnostics.warn("content.url-conflict", SourcePos.fileOnly(earlier.file()),
                        "left out: " + sp.relPath() + " is published at the same URL (" + sp.outPath() + ")",
                        "rename or remove one of the two");
            }
        }
    }

    /** The output folder is replaced whole on success: it must never hold (or sit inside) the sources. */
    private void refuseOverlap(Path out) {
        Path docs = config.docsDir();
        List<Path> outs = List.of(out, realPath(out));
        List<Path> sources = List.of(docs, realPath(docs), config.configFile(), realPath(config.configFile()));
        boolean overlap = outs.stream().anyMatch(o -> o.startsWith(docs) || o.startsWith(realPath(docs))
                || sources.stream().anyMatch(src -> src.startsWith(o)));
        if (overlap) {
            throw new UserError(dev.policysite.diag.SourcePos.fileOnly(out),
                    "the output folder overlaps the sources (docs folder " + docs + ")",
                    "build into a folder of its own, e.g. --out site (it is replaced on every build)");
        }
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (java.io.IOException e) {
            return p;
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
        throwAll(errors);
    }

    /**
     * One line per place, in file order: a broken partial or layout is reached from many pages (and a partial
     * in the docs folder is a page itself), but it is one problem to fix.
     */
    private static void throwAll(List<UserError> errors) {
        if (errors.isEmpty()) {
            return;
        }
        List<UserError> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparing(UserError::pos, Comparator.nullsLast(Comparator.<SourcePos>naturalOrder()))
                .thenComparing(UserError::getMessage));
        List<UserError> distinct = new ArrayList<>();
        for (UserError e : sorted) {
            UserError last = distinct.isEmpty() ? null : distinct.get(distinct.size() - 1);
            boolean samePlace = last != null && (e.pos() != null ? e.pos().equals(last.pos())
                    : last.pos() == null && e.getMessage().equals(last.getMessage()));
            if (!samePlace) {
                distinct.add(e);
            }
        }
        throw distinct.size() == 1 ? distinct.get(0)
                : new BuildFailure(distinct.subList(0, Math.min(distinct.size(), MAX_REPORTED_ERRORS)));
    }

    private String templateName(ProcessedPage pp) {
        String t = pp.frontMatter().string("template");
        if (t == null || t.isBlank()) {
            return "page.ftlh";
        }
        String name = t.endsWith(".ftlh") || t.endsWith(".ftl") ? t : t.replaceAll("\\.html$", "") + ".ftlh";
        if (!layouts.exists(name)) {
            throw new UserError(SourcePos.of(pp.source().file(), pp.frontMatter().line("template")),
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
        // MkDocs titles from the file's stem (File.name), README counting as index: an untitled guide/index.md is "Index"
        return NavBuilder.folderTitle(name.equals("README") ? "index" : name);
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

    private Map<String, Object> pageModel(Map<String, Object> vars, NavTree navTree, ProcessedPage pp, String title,
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
        model.put("nav", NavView.of(navTree.roots(), url, navTree.activePath(url), baseUrl));
        model.put("build", buildModel());
        return model;
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
