package dev.policysite.iam;

import dev.policysite.diag.Finding;
import dev.policysite.diag.Severity;
import dev.policysite.diag.SourcePos;
import dev.policysite.json.LocatedNode;
import dev.policysite.json.OneLine;
import dev.policysite.json.TextPos;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects the problems of one block, positioned at values or member names of the located tree
 * ({@link SourcePos#inText} positions: line 1, col 1 is the block's first character).
 */
final class Problems {
    private final List<Finding> list = new ArrayList<>();

    /** Messages quote the user's text, which may hold line breaks; findings stay one line each. */
    void add(String code, Severity severity, TextPos at, String message, String hint) {
        list.add(new Finding(code, severity, SourcePos.inText(at.line(), at.col()), OneLine.of(message), OneLine.of(hint)));
    }

    /** A problem the JSON reader already placed and put on one line. */
    void add(Finding problem) {
        list.add(problem);
    }

    /** At the start of the value. */
    void at(LocatedNode node, String code, Severity severity, String message, String hint) {
        add(code, severity, node.pos(), message, hint);
    }

    /** At the member name (for a member that should not be there, or is misnamed). */
    void atName(LocatedNode node, String code, Severity severity, String message, String hint) {
        add(code, severity, node.namePos(), message, hint);
    }

    List<Finding> sorted() {
        List<Finding> out = new ArrayList<>(list);
        Collections.sort(out);
        return out;
    }
}
