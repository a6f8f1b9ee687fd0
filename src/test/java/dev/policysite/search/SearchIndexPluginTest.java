package dev.policysite.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.policysite.content.FrontMatter;
import dev.policysite.content.SourcePage;
import dev.policysite.site.BuiltSite;
import dev.policysite.site.SiteOutput;
import dev.policysite.site.ProcessedPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SearchIndexPluginTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static BuiltSite.Page page(String url, String title, String html, Map<String, Object> meta) {
        SourcePage source = new SourcePage(Path.of("docs", url + "index.md"), url + "index.md", url, url + "index.html");
        ProcessedPage processed = new ProcessedPage(source, new FrontMatter(meta, "", 1), html, List.of(), title,
                Set.of(), null, null);
        return new BuiltSite.Page(url, title, html, processed);
    }

    private static BuiltSite site(BuiltSite.Page... pages) {
        return new BuiltSite(null, List.of(pages));
    }

    @Test
    void entriesHaveSectionsWithAnchorsAndNoPermalinkSymbols() {
        String html = "<h1 id=\"guide\">Guide<a class=\"headerlink\" href=\"#guide\">¶</a></h1>\n<p>Intro <em>text</em>.</p>\n"
                + "<h2 id=\"setup\">Set up<a class=\"headerlink\" href=\"#setup\">¶</a></h2><p>Create the role.</p>"
                + "<div class=\"ps-code\"><pre><code>aws iam create-role</code></pre></div>"
                + "<h3 id=\"check\">Check</h3><ul><li>one</li><li>two</li></ul>";
        List<SearchEntry> entries = new SearchIndexPlugin().entries(site(page("guide/", "Guide", html, Map.of())));
        assertThat(entries).hasSize(1);
        SearchEntry e = entries.get(0);
        assertThat(e.url()).isEqualTo("guide/");
        assertThat(e.title()).isEqualTo("Guide");
        assertThat(e.text()).isEqualTo("Intro text.");
        assertThat(e.sections()).containsExactly(
                new SearchEntry.Section("setup", "Set up", "Create the role. aws iam create-role"),
                new SearchEntry.Section("check", "Check", "one two"));
    }

    @Test
    void textIsCappedPerSectionAndPerPage() {
        StringBuilder html = new StringBuilder("<p>" + "intro words ".repeat(500) + "</p>");
        for (int i = 0; i < 40; i++) {
            html.append("<h2 id=\"s").append(i).append("\">Section ").append(i).append("</h2><p>")
                    .append("lorem ipsum ".repeat(300)).append("</p>");
        }
        SearchEntry e = new SearchIndexPlugin().entries(site(page("big/", "Big", html.toString(), Map.of()))).get(0);
        assertThat(e.text().length()).isLessThanOrEqualTo(PageTextExtractor.SECTION_TEXT_LIMIT + 1);
        assertThat(e.text()).endsWith("…");
        int total = e.text().length() + e.sections().stream().mapToInt(s -> s.text().length()).sum();
        assertThat(total).isLessThanOrEqualTo(PageTextExtractor.PAGE_TEXT_LIMIT + e.sections().size() + 1);
        // every heading stays findable even after the text budget is spent
        assertThat(e.sections()).hasSize(40);
        assertThat(e.sections().get(39).title()).isEqualTo("Section 39");
        assertThat(e.sections().get(39).text()).isEmpty();
    }

    @Test
    void scriptCannotBeClosedByPageText() throws Exception {
        String evil = "</script><script>alert(1)</script> & \u2028line";
        String script = SearchIndexWriter.script(List.of(new SearchEntry("a/", evil, evil,
                List.of(new SearchEntry.Section("x", evil, evil)))));
        assertThat(script).startsWith("window.__psSearchIndex = {").endsWith("};\n");
        assertThat(script).doesNotContain("<").doesNotContain(">").doesNotContain("&").doesNotContain("\u2028");
        JsonNode parsed = JSON.readTree(script.substring(script.indexOf('{'), script.lastIndexOf(';')));
        assertThat(parsed.at("/pages/0/t").asText()).isEqualTo(evil);
        assertThat(parsed.at("/pages/0/s/0/x").asText()).isEqualTo(evil);
    }

    @Test
    void excludedAndGeneratedPages() {
        BuiltSite s = site(page("hidden/", "Hidden", "<p>x</p>", Map.of("search", Map.of("exclude", true))),
                page("shown/", "Shown", "<p>y</p>", Map.of("search", Map.of("exclude", false))),
                new BuiltSite.Page("policies/p/", "Policy builder", "", null));
        assertThat(new SearchIndexPlugin().entries(s)).extracting(SearchEntry::url).containsExactly("shown/", "policies/p/");
    }

    @Test
    void writesTheScriptAndTellsTemplatesWhereItIs() throws Exception {
        SearchIndexPlugin plugin = new SearchIndexPlugin();
        Map<String, byte[]> written = new java.util.HashMap<>();
        plugin.writeOutputs(site(page("", "Home", "<p>Welcome</p>", Map.of())), new SiteOutput() {
            @Override
            public void write(String relPath, byte[] content) {
                written.put(relPath, content);
            }

            @Override
            public void copy(Path source, String relPath) {
                throw new AssertionError("the search index copies nothing");
            }
        });
        assertThat(written).containsOnlyKeys("search/search_index.js");
        String script = new String(written.get("search/search_index.js"), java.nio.charset.StandardCharsets.UTF_8);
        JsonNode parsed = JSON.readTree(script.substring(script.indexOf('{'), script.lastIndexOf(';')));
        assertThat(parsed.at("/pages/0/u").asText()).isEmpty();
        assertThat(parsed.at("/pages/0/x").asText()).isEqualTo("Welcome");
        assertThat(plugin.templateVariables()).isEqualTo(Map.of("search", Map.of("index", "search/search_index.js")));
    }
}
