package dev.policysite.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.policysite.check.CheckReport;
import dev.policysite.check.LooseSite;
import dev.policysite.check.SiteChecker;
import dev.policysite.diag.Diagnostics;
import dev.policysite.diag.Finding;
import dev.policysite.diag.Severity;
import dev.policysite.markdown.MarkdownEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4's acceptance test: the seed pages as they are (src/test/resources/check-seeds, see its README),
 * checked with the bundled policy model, give exactly the defects a careful reviewer finds, and nothing else.
 */
class SeedCorpusCheckTest {
    private static final Path DOCS = Path.of("src/test/resources/check-seeds/docs");
    private static final Path MODEL = Path.of("content/policies");
    private static CheckReport report;

    private static final String AWS = "setup_installation/aws/restrictive_permissions.md";
    private static final String DEFAULT_POLICY = "setup_installation/aws/aws_permissions.json";
    private static final String ROLE_CHAINING = "admin/roleChaining.md";
    private static final String OLD_AWS = "rendered/001-limiting-aws-permissions.md";
    private static final String AZURE = "rendered/002-limiting-azure-permissions.md";
    private static final String OLD_ROLE_CHAINING = "rendered/003-aws-iam-role-chaining.md";

    /** Every finding, in report order: file (under docs/), line, column, severity, code, and what it is. */
    private static final List<String> EXPECTED = List.of(
            // 004: three example role ARNs with the filler account xxxxxxxxxxxx beside the example id 123456789011
            ROLE_CHAINING + ":31:17 warning iam.arn-account-invalid",
            ROLE_CHAINING + ":31:31 warning policy.placeholder-spelling",
            ROLE_CHAINING + ":32:17 warning iam.arn-account-invalid",
            ROLE_CHAINING + ":33:17 warning iam.arn-account-invalid",
            ROLE_CHAINING + ":51:20 warning iam.arn-account-invalid",             // the trust policy's principal
            // 001: the older policy has ec2:CreateSecurityGroup and ec2:DeleteSecurityGroup, which the model does not
            OLD_AWS + ":30:1 error policy.drift",
            // 002: every list but step 3 ends with a comma; the "without backup" list also lacks disks/read
            AZURE + ":88:52 error json.trailing-comma",                           // backup
            AZURE + ":95:1 error policy.drift",                                   // without backup
            AZURE + ":126:45 error json.trailing-comma",                          // without backup
            AZURE + ":139:49 error json.trailing-comma",                          // public IP addresses
            AZURE + ":155:67 error json.trailing-comma",                          // open ports
            AZURE + ":163:45 error json.trailing-comma",                          // storage account drop-down
            // 003: as 004, in the rendered text's unindented JSON
            OLD_ROLE_CHAINING + ":31:1 warning iam.arn-account-invalid",
            OLD_ROLE_CHAINING + ":31:15 warning policy.placeholder-spelling",
            OLD_ROLE_CHAINING + ":32:1 warning iam.arn-account-invalid",
            OLD_ROLE_CHAINING + ":33:1 warning iam.arn-account-invalid",
            OLD_ROLE_CHAINING + ":51:8 warning iam.arn-account-invalid",
            // 000's include: the broad default policy passes any role
            DEFAULT_POLICY + ":25:21 security-warning iam.passrole-star",
            // 000
            AWS + ":213:24 error json.trailing-comma",                            // backup: "Resource": "*",
            AWS + ":235:43 error json.trailing-comma",                            // open ports: "ec2:RevokeSecurityGroupIngress",
            AWS + ":260:10 warning json.fragment-trailing-comma",                 // Terraform listing statement: },
            AWS + ":293:7 suggestion iam.action-case",                            // instance profile backup: S3: for s3:
            AWS + ":294:7 suggestion iam.action-case",
            AWS + ":295:7 suggestion iam.action-case",
            AWS + ":296:7 suggestion iam.action-case",
            AWS + ":297:7 suggestion iam.action-case",
            AWS + ":297:31 warning json.fragment-trailing-comma");                // ... "S3:DeleteObjectVersion",

    @TempDir
    Path dir;


    @BeforeAll
    static void check() {
        Diagnostics d = new Diagnostics();
        LooseSite site = LooseSite.of(List.of(DOCS), MODEL.toAbsolutePath());
        CheckPlugins.Setup setup = CheckPlugins.forSite(site.config(), d);
        report = new SiteChecker(site.config(), setup.plugins(), new MarkdownEngine(), setup.engines())
                .select(site.selection()).themeLinks(false).run(d);
    }



    private static String brief(Finding f) {
        Path docs = DOCS.toAbsolutePath();
        return docs.relativize(f.pos().file().toAbsolutePath()) + ":" + f.pos().line() + ":" + f.pos().col() + " "
                + f.severity().label() + " " + f.code();
    }

