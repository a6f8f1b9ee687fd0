package dev.policysite.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import freemarker.template.Configuration;
import freemarker.template.Template;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The builder page rendered with the real template and the base layout, as the site renders it. */
class BuilderPageTest {
    static final JsonMapper JSON = new JsonMapper();

    /** Renders templates/policy-builder.ftlh with a minimal site data model; the lead renders it in production. */
    static String renderBuilderPage(Policy policy) throws Exception {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setDirectoryForTemplateLoading(new File("templates"));
        cfg.setDefaultEncoding("UTF-8");
        cfg.setRecognizeStandardFileExtensions(true);
        Map<String, Object> data = new HashMap<>();
        data.put("site", Map.of("name", "Test site", "language", "en", "extraCss", List.of(), "extraJs", List.of(), "copyright", ""));
        data.put("nav", List.of());
        data.put("toc", List.of());
        data.put("base_url", "../../");
        data.put("build", Map.of("version", "test"));
        data.put("policy", new PolicyFacade(policy));
        data.put("builder", new BuilderData(policy));
        Template t = cfg.getTemplate("policy-builder.ftlh");
        StringWriter out = new StringWriter();
        t.process(data, out);
        return out.toString();
    }

    @Test
    void pageHasLabelledControlsLiveErrorsAndTheEmbeddedData() throws Exception {
        Policy policy = SeedBlocks.model().get("aws-cross-account");
        Document page = Jsoup.parse(renderBuilderPage(policy));

        assertThat(page.title()).isEqualTo("Cross-account role limited to one VPC - Test site");
        Element features = page.selectFirst("fieldset.ps-builder-features");
        assertThat(features.selectFirst("legend").text()).isEqualTo("Features you use");
        assertThat(features.select("input[type=checkbox]")).hasSize(5);
        for (Element box : features.select("input[type=checkbox]")) {
            assertThat(page.select("label[for=" + box.id() + "]")).hasSize(1);
            assertThat(box.hasAttr("checked")).isEqualTo(policy.feature(box.val()).isOnByDefault());
        }
        for (Element input : page.select("fieldset.ps-builder-values input[type=text]")) {
            assertThat(page.select("label[for=" + input.id() + "]")).hasSize(1);
            Element error = page.getElementById(input.id() + "-error");
            assertThat(error.attr("aria-live")).isEqualTo("polite");
            assertThat(input.attr("aria-describedby")).contains(error.id());
        }
        assertThat(page.select("[aria-live]").size()).isGreaterThanOrEqualTo(3);

        JsonNode shown = JSON.readTree(page.selectFirst("code[data-role=output]").wholeText());
        assertThat(shown).isEqualTo(policy.whole().node());

        Element data = page.getElementById("policy-builder-data");
        assertThat(data.attr("type")).isEqualTo("application/json");
        JsonNode embedded = JSON.readTree(data.data());
        assertThat(embedded).isEqualTo(new BuilderData(policy).data());
        assertThat(embedded.get("variants")).hasSize(32);
        assertThat(embedded.get("variants").get("backup+early-warnings+open-ports+console-listing").get("policy"))
                .isEqualTo(policy.whole().node());
        assertThat(page.select("script[src]").eachAttr("src")).contains("../../assets/policysite/builder.js");
        assertThat(page.select("noscript").html()).contains("without-backup.json");
    }

    @Test
    void embeddedDataCannotCloseItsScriptElement() {
        Policy policy = SeedBlocks.model().get("azure-managed-identity");
        String json = new BuilderData(policy).getDataJson();
        assertThat(json).doesNotContain("<").doesNotContain(">").doesNotContain("&");
        assertThat(new BuilderData(policy).data().toString()).contains("\"regex\":\"[\\\\[\\\\]{}]\"");
    }
}
