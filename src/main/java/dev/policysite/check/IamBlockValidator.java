package dev.policysite.check;

import dev.policysite.iam.BlockResult;
import dev.policysite.iam.JsonBlockChecker;

import java.util.Locale;

/**
 * The JSON/IAM engine as a {@link BlockValidator}: strict JSON with doc fragments, IAM and Azure grammar,
 * and the bundled action catalogs. {@code jsonc} blocks get the JSON syntax check only (with comments allowed).
 */
public final class IamBlockValidator implements BlockValidator {
    private final JsonBlockChecker engine;
    private final BlockValidator jsonc = new JsonSyntaxValidator();

    public IamBlockValidator(JsonBlockChecker engine) {
        this.engine = engine;
    }

    @Override
    public BlockCheck check(String text, Dialect dialect) {
        if (dialect == Dialect.JSONC) {
            return jsonc.check(text, dialect);
        }
        BlockResult r = engine.check(text);
        return new BlockCheck(r.value(), r.kind().name().toLowerCase(Locale.ROOT), r.problems());
    }
}
