package dev.policysite.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MainTest {

    @Test
    void helpListsTheBuildCommand() {
        Cli r = Cli.run("--help");
        assertThat(r.exit).isZero();
        assertThat(r.out).contains("Usage: policysite", "build");
    }

    @Test
    void buildHelpListsItsOptions() {
        Cli r = Cli.run("build", "--help");
        assertThat(r.exit).isZero();
        assertThat(r.out).contains("--config=FILE", "--out=DIR", "--strict", "--verbose");
    }

    @Test
    void versionAtTopLevelAndOnBuild() {
        Cli top = Cli.run("--version");
        assertThat(top.exit).isZero();
        assertThat(top.out.strip()).matches("policysite \\S+");
        Cli build = Cli.run("build", "--version");
        assertThat(build.exit).isZero();
        assertThat(build.out.strip()).isEqualTo(top.out.strip());
    }

    @Test
    void unknownOptionIsAUsageError() {
        Cli r = Cli.run("build", "--bogus");
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err).contains("Unknown option: '--bogus'");
    }

    @Test
    void noCommandIsAUsageError() {
        Cli r = Cli.run();
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err).contains("a command is required");
    }

    @Test
    void defaultConfigIsContentPolicysiteYaml(@org.junit.jupiter.api.io.TempDir java.nio.file.Path out) {
        // surefire runs in the project folder, which has content/policysite.yaml
        Cli r = Cli.run("build", "--out", out.resolve("site").toString());
        assertThat(r.exit).as(r.toString()).isZero();
        assertThat(out.resolve("site/index.html")).exists();
        assertThat(r.out).startsWith("Built ");
    }
}
