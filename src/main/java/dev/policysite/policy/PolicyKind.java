package dev.policysite.policy;

import dev.policysite.diag.SourcePos;
import dev.policysite.diag.UserError;

import java.util.Arrays;
import java.util.List;

/** What a policy body is; decides where feature tags may stand and how views are cut. */
public enum PolicyKind {
    /** An IAM identity policy document ({@code Version}, {@code Statement}). */
    AWS_IAM("aws-iam", new AwsBodyRules(false)),
    /** An IAM role trust policy: a policy document whose statements name a {@code Principal}. */
    AWS_TRUST("aws-trust", new AwsBodyRules(true)),
    /** An Azure custom role definition as {@code az role definition create} takes it. */
    AZURE_ROLE("azure-role", new AzureBodyRules());

    private final String label;
    private final BodyRules rules;

    PolicyKind(String label, BodyRules rules) {
        this.label = label;
        this.rules = rules;
    }

    public String label() {
        return label;
    }

    public boolean isAws() {
        return this != AZURE_ROLE;
    }

    BodyRules rules() {
        return rules;
    }

    static List<String> labels() {
        return Arrays.stream(values()).map(PolicyKind::label).toList();
    }

    static PolicyKind parse(String text, SourcePos pos) {
        for (PolicyKind k : values()) {
            if (k.label.equals(text)) {
                return k;
            }
        }
        throw new UserError(pos, "unknown policy kind '" + text + "'", DidYouMean.hint(text, labels()));
    }
}