    @Test
    void theSeedsGiveExactlyTheDefectsAReviewerFinds() {
        assertThat(report.findings()).extracting(SeedCorpusCheckTest::brief).containsExactlyElementsOf(EXPECTED);
        assertThat(report.pages()).isEqualTo(10);
        assertThat(report.blocks()).isEqualTo(22);
        assertThat(report.errors()).isEqualTo(9);
        assertThat(report.count(Severity.SECURITY_WARNING)).isEqualTo(1);
    }

    @Test
    void theDriftFindingsNameTheNearestViewAndTheExactDifference() {
        assertThat(message(OLD_AWS, "policy.drift")).isEqualTo("block is not a view of the policy model; nearest is aws-cross-account "
                + "without backup: block has ec2:CreateSecurityGroup (in NonResourceBasedPermissions), ec2:DeleteSecurityGroup "
                + "(in EC2VpcNonResourceSpecificActions) which aws-cross-account without backup does not");
        assertThat(message(AZURE, "policy.drift")).isEqualTo("block is not a view of the policy model; nearest is the Actions of "
                + "azure-cross-account without backup: block lacks Microsoft.Compute/disks/read");
        assertThat(message(ROLE_CHAINING, "policy.placeholder-spelling"))
                .isEqualTo("placeholder ROLE_ACCOUNT_ID is written in different ways on this page: 123456789011, xxxxxxxxxxxx");
    }

    private static String message(String file, String code) {
        return report.findings().stream().filter(f -> f.code().equals(code) && f.pos().file().endsWith(file))
                .findFirst().orElseThrow().message();
    }

    @Test
    void theCommandExitsOneAndEveryFormatRendersTheWholeReport() throws Exception {
        String docs = DOCS.toString();
        Path text = dir.resolve("report.txt");
        Cli run = Cli.run("check", "--model", MODEL.toString(), "-o", text.toString(), docs);
        assertThat(run.exit).isEqualTo(1);
        String t = Files.readString(text);
        assertThat(t).endsWith("9 errors, 13 warnings, 5 suggestions in 6 files (checked 10 pages, 22 code blocks, "
                + report.links() + " links)\n");
        for (Finding f : report.findings()) {
            assertThat(t).contains(f.pos().line() + ":" + f.pos().col()).contains(f.message() + " [" + f.code() + "]");
        }

        run = Cli.run("check", "--model", MODEL.toString(), "--format", "github", docs);
        assertThat(run.exit).isEqualTo(1);
        List<String> annotations = run.out.lines().filter(l -> l.startsWith("::")).toList();
        assertThat(annotations).hasSize(EXPECTED.size());
        assertThat(annotations.stream().filter(l -> l.startsWith("::error "))).hasSize(9);
        assertThat(annotations.stream().filter(l -> l.startsWith("::notice "))).hasSize(5);
        assertThat(annotations).anySatisfy(l -> assertThat(l).startsWith("::error file=" + docs + "/" + AZURE
                + ",line=95,col=1,title=policy.drift::block is not a view of the policy model"));

        Path sarif = dir.resolve("check.sarif");
        run = Cli.run("check", "--model", MODEL.toString(), "--format", "sarif", "-o", sarif.toString(), docs);
        assertThat(run.exit).isEqualTo(1);
        JsonNode results = new ObjectMapper().readTree(sarif.toFile()).at("/runs/0/results");
        assertThat(results).hasSize(EXPECTED.size());
        assertThat(results.findValuesAsText("ruleId")).containsExactlyElementsOf(
                report.findings().stream().map(Finding::code).toList());

        Path junit = dir.resolve("junit.xml");
        run = Cli.run("check", "--model", MODEL.toString(), "--format", "junit", "-o", junit.toString(), docs);
        assertThat(run.exit).isEqualTo(1);
        var xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile()).getDocumentElement();
        assertThat(xml.getAttribute("failures")).isEqualTo("3"); // the blocks of 000, 001 and 002 fail
        assertThat(xml.getTextContent()).contains("policy.drift", "iam.passrole-star", "policy.placeholder-spelling", "iam.action-case");
        assertThat(run.err).contains("9 errors, 13 warnings, 5 suggestions in 6 files");
    }

    @Test
    void withoutAModelOrWithAnEmptyOneTheCorpusHasNoPolicyFindings() {
        List<String> withoutPolicyFindings = EXPECTED.stream().filter(e -> !e.contains(" policy.")).toList();
        for (Path model : java.util.Arrays.asList(null, dir)) {
            Diagnostics d = new Diagnostics();
            LooseSite site = LooseSite.of(List.of(DOCS), model);
            CheckPlugins.Setup setup = CheckPlugins.forSite(site.config(), d);
            CheckReport r = new SiteChecker(site.config(), setup.plugins(), new MarkdownEngine(), setup.engines())
                    .select(site.selection()).themeLinks(false).run(d);
            assertThat(r.findings()).extracting(SeedCorpusCheckTest::brief).containsExactlyElementsOf(withoutPolicyFindings);
        }
    }
}
