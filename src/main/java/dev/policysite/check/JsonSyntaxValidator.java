package dev.policysite.check;

import dev.policysite.json.JsonParseResult;
import dev.policysite.json.StrictJson;

/**
 * The built-in block validator: JSON syntax only, through {@link StrictJson}, the same reader the JSON/IAM
 * engine starts with. It reports every slip it can step over, each at its character, and understands the
 * fragments docs show on purpose; {@code jsonc} blocks may also hold {@code //} and {@code /* *}{@code /}
 * comments.
 */
public final class JsonSyntaxValidator implements BlockValidator {

    @Override
    public BlockCheck check(String text, Dialect dialect) {
        JsonParseResult r = dialect == Dialect.JSONC ? StrictJson.parseJsonc(text) : StrictJson.parse(text);
        return new BlockCheck(r.parsed() ? r.json().root() : null, null, r.problems());
    }
}
