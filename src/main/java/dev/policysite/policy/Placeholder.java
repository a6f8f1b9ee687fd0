package dev.policysite.policy;

import dev.policysite.diag.UserError;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A value the user supplies (a VPC id, a bucket name), written {@code [NAME]} inside the policy's string
 * values. Values are checked before they are put in, so a placeholder can never widen a policy.
 */
public final class Placeholder {
    private final String name;
    private final String description;
    private final String pattern;
    private final String example;
    private final Pattern compiled;

    Placeholder(String name, String description, String pattern, String example) {
        this.name = name;
        this.description = description;
        this.pattern = pattern;
        this.example = example;
        this.compiled = Pattern.compile(pattern);
    }

    public String getName() {
        return name;
    }

    /** How the placeholder is written in the policy: {@code [NAME]}. */
    public String getToken() {
        return "[" + name + "]";
    }

    public String getDescription() {
        return description;
    }

    /** The validation pattern, matched against the whole value (Java {@code matches}, JS {@code ^(?:p)$}). */
    public String getPattern() {
        return pattern;
    }

    public String getExample() {
        return example;
    }

    /** Why {@code value} is refused for this placeholder, or empty when it may be used. */
    public Optional<String> problem(String value) {
        Optional<String> unsafe = UnsafeValues.reason(value);
        if (unsafe.isPresent()) {
            return unsafe;
        }
        return compiled.matcher(value).matches()
                ? Optional.empty()
                : Optional.of("it does not match " + pattern);
    }

    /** Throws a one-line {@link UserError} naming this placeholder when {@code value} is refused. */
    public void requireValid(String value) {
        problem(value).ifPresent(reason -> {
            throw new UserError(null, name + "=" + shown(value) + " is refused: " + reason,
                    "give one value like " + example);
        });
    }

    /** The value as one printable line (newlines and tabs made visible). */
    private static String shown(String value) {
        StringBuilder sb = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (Character.isISOControl(c)) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.isEmpty() ? "''" : sb.toString();
    }

    @Override
    public String toString() {
        return getToken();
    }
}
