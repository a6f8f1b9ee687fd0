package dev.policysite.iam;

import dev.policysite.diag.Severity;
import dev.policysite.json.LocatedNode;
import dev.policysite.json.OneLine;
import dev.policysite.json.TextPos;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects the problems of one block, positioned at values or member names of the located tree. */
final class Problems {
    private final List<BlockProblem> list = new ArrayList<>();

    /** Messages quote the user's text, which may hold line breaks; findings stay one line each. */
    void add(String code, Severity severity, TextPos at, String message, String hint) {
        list.add(new BlockProblem(code, severity, at.line(), at.col(), OneLine.of(message), OneLine.of(hint)));
    }

    /** At the start of the value. */
    void at(LocatedNode node, String code, Severity severity, String message, String hint) {
        add(code, severity, node.pos(), message, hint);
    }

    /** At the member name (for a member that should not be there, or is misnamed). */
    void atName(LocatedNode node, String code, Severity severity, String message, String hint) {
        add(code, severity, node.namePos(), message, hint);
    }

    List<BlockProblem> sorted() {
        List<BlockProblem> out = new ArrayList<>(list);
        Collections.sort(out);
        return out;
    }
}
