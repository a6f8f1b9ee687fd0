package dev.policysite.markdown.highlight;

import java.util.ArrayList;
import java.util.List;

/** Test helper: what a tokenizer reports, as "KIND text" strings (plain text left out), checking the sink contract. */
final class Tokens {
    private Tokens() {
    }

    static List<String> of(Tokenizer t, String code) {
        List<String> out = new ArrayList<>();
        int[] at = {0};
        t.tokenize(code, (kind, start, end) -> {
            if (start != at[0] || end < start || end > code.length()) {
                throw new AssertionError("token [" + start + "," + end + ") does not continue at " + at[0] + " in: " + code);
            }
            at[0] = end;
            if (kind != null && end > start) {
                out.add(kind + " " + code.substring(start, end));
            }
        });
        if (at[0] != code.length()) {
            throw new AssertionError("tokens stop at " + at[0] + " of " + code.length() + " in: " + code);
        }
        return out;
    }
}
