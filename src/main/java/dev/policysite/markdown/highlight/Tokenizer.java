package dev.policysite.markdown.highlight;

/**
 * Splits one language's code into tokens in a single forward pass (no regular expressions, no
 * backtracking), so highlighting stays linear in the size of the code.
 */
public interface Tokenizer {
    void tokenize(String code, TokenSink out);
}
