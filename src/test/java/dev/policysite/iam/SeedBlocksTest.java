package dev.policysite.iam;

import dev.policysite.diag.Finding;
import dev.policysite.diag.Severity;
import dev.policysite.diag.SourcePos;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acceptance: the JSON blocks of the seed pages (copied into src/test/resources/seeds). Correct blocks
 * draw no findings; the known defects are found at their exact place in the original file.
 */
class SeedBlocksTest {
    private static final JsonBlockChecker CHECKER = JsonBlockChecker.withBundledCatalogs();

    /** One code block: its text and the file line its first line sits on. */
    record Block(int firstLine, String text) {
        BlockResult check() {
            return CHECKER.check(text);
        }

        /** Findings as {@code code@fileLine:col}. */
        List<String> found() {
            return check().problems().stream().map(p -> inFile(p, Path.of("seed"), 0))
                    .map(f -> f.code() + "@" + f.pos().line() + ":" + f.pos().col()).toList();
        }

        /** A finding of the block text placed in {@code file}, the block's lines indented by {@code indent}. */
        Finding inFile(Finding p, Path file, int indent) {
            return p.at(new SourcePos(file, firstLine + p.pos().line() - 1, p.pos().col() + indent));
        }
    }

    private static String resource(String name) {
        try (var in = SeedBlocksTest.class.getResourceAsStream("/seeds/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(String name) {
        return resource(name).lines().toList();
    }

    /** The ```json fences of a Markdown page, as the check command will hand them over. */
    private static List<Block> jsonFences(String name) {
        List<String> lines = lines(name);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).trim().startsWith("```json")) {
                int j = i + 1;
                StringBuilder text = new StringBuilder();
                while (!lines.get(j).trim().equals("```")) {
                    text.append(lines.get(j)).append('\n');
                    j++;
                }
                blocks.add(new Block(i + 2, text.toString()));
                i = j;
            }
        }
        return blocks;
    }

    /** Lines {@code from..to} (1-based, inclusive) of a rendered-text page, where the JSON shows as plain text. */
    private static Block lineRange(String name, int from, int to) {
        return new Block(from, String.join("\n", lines(name).subList(from - 1, to)) + "\n");
    }

    @Test
    void page000LimitingAwsPermissions() {
        List<Block> blocks = jsonFences("000_8b2817753bf80a23.txt");
        assertThat(blocks).extracting(Block::firstLine).containsExactly(14, 74, 202, 221, 230, 251, 268, 293, 304);
        // line 14 is the {!...aws_permissions.json!} include; the check command expands it first (see related/)
        assertThat(blocks.get(0).text().trim()).isEqualTo("{!setup_installation/aws/aws_permissions.json!}");

        assertThat(blocks.subList(1, 9)).extracting(b -> b.check().kind()).containsExactly(
                BlockKind.AWS_POLICY, BlockKind.AWS_STATEMENT, BlockKind.AWS_ACTIONS, BlockKind.AWS_STATEMENT,
                BlockKind.AWS_STATEMENTS, BlockKind.AWS_STATEMENT, BlockKind.AWS_ACTIONS, BlockKind.AWS_STATEMENTS);

        assertThat(blocks.get(1).found()).as("the limited cross-account policy").isEmpty();
        assertThat(blocks.get(2).found()).as("backup statement: \"Resource\": \"*\", before }")
                .containsExactly("json.trailing-comma@213:24");
        assertThat(blocks.get(3).found()).as("early-warning actions").isEmpty();
        assertThat(blocks.get(4).found()).as("open-ports statement: a comma before ]")
                .containsExactly("json.trailing-comma@235:43");
        assertThat(blocks.get(5).found()).as("terraform statement cut from a list, ending },")
                .containsExactly("json.fragment-trailing-comma@260:10");
        assertThat(blocks.get(6).found()).as("load balancer statement").isEmpty();
        assertThat(blocks.get(7).found()).as("instance-profile backup actions spelt S3:")
                .containsExactly("iam.action-case@293:7", "iam.action-case@294:7", "iam.action-case@295:7",
                        "iam.action-case@296:7", "iam.action-case@297:7", "json.fragment-trailing-comma@297:31");
        assertThat(blocks.get(8).found()).as("CloudWatch statements").isEmpty();
    }

    @Test
    void defectSeveritiesFollowTheLeadsDecision() {
        List<Block> blocks = jsonFences("000_8b2817753bf80a23.txt");
        assertThat(blocks.get(2).check().problems()).extracting(Finding::severity).containsExactly(Severity.ERROR);
        assertThat(blocks.get(5).check().problems()).extracting(Finding::severity).containsExactly(Severity.WARNING);
        BlockResult profile = blocks.get(7).check();
        assertThat(profile.problems()).extracting(Finding::severity).containsExactly(Severity.SUGGESTION,
                Severity.SUGGESTION, Severity.SUGGESTION, Severity.SUGGESTION, Severity.SUGGESTION, Severity.WARNING);
        assertThat(profile.problems().get(0).hint()).isEqualTo("write s3:PutLifecycleConfiguration");
        assertThat(profile.value().get(4).textValue()).isEqualTo("S3:DeleteObjectVersion");
    }

    @Test
    void page001OlderRenderedPolicyIsClean() {
        Block policy = lineRange("001_81e15d32cccd6bb0.txt", 33, 128);
        assertThat(policy.check().kind()).isEqualTo(BlockKind.AWS_POLICY);
        assertThat(policy.found()).isEmpty();
    }

    @Test
    void page002AzureActionListsWithCommasBeforeTheBracket() {
        String page = "002_4c3ccf7defb59193.txt";
        assertThat(lineRange(page, 37, 75).found()).isEmpty();
        assertThat(lineRange(page, 85, 90).found()).containsExactly("json.trailing-comma@89:52");
        assertThat(lineRange(page, 94, 126).found()).containsExactly("json.trailing-comma@125:45");
        assertThat(lineRange(page, 132, 137).found()).containsExactly("json.trailing-comma@136:49");
        assertThat(lineRange(page, 147, 150).found()).containsExactly("json.trailing-comma@149:67");
        assertThat(lineRange(page, 154, 156).found()).containsExactly("json.trailing-comma@155:45");
        assertThat(lineRange(page, 164, 167).found()).isEmpty();
        assertThat(lineRange(page, 173, 179).found()).isEmpty();
        assertThat(lineRange(page, 37, 75).check().kind()).isEqualTo(BlockKind.AZURE_ACTIONS);
    }

    @Test
    void pages003And004RoleChainingFlagTheFillerAccountIds() {
        List<Block> blocks = jsonFences("004_c6f3729ff2aa109e.txt");
        assertThat(blocks).extracting(b -> b.check().kind()).containsExactly(BlockKind.AWS_POLICY, BlockKind.AWS_TRUST_POLICY);
        // 123456789011 is a well-formed example id; xxxxxxxxxxxx is neither an id nor a marked placeholder
        assertThat(blocks.get(0).found()).containsExactly(
                "iam.arn-account-invalid@31:17", "iam.arn-account-invalid@32:17", "iam.arn-account-invalid@33:17");
        assertThat(blocks.get(1).found()).containsExactly("iam.arn-account-invalid@51:20");

        String rendered = "003_2e857818be528240.txt";
        assertThat(lineRange(rendered, 13, 28).found()).containsExactly(
                "iam.arn-account-invalid@22:1", "iam.arn-account-invalid@23:1", "iam.arn-account-invalid@24:1");
        assertThat(lineRange(rendered, 31, 42).found()).containsExactly("iam.arn-account-invalid@37:8");
    }

    @Test
    void relatedDefaultCrossAccountPolicyPassesAnyRole() {
        BlockResult r = CHECKER.check(resource("related/aws_cross_account_default.json"));
        assertThat(r.kind()).isEqualTo(BlockKind.AWS_POLICY);
        assertThat(Checked.found(r)).containsExactly("iam.passrole-star@25:21");
        assertThat(r.problems().get(0).severity()).isEqualTo(Severity.SECURITY_WARNING);
    }

    @Test
    void relatedInstanceProfilePolicySpellsS3InCapitals() {
        BlockResult r = CHECKER.check(resource("related/aws_instance_profile_default.json"));
        List<String> expected = new ArrayList<>();
        for (int line = 8; line <= 19; line++) {
            expected.add("iam.action-case@" + line + ":9");
        }
        assertThat(Checked.found(r)).containsExactlyElementsOf(expected);
    }

    @Test
    void relatedAzureRolesAreClean() {
        for (String name : List.of("related/azure_cross_account_default.json", "related/azure_managed_identity_role.json")) {
            BlockResult r = CHECKER.check(resource(name));
            assertThat(r.kind()).as(name).isEqualTo(BlockKind.AZURE_ROLE);
            assertThat(r.problems()).as(name).isEmpty();
        }
    }

    @Test
    void findingsConvertToFilePositions() {
        Block backup = jsonFences("000_8b2817753bf80a23.txt").get(2);
        Finding p = backup.check().problems().get(0);
        assertThat(p.toString()).isEqualTo("12:24: error: trailing comma before '}' [json.trailing-comma]");
        Finding f = backup.inFile(p, Path.of("docs/aws.md"), 4);
        assertThat(f.toString()).isEqualTo("docs/aws.md:213:28: error: trailing comma before '}' [json.trailing-comma]");
    }
}
