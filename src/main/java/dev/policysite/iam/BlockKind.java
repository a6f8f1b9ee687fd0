package dev.policysite.iam;

/** What a JSON code block in the docs shows; decides which checks run on it. */
public enum BlockKind {
    /** An IAM policy document ({@code Version}, {@code Statement}): identity or resource-based. */
    AWS_POLICY,
    /** A role trust policy: statements with a {@code Principal} that allow {@code sts:AssumeRole*}. */
    AWS_TRUST_POLICY,
    /** One statement ({@code {"Effect": ...}}), possibly cut from a policy. */
    AWS_STATEMENT,
    /** Several statements ({@code {...}, {...}} or {@code [{...}]}). */
    AWS_STATEMENTS,
    /** Action names: {@code "ec2:A", "ec2:B"}, {@code ["ec2:A"]} or {@code "Action": [...]}. */
    AWS_ACTIONS,
    /** An Azure role definition (CLI shape or portal/ARM shape). */
    AZURE_ROLE,
    /** Azure operation names: {@code "actions": [...]} or a bare list of operations. */
    AZURE_ACTIONS,
    /** Valid JSON that is none of the above: only its syntax is checked. */
    OTHER_JSON,
    /** Not readable as JSON at all. */
    INVALID
}
