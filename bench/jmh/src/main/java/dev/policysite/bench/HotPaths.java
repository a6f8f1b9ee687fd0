package dev.policysite.bench;

import dev.policysite.content.FrontMatter;
import dev.policysite.diag.Diagnostics;
import dev.policysite.include.Expanded;
import dev.policysite.include.IncludeExpander;
import dev.policysite.markdown.MarkdownEngine;
import dev.policysite.markdown.headings.HeadingPass;
import dev.policysite.policy.Policy;
import dev.policysite.policy.PolicyModel;
import dev.policysite.render.LayoutRenderer;
import org.commonmark.node.Node;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One benchmark per stage of a page's way through the build, on a page of the benchmark corpus
 * (bench/gen_pages.py) and on the bundled policy model. Run from the repository root via bench/jmh.sh.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HotPaths {
    private Path page;
    private String raw;
    private String body;
    private Node document;
    private MarkdownEngine markdown;
    private IncludeExpander includes;
    private LayoutRenderer layouts;
    private Map<String, Object> layoutModel;
    private Policy policy;

    @Setup
    public void setUp() throws Exception {
        page = Path.of(System.getProperty("bench.page", "target/jmh-corpus/posts/page-00001.md")).toAbsolutePath();
        raw = Files.readString(page);
        body = FrontMatter.split(page, raw).body();
        markdown = new MarkdownEngine();
        document = parseWithIds();
        includes = new IncludeExpander(page.getParent(), List.of(page.getParent()), List.of(), new Diagnostics());
        layouts = new LayoutRenderer(Path.of("templates").toAbsolutePath());
        layoutModel = layoutModel();
        policy = PolicyModel.load(Path.of("content/policies")).get("aws-cross-account");
    }

    private Node parseWithIds() {
        Node doc = markdown.parse(body);
        new HeadingPass("¶").run(doc);
        return doc;
    }

    private Map<String, Object> layoutModel() {
        Map<String, Object> site = new HashMap<>();
        site.put("name", "Bench");
        site.put("description", "");
        site.put("url", "");
        site.put("copyright", "");
        site.put("repoUrl", "");
        site.put("extra", Map.of());
        site.put("extraCss", List.of());
        site.put("extraJs", List.of());
        site.put("language", "en");
        Map<String, Object> p = new HashMap<>();
        p.put("title", "Page 1");
        p.put("url", "posts/page-00001/");
        p.put("content", markdown.render(document));
        p.put("toc", List.of());
        p.put("meta", Map.of());
        p.put("description", "");
        Map<String, Object> m = new HashMap<>();
        m.put("site", site);
        m.put("page", p);
        m.put("nav", List.of());
        m.put("toc", List.of());
        m.put("base_url", "../../");
        m.put("build", Map.of("version", "bench"));
        m.put("search", Map.of("index", "search/search_index.js"));
        return m;
    }

    @Benchmark
    public Object frontMatter() {
        return FrontMatter.split(page, raw);
    }

    @Benchmark
    public Expanded includeExpansion() {
        return includes.expand(page, body, 1);
    }

    @Benchmark
    public Node markdownParseAndIds() {
        return parseWithIds();
    }

    @Benchmark
    public String markdownRender() {
        return markdown.render(document);
    }

    @Benchmark
    public String layoutRender() {
        return layouts.render("page.ftlh", layoutModel);
    }

    @Benchmark
    public int allVariantsOfAPolicy() {
        int size = 0;
        for (var selection : policy.allSelections()) {
            size += policy.variant(selection).getJson().length();
        }
        return size;
    }
}
