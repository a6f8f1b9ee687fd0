package dev.policysite.cli;

import dev.policysite.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.Set;

/** {@code policysite}: build, check, serve a documentation site; print tailored policies. */
@Command(name = "policysite", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Markdown docs + a cloud permission model -> a static site, tailored policies and CI checks.",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, PolicyCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        if (args.length > 0 && Set.of("build", "check", "serve").contains(args[0])) {
            Warmup.start();
        }
        System.exit(run(args));
    }

    /** Runs the CLI and returns the exit code (tests call this instead of main). */
    public static int run(String... args) {
        try {
            return commandLine().execute(args);
        } catch (OutOfMemoryError e) {
            // the staging folder is already gone (closed while unwinding): say what to do, not where Java was
            System.err.println("error: out of memory (a page or the site does not fit in the Java heap;"
                    + " give Java more, e.g. JAVA_TOOL_OPTIONS=-Xmx4g, or split the biggest pages)");
            return ErrorHandler.EXIT_ERROR;
        } catch (StackOverflowError e) {
            System.err.println("error: input nested too deeply to process (e.g. thousands of nested lists or quotes)");
            return ErrorHandler.EXIT_ERROR;
        } catch (Error e) {
            // picocli hands only Exceptions to the handler; a linkage error is still our bug, said in one line
            System.err.println("internal error: " + e + " (this is a bug in policysite)");
            return ErrorHandler.EXIT_BUG;
        }
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (build, check, policy, serve)");
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"policysite " + Version.get()};
        }
    }
}
