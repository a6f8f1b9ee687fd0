package dev.policysite.check;

import dev.policysite.diag.Finding;
import dev.policysite.diag.Severity;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of one {@code check}: every finding (sorted by file, line, column, code), the page files that
 * were checked, and how much was looked at.
 */
public record CheckReport(List<Finding> findings, List<Path> checkedFiles, int pages, int blocks, int links) {

    public CheckReport {
        findings = List.copyOf(findings);
        checkedFiles = List.copyOf(checkedFiles);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    public long errors() {
        return count(Severity.ERROR);
    }

    /** Warnings including security warnings. */
    public long warnings() {
        return count(Severity.WARNING) + count(Severity.SECURITY_WARNING);
    }

    public long suggestions() {
        return count(Severity.SUGGESTION);
    }

    public long filesWithFindings() {
        return findings.stream().map(f -> f.pos().file()).distinct().count();
    }

    /** Exit status 1 is for errors only; warnings and suggestions let CI pass. */
    public boolean hasErrors() {
        return errors() > 0;
    }
}
