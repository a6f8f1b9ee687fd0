package dev.policysite.markdown.highlight;

/**
 * Receives the pieces of a code text in order. A tokenizer reports every character exactly once, as
 * consecutive ranges; {@code kind} is null for text that is not highlighted.
 */
public interface TokenSink {
    void token(TokenKind kind, int start, int end);
}
