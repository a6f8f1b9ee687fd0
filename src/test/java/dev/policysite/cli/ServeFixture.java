package dev.policysite.cli;

import dev.policysite.serve.ServeSession;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Test helper: a copy of the bundled project to edit, and {@code policysite serve} started on it in-process. */
final class ServeFixture {
    private ServeFixture() {
    }

    /** Copies content/ and templates/ into {@code project}; returns the copy's policysite.yaml. */
    static Path copyBundledProject(Path project) {
        copyTree(Path.of("content"), project.resolve("content"));
        copyTree(Path.of("templates"), project.resolve("templates"));
        return project.resolve("content/policysite.yaml");
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A started serve session and what the command printed. */
    record Served(ServeSession session, StringWriter out, StringWriter err) implements AutoCloseable {
        String url(String path) {
            return "http://127.0.0.1:" + session.port() + "/" + path;
        }

        @Override
        public void close() {
            session.close();
        }
    }

    /** Runs {@code policysite serve ARGS} as the command line does, up to serving (the caller closes it). */
    static Served serve(String... args) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ServeCommand command = new ServeCommand();
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.parseArgs(args);
        return new Served(command.start(), out, err);
    }
}
