package dev.policysite.markdown.highlight;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ShellTokenizerTest {
    private final Tokenizer sh = new ShellTokenizer();

    @Test
    void theFirstWordOfEachCommandIsTheCommand() {
        assertThat(Tokens.of(sh, "aws iam get-role --role-name x | jq .Role && echo ok")).containsExactly(
                "FUNCTION aws", "ATTRIBUTE --role-name", "OPERATOR |", "FUNCTION jq", "OPERATOR &&", "FUNCTION echo");
    }

    @Test
    void quotingAndExpansions() {
        assertThat(Tokens.of(sh, "echo \"id: $ID ${X:-y}\" 'no $expansion' $HOME")).containsExactly(
                "FUNCTION echo", "STRING \"id: ", "VARIABLE $ID", "STRING  ", "VARIABLE ${X:-y}", "STRING \"",
                "STRING 'no $expansion'", "VARIABLE $HOME");
    }

    @Test
    void commentsOnlyAtWordStarts() {
        assertThat(Tokens.of(sh, "# setup\nurl=a#b # tail")).containsExactly("COMMENT # setup", "VARIABLE url",
                "OPERATOR =", "STRING a#b", "COMMENT # tail");
    }

    @Test
    void assignmentsThenTheCommand() {
        assertThat(Tokens.of(sh, "AWS_PROFILE=dev aws s3 ls")).containsExactly("VARIABLE AWS_PROFILE", "OPERATOR =",
                "STRING dev", "FUNCTION aws");
    }

    @Test
    void commandSubstitutionStartsACommand() {
        assertThat(Tokens.of(sh, "ID=$(aws sts get-caller-identity)")).containsExactly("VARIABLE ID", "OPERATOR =",
                "VARIABLE $(", "FUNCTION aws", "OPERATOR )");
    }

    @Test
    void aContinuedLineStaysTheSameCommand() {
        assertThat(Tokens.of(sh, "aws iam create-role \\\n  --role-name x - \\\n  --tags Key=a")).containsExactly(
                "FUNCTION aws", "ATTRIBUTE --role-name", "ATTRIBUTE --tags");
    }

    @Test
    void keywordsAndLoops() {
        assertThat(Tokens.of(sh, "for r in a b; do\n  echo $r\ndone")).containsExactly("KEYWORD for", "VARIABLE r",
                "KEYWORD in", "OPERATOR ;", "KEYWORD do", "FUNCTION echo", "VARIABLE $r", "KEYWORD done");
    }

    @Test
    void redirectionsAreFollowedByFileNamesNotCommands() {
        assertThat(Tokens.of(sh, "cmd > out.txt 2>&1")).containsExactly("FUNCTION cmd", "OPERATOR >", "NUMBER 2",
                "OPERATOR >&1");
    }

    @Test
    void hereDocumentBodiesAreStrings() {
        assertThat(Tokens.of(sh, "cat <<'EOF' > p.json\n{\"a\": \"$b\"}\nEOF\necho done")).containsExactly(
                "FUNCTION cat", "OPERATOR <<", "STRING 'EOF'", "OPERATOR >", "STRING {\"a\": \"$b\"}\n",
                "KEYWORD EOF", "FUNCTION echo");
    }
}
