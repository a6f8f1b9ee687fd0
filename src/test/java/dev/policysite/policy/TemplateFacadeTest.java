package dev.policysite.policy;

import freemarker.template.Configuration;
import freemarker.template.Template;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The policies variable as Markdown pages ([=...] interpolation) and .ftlh layouts (${...}) use it. */
class TemplateFacadeTest {
    final PoliciesFacade policies = new PoliciesFacade(SeedBlocks.model());

    String render(String template, boolean squareBrackets) throws Exception {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        if (squareBrackets) {
            cfg.setInterpolationSyntax(Configuration.SQUARE_BRACKET_INTERPOLATION_SYNTAX);
        }
        Template t = new Template("page", new StringReader(template), cfg);
        StringWriter out = new StringWriter();
        t.process(Map.of("policies", policies), out);
        return out.toString();
    }

    @Test
    void markdownPagesUseSquareBracketsAndAwsVariablesPassThrough() throws Exception {
        String out = render("""
                ```json
                [=policies.get("aws-cross-account").without("backup").json]
                ```
                Resource: arn:aws:s3:::bucket/${aws:username}/*
                [=policies.get("aws-cross-account").fragment("early-warnings").json]
                <#list policies.get("aws-cross-account").features as f>[=f.id]:[=f.onByDefault?c] </#list>
                [=policies.get("aws-cross-account").placeholders[0].token] [=policies.get("azure-cross-account").actions.json?keep_before("\n")]
                [=policies.get("aws-cross-account").with("load-balancers").without("open-ports").variantFile]
                [=policies.get("aws-cross-account").set("VPC_ID", "vpc-0a1b2c3d4e5f67890").fragment("open-ports").json?contains("vpc/vpc-0a1b2c3d4e5f67890")?c]
                """, true);
        assertThat(out).contains(policies.get("aws-cross-account").without("backup").getJson());
        assertThat(out).contains("${aws:username}");
        assertThat(out).contains("[\n    \"ec2:DescribeVpcAttribute\",");
        assertThat(out).contains("backup:true early-warnings:true open-ports:true console-listing:true load-balancers:false");
        assertThat(out).contains("[VPC_ID] \"Actions\": [");
        assertThat(out).contains("with-load-balancers_without-open-ports.json");
        assertThat(out).contains("\ntrue\n");
    }

    @Test
    void layoutsUseDollarInterpolation() throws Exception {
        String out = render("${policies.get(\"azure-managed-identity\").title}|${policies.ids?size}|"
                + "${policies.get(\"azure-managed-identity\").without(\"upgrades\").enabled?join(\",\")}", false);
        assertThat(out).isEqualTo("Managed identity of the clusters|8|backup");
    }
}
