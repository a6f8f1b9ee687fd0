package dev.policysite.diag;

/**
 * A problem with the user's input (content, config, template, command line) that stops the command.
 * The CLI prints it as one line, {@code file:line:col: error: message (hint)}, without a stack trace,
 * and exits non-zero. Anything else that escapes is a bug in policysite.
 */
public class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient SourcePos pos;
    private final String hint;

    public UserError(SourcePos pos, String message, String hint) {
        this(pos, message, hint, null);
    }

    public UserError(SourcePos pos, String message, String hint, Throwable cause) {
        super(message, cause);
        this.pos = pos;
        this.hint = hint == null ? "" : hint;
    }

    /** Where the problem is, or null when it is not about a file (e.g. a bad command-line value). */
    public SourcePos pos() {
        return pos;
    }

    public String hint() {
        return hint;
    }

    /** The one line printed to the user; paths shown relative to {@code base} when below it. */
    public String toLine(java.nio.file.Path base) {
        StringBuilder sb = new StringBuilder();
        if (pos != null) {
            sb.append(pos.toString(base)).append(": ");
        }
        sb.append("error: ").append(getMessage());
        if (!hint.isEmpty()) {
            sb.append(" (").append(hint).append(')');
        }
        return sb.toString();
    }
}
