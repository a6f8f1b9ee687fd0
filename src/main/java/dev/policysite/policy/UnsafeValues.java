package dev.policysite.policy;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Characters and forms a placeholder value may never contain, whatever its pattern says: each of them
 * could widen a policy (a wildcard, a list, an ARN where a name is expected) or break out of the
 * string it is put in. Checked before the pattern, in Java and (from the same list, shipped in the
 * builder data) in the builder page, so both refuse the same values with the same words.
 */
public final class UnsafeValues {

    /** One refusal: a regular expression valid in Java and JavaScript (with the {@code u} flag), and why. */
    public record Rule(String regex, String reason, Pattern compiled) {
        Rule(String regex, String reason) {
            this(regex, reason, Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS));
        }

        boolean foundIn(String value) {
            return compiled.matcher(value).find();
        }
    }

    public static final List<Rule> RULES = List.of(
            new Rule("[*?]", "wildcards would widen the policy"),
            new Rule("\\$\\{", "a policy variable would make the value vary per request"),
            new Rule("[\"'`]", "quotes are not allowed"),
            new Rule("[\\[\\]{}]", "brackets are not allowed"),
            new Rule(",", "a comma would turn one value into a list"),
            new Rule("\\s", "whitespace is not allowed"),
            new Rule("[\\u0000-\\u001f\\u007f\\\\]", "control characters and backslashes are not allowed"),
            new Rule("^[aA][rR][nN]:", "give the name or id, not an ARN: the policy builds the ARN around it"));

    private UnsafeValues() {
    }

    /** Why {@code value} is refused, or empty when none of the rules applies. */
    public static Optional<String> reason(String value) {
        if (value.isEmpty()) {
            return Optional.of("a value is required");
        }
        return RULES.stream().filter(r -> r.foundIn(value)).map(Rule::reason).findFirst();
    }

    /** Values an author's pattern must refuse (alone and around a valid example), see {@link PatternRules}. */
    static final List<String> PROBES = List.of(
            "*", "?", "\"", "[", "]", ",", " ", "\t", "\n", "${aws:username}",
            "arn:aws:iam::123456789012:root", "arn:aws:ec2:*:*:vpc/*");
}
