package dev.policysite.check.report;

import dev.policysite.check.CheckReport;
import dev.policysite.diag.Finding;

import java.io.IOException;
import java.nio.file.Path;

/**
 * GitHub Actions workflow commands, one per finding, which GitHub shows as annotations on the changed
 * lines: {@code ::error file=docs/a.md,line=3,col=7,title=json.trailing-comma::message}. Errors are
 * {@code error}, warnings and security warnings {@code warning}, suggestions {@code notice}.
 */
final class GithubReporter implements Reporter {
    private final Path base;

    GithubReporter(Path base) {
        this.base = base;
    }

    @Override
    public void write(CheckReport report, Appendable out) throws IOException {
        for (Finding f : report.findings()) {
            out.append("::").append(command(f)).append(" file=").append(property(ReportPaths.display(f.pos().file(), base)));
            if (f.pos().line() > 0) {
                out.append(",line=").append(Integer.toString(f.pos().line()));
                if (f.pos().col() > 0) {
                    out.append(",col=").append(Integer.toString(f.pos().col()));
                }
            }
            out.append(",title=").append(property(f.code())).append("::")
                    .append(data(f.hint().isEmpty() ? f.message() : f.message() + "\n" + f.hint())).append('\n');
        }
    }

    private static String command(Finding f) {
        switch (f.severity()) {
            case ERROR:
                return "error";
            case SUGGESTION:
                return "notice";
            default:
                return "warning";
        }
    }

    /** The message part: GitHub's escapes for {@code %}, CR and LF. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A {@code key=value} property: also {@code :} and {@code ,}, which would end it. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
