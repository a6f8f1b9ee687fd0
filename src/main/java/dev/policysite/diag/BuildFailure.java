package dev.policysite.diag;

import java.util.List;

/** Several user errors found in one run (e.g. two broken pages): all are reported, not just the first. */
public final class BuildFailure extends UserError {
    private static final long serialVersionUID = 1L;

    private final transient List<UserError> errors;

    public BuildFailure(List<UserError> errors) {
        super(errors.get(0).pos(), errors.get(0).getMessage(), errors.get(0).hint(), errors.get(0));
        this.errors = List.copyOf(errors);
    }

    public List<UserError> errors() {
        return errors;
    }

    @Override
    public String toLine(java.nio.file.Path base) {
        StringBuilder sb = new StringBuilder();
        for (UserError e : errors) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(e.toLine(base));
        }
        return sb.toString();
    }
}
