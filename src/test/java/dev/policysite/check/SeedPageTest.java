package dev.policysite.check;

import dev.policysite.config.ConfigLoader;
import dev.policysite.config.SiteConfig;
import dev.policysite.diag.Diagnostics;
import dev.policysite.markdown.MarkdownEngine;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON blocks of the "Limiting AWS permissions" seed page (copied with their defects into
 * src/test/resources/check/seed-aws) and the whole cross-account policy it includes: every syntax defect is
 * found at the character to fix, and the valid blocks (fragments cut from a policy among them) pass.
 */
class SeedPageTest {

    @Test
    void everyDefectOfTheSeedBlocksIsFoundWhereItIs() throws URISyntaxException {
        Path root = Path.of(SeedPageTest.class.getResource("/check/seed-aws/policysite.yaml").toURI()).getParent();
        Diagnostics d = new Diagnostics();
        SiteConfig config = new ConfigLoader(d).load(root.resolve("policysite.yaml"));
        CheckReport r = new SiteChecker(config, List.of(), new MarkdownEngine(), CheckEngines.defaults()).run(d);
        assertThat(SiteFixture.brief(r, root)).containsExactly(
                "docs/setup/aws/restrictive.md:26:24 json.trailing-comma",            // backup statement: "Resource": "*",
                "docs/setup/aws/restrictive.md:45:43 json.trailing-comma",            // "ec2:RevokeSecurityGroupIngress",
                "docs/setup/aws/restrictive.md:68:10 json.fragment-trailing-comma",   // a statement followed by a comma
                "docs/setup/aws/restrictive.md:98:31 json.fragment-trailing-comma");  // instance profile actions, last with a comma
        assertThat(r.blocks()).isEqualTo(8);
        assertThat(r.pages()).isEqualTo(2);
    }
}
