package dev.policysite.check.report;

import dev.policysite.check.CheckReport;

import java.io.IOException;
import java.nio.file.Path;

/** Writes a {@link CheckReport} in one output format. */
public interface Reporter {

    void write(CheckReport report, Appendable out) throws IOException;

    /** The formats of {@code check --format}. */
    enum Format {
        TEXT, GITHUB, JUNIT, SARIF;

        /**
         * @param base   file names are shown relative to this folder (the working directory)
         * @param colour ANSI colours (text only; the CLI asks for them only on a terminal)
         */
        public Reporter reporter(Path base, boolean colour, String version) {
            switch (this) {
                case GITHUB:
                    return new GithubReporter(base);
                case JUNIT:
                    return new JunitReporter(base);
                case SARIF:
                    return new SarifReporter(base, version);
                default:
                    return new TextReporter(base, colour);
            }
        }
    }
}
