package dev.policysite.check;

/**
 * The pluggable parts of {@code check}: what validates a code block, and what compares blocks with the
 * policy model. {@link #defaults()} needs neither the IAM engine nor a model.
 */
public record CheckEngines(BlockValidator blocks, ModelConsistency model) {

    public static CheckEngines defaults() {
        return new CheckEngines(new JsonSyntaxValidator(), ModelConsistency.NONE);
    }

    public CheckEngines withBlocks(BlockValidator validator) {
        return new CheckEngines(validator, model);
    }

    public CheckEngines withModel(ModelConsistency consistency) {
        return new CheckEngines(blocks, consistency);
    }
}
