package dev.policysite.diag;

/** How bad a finding is; the grades of IAM Access Analyzer's policy validation, worst first. */
public enum Severity {
    ERROR("error"),
    SECURITY_WARNING("security-warning"),
    WARNING("warning"),
    SUGGESTION("suggestion");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** Lower-case, hyphenated name used in text output and config files. */
    public String label() {
        return label;
    }

}
