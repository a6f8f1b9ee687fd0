package dev.policysite.cli;

import dev.policysite.diag.UserError;
import picocli.CommandLine;

import java.nio.file.Path;

/**
 * How a command that failed ends: a user error is one line ({@code file:line: error: what (what to do)})
 * and exit 1; a bug in policysite says so and exits 3. Stack traces only with {@code --verbose}.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    static final int EXIT_ERROR = 1;
    static final int EXIT_USAGE = 2;
    static final int EXIT_BUG = 3;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        boolean verbose = parsed.hasMatchedOption("--verbose") || parsed.subcommands().stream().anyMatch(s -> s.hasMatchedOption("--verbose"))
                || (parsed.subcommand() != null && parsed.subcommand().hasMatchedOption("--verbose"));
        Throwable t = ex;
        while (!(t instanceof UserError) && t.getCause() != null && t != t.getCause()) {
            t = t.getCause();
        }
        if (t instanceof UserError) {
            System.err.println(((UserError) t).toLine(Path.of("").toAbsolutePath()));
            if (verbose) {
                ex.printStackTrace();
            }
            return EXIT_ERROR;
        }
        System.err.println("internal error: " + ex + " (this is a bug in policysite; run with --verbose for details)");
        if (verbose) {
            ex.printStackTrace();
        }
        return EXIT_BUG;
    }
}
