package dev.policysite.check;

import dev.policysite.diag.Finding;
import dev.policysite.diag.Severity;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of one {@code check}: every finding (sorted by file, line, column, code), the page files that
 * were checked, how much was looked at, and how long each phase took.
 */
public record CheckReport(List<Finding> findings, List<Path> checkedFiles, int pages, int blocks, int links, Timings timings) {

    public CheckReport {
        findings = List.copyOf(findings);
        checkedFiles = List.copyOf(checkedFiles);
        timings = timings == null ? Timings.NONE : timings;
    }

    public CheckReport(List<Finding> findings, List<Path> checkedFiles, int pages, int blocks, int links) {
        this(findings, checkedFiles, pages, blocks, links, Timings.NONE);
    }

    /** Wall-clock milliseconds of the phases: the build (into a temp folder), the code blocks, the links. */
    public record Timings(long build, long blocks, long links) {
        public static final Timings NONE = new Timings(0, 0, 0);
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
