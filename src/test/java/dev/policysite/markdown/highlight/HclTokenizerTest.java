package dev.policysite.markdown.highlight;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HclTokenizerTest {
    private final Tokenizer hcl = new HclTokenizer();

    @Test
    void blocksLabelsAndAttributes() {
        assertThat(Tokens.of(hcl, "resource \"aws_iam_role\" \"x\" {\n  name = \"r\"\n  count = 2\n}")).containsExactly(
                "KEYWORD resource", "STRING \"aws_iam_role\"", "STRING \"x\"", "PUNCTUATION {",
                "KEY name", "OPERATOR =", "STRING \"r\"", "KEY count", "OPERATOR =", "NUMBER 2", "PUNCTUATION }");
    }

    @Test
    void interpolationsAreExpressions() {
        assertThat(Tokens.of(hcl, "arn = \"arn:aws:iam::${var.account}:root\"")).containsExactly(
                "KEY arn", "OPERATOR =", "STRING \"arn:aws:iam::", "PUNCTUATION ${", "VARIABLE var",
                "PUNCTUATION .", "PUNCTUATION }", "STRING :root\"");
    }

    @Test
    void escapedInterpolationStaysText() {
        assertThat(Tokens.of(hcl, "v = \"$${aws:username}\"")).containsExactly("KEY v", "OPERATOR =",
                "STRING \"$${aws:username}\"");
    }

    @Test
    void functionsLiteralsComparisonsAndComments() {
        assertThat(Tokens.of(hcl, "policy = jsonencode({ a = true }) # c\n// d\n/* e */ x = a == b"))
                .containsExactly("KEY policy", "OPERATOR =", "FUNCTION jsonencode", "PUNCTUATION (", "PUNCTUATION {",
                        "KEY a", "OPERATOR =", "LITERAL true", "PUNCTUATION }", "PUNCTUATION )", "COMMENT # c",
                        "COMMENT // d", "COMMENT /* e */", "KEY x", "OPERATOR =", "OPERATOR ==");
    }

    @Test
    void forExpressions() {
        assertThat(Tokens.of(hcl, "l = [for s in var.list : upper(s)]")).containsExactly("KEY l", "OPERATOR =",
                "PUNCTUATION [", "KEYWORD for", "KEYWORD in", "VARIABLE var", "PUNCTUATION .", "OPERATOR :",
                "FUNCTION upper", "PUNCTUATION (", "PUNCTUATION )", "PUNCTUATION ]");
    }

    @Test
    void heredocBodiesAreTemplateText() {
        assertThat(Tokens.of(hcl, "p = <<-EOT\n  {\"r\": \"${local.r}\"}\n  EOT\nx = 1")).containsExactly(
                "KEY p", "OPERATOR =", "OPERATOR <<-", "KEYWORD EOT", "STRING   {\"r\": \"", "PUNCTUATION ${",
                "VARIABLE local", "PUNCTUATION .", "PUNCTUATION }", "STRING \"}", "STRING \n", "KEYWORD EOT", "KEY x",
                "OPERATOR =", "NUMBER 1");
    }
}
