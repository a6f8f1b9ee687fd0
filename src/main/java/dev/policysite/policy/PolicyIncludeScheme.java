package dev.policysite.policy;

import dev.policysite.diag.SourcePos;
import dev.policysite.diag.UserError;
import dev.policysite.include.IncludeScheme;

/**
 * {@code {!policy:ID [with=..] [without=..] [fragment=..] [view=actions] [set=NAME=VALUE]!}}: a view of
 * the model in a page, as pretty JSON (4-space indent, no trailing newline). See docs/policy-model.md.
 */
public final class PolicyIncludeScheme implements IncludeScheme {
    private final PolicyModel model;

    public PolicyIncludeScheme(PolicyModel model) {
        this.model = model;
    }

    @Override
    public String scheme() {
        return "policy";
    }

    @Override
    public String expand(String args, SourcePos at) {
        try {
            return ViewRequest.parse(args).resolve(model).getJson();
        } catch (UserError e) {
            if (e.pos() != null) {
                throw e;
            }
            throw new UserError(at, "{!policy:" + args + "!}: " + e.getMessage(), e.hint(), e);
        }
    }
}
