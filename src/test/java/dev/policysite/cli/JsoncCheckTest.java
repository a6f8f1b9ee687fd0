package dev.policysite.cli;

import dev.policysite.check.SiteFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code policysite check} on {@code ```jsonc} blocks: comments are fine, every other slip is reported. */
class JsoncCheckTest {
    @TempDir
    Path dir;

    /** Line 4 is the block's first line. */
    private Path site(String fence, String block) {
        return new SiteFixture(dir).page("index.md", "# Home\n\n```" + fence + "\n" + block + "```\n").configFile();
    }

    private static final String TWO_SLIPS = """
            {
              // the role to assume
              "Effect": "Allow",
              /* every read */
              "Action": ["s3:GetObject",]
              "Resource": "*"
            }
            """;

    @Test
    void everySlipOfAJsoncBlockIsReportedAtItsCharacterAndTheCommentsAreFine() {
        Cli run = Cli.run("check", "--config", site("jsonc", TWO_SLIPS).toString());
        assertThat(run.exit).isEqualTo(1);
        assertThat(run.out).contains("docs/index.md\n",
                "\n  8:28  error: trailing comma before ']' [json.trailing-comma]\n        hint: remove the comma after the last element\n",
                "\n  9:3   error: missing ',' between members [json.syntax]\n        hint: add a comma after the previous value\n",
                "\n2 errors, 0 warnings");
        assertThat(run.out).doesNotContain("json.comment");
    }

    @Test
    void theSameBlockLabelledJsonAlsoHasItsCommentsReported() {
        Cli run = Cli.run("check", "--config", site("json", TWO_SLIPS).toString());
        assertThat(run.exit).isEqualTo(1);
        assertThat(run.out).contains("\n  5:3   error: JSON does not allow comments [json.comment]\n",
                "\n  7:3   error: JSON does not allow comments [json.comment]\n", "\n  8:28  error:", "\n  9:3   error:",
                "\n4 errors");
    }

    @Test
    void aHashCommentIsNotJsoncAndIsReported() {
        Cli run = Cli.run("check", "--config", site("jsonc", "{\n  # not a JSONC comment\n  \"a\": 1\n}\n").toString());
        assertThat(run.exit).isEqualTo(1);
        assertThat(run.out).contains("\n  5:3  error: JSONC allows // and /* */ comments, not # [json.comment]\n"
                + "       hint: write the comment as // ...\n", "\n1 error,");
    }
}
