package dev.policysite.check.report;

import java.nio.file.Path;

/** How reports name files: relative to the folder check runs in (the repository root in CI), with '/'. */
final class ReportPaths {
    private ReportPaths() {
    }

    static String display(Path file, Path base) {
        Path abs = file.toAbsolutePath().normalize();
        Path b = base.toAbsolutePath().normalize();
        Path shown = abs.startsWith(b) ? b.relativize(abs) : abs;
        return shown.toString().replace('\\', '/');
    }

    static boolean isBelow(Path file, Path base) {
        return file.toAbsolutePath().normalize().startsWith(base.toAbsolutePath().normalize());
    }

    /** {@code 3:7}, {@code 3}, or {@code -} for a finding about a whole file. */
    static String location(int line, int col) {
        if (line <= 0) {
            return "-";
        }
        return col > 0 ? line + ":" + col : Integer.toString(line);
    }
}
