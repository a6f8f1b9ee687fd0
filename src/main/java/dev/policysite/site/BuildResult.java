package dev.policysite.site;

import dev.policysite.diag.Finding;

import java.nio.file.Path;
import java.util.List;

/** The outcome of a successful build: counts for the summary line and the warnings raised. */
public record BuildResult(Path outDir, int pages, int generatedFiles, List<Finding> warnings, long millis,
                          BuiltSite site) {
}
