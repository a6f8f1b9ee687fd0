package dev.policysite.json;

import dev.policysite.diag.Finding;
import dev.policysite.diag.Severity;
import dev.policysite.diag.SourcePos;
import dev.policysite.diag.UserError;

import java.nio.file.Path;

/**
 * Reads JSON strictly (RFC 8259: no comments, no trailing commas, double quotes only) and reports
 * every deviation at the offending character, without stopping at the first one where it can step
 * over it. Entry points:
 * <ul>
 *   <li>{@link #parse(String)} for documentation code blocks: also accepts the fragments docs show on
 *       purpose ({@code {...}, {...}}, {@code "ec2:A", "ec2:B"}, {@code "Action": [...]}), which are
 *       valid once their natural wrapper ({@code [ ]} or {@code { }}) is added; see {@link JsonShape}.</li>
 *   <li>{@link #parseJsonc(String)} for {@code jsonc} code blocks: the same, with {@code //} and
 *       {@code /* *}{@code /} comments allowed (VS Code's JSON with comments).</li>
 *   <li>{@link #parseDocument(String)} for whole JSON files.</li>
 *   <li>{@link #parseOrThrow(String, Path)} when any error must stop the command.</li>
 * </ul>
 * Never throws on bad input (except {@code parseOrThrow}, by design).
 */
public final class StrictJson {

    private StrictJson() {
    }

    /** One JSON value, or a fragment of values or members. */
    public static JsonParseResult parse(String text) {
        return new TolerantJsonParser(text, true, false).run();
    }

    /** Like {@link #parse(String)}, with {@code //} and {@code /* *}{@code /} comments allowed. */
    public static JsonParseResult parseJsonc(String text) {
        return new TolerantJsonParser(text, true, true).run();
    }

    /** Exactly one JSON value; anything after it is {@link JsonCodes#TRAILING_GARBAGE}. */
    public static JsonParseResult parseDocument(String text) {
        return new TolerantJsonParser(text, false, false).run();
    }

    /**
     * Like {@link #parseDocument(String)}, but the first error becomes a {@link UserError} naming
     * {@code file}, line and column. Warnings are ignored.
     */
    public static LocatedJson parseOrThrow(String text, Path file) {
        JsonParseResult result = parseDocument(text);
        for (Finding p : result.problems()) {
            if (p.severity() == Severity.ERROR) {
                throw new UserError(new SourcePos(file, p.pos().line(), p.pos().col()), p.message(), p.hint());
            }
        }
        if (result.json() == null) {
            throw new UserError(SourcePos.fileOnly(file), "the file holds no JSON", "add a JSON value");
        }
        return result.json();
    }
}
