package dev.policysite.iam;

import dev.policysite.diag.Finding;
import java.util.List;

/** Test helpers: check a block with the bundled catalogs and describe the findings compactly. */
final class Checked {
    static final JsonBlockChecker CHECKER = JsonBlockChecker.withBundledCatalogs();

    private Checked() {
    }

    static BlockResult check(String text) {
        return CHECKER.check(text);
    }

    /** Findings as {@code code@line:col}, in text order. */
    static List<String> found(String text) {
        return found(check(text));
    }

    static List<String> found(BlockResult result) {
        return result.problems().stream().map(p -> p.code() + "@" + p.pos().line() + ":" + p.pos().col()).toList();
    }

    /** Just the codes. */
    static List<String> codes(String text) {
        return check(text).problems().stream().map(Finding::code).toList();
    }

    /** A statement wrapped in a 2012-10-17 policy. */
    static String policy(String... statements) {
        return "{\n\"Version\": \"2012-10-17\",\n\"Statement\": [\n" + String.join(",\n", statements) + "\n]\n}";
    }
}
