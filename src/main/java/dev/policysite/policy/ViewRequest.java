package dev.policysite.policy;

import dev.policysite.diag.UserError;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request for one view, as the include directive, the CLI and templates state it: a policy, features
 * added or removed, or one feature's fragment, optionally one member (Azure {@code Actions}), and
 * placeholder values. One resolution path for all callers.
 */
public record ViewRequest(String policyId, List<String> with, List<String> without, String fragment,
                          String member, Map<String, String> values) {

    static final List<String> OPTIONS = List.of("with", "without", "fragment", "view", "set");
    /** {@code view=} words and the members they select; {@code policy} is the whole document. */
    static final Map<String, String> VIEWS = Map.of("policy", "", "actions", "Actions", "data-actions", "DataActions");

    public ViewRequest {
        with = List.copyOf(with);
        without = List.copyOf(without);
        values = Map.copyOf(values);
    }

    public static ViewRequest whole(String policyId) {
        return new ViewRequest(policyId, List.of(), List.of(), null, null, Map.of());
    }

    /**
     * Parses directive arguments: {@code ID [with=a,b] [without=c] [fragment=f] [view=actions]
     * [set=NAME=VALUE]...}, separated by whitespace.
     */
    public static ViewRequest parse(String args) {
        String[] words = args.trim().split("\\s+");
        if (words.length == 0 || words[0].isEmpty() || words[0].contains("=")) {
            throw new UserError(null, "the policy id is missing", "write e.g. policy:aws-cross-account without=backup");
        }
        List<String> with = new ArrayList<>();
        List<String> without = new ArrayList<>();
        String fragment = null;
        String member = null;
        Map<String, String> values = new LinkedHashMap<>();
        for (String word : Arrays.asList(words).subList(1, words.length)) {
            int eq = word.indexOf('=');
            String key = eq < 0 ? word : word.substring(0, eq);
            String value = eq < 0 ? "" : word.substring(eq + 1);
            if (!OPTIONS.contains(key)) {
                throw new UserError(null, "unknown option '" + key + "'", DidYouMean.hint(key, OPTIONS));
            }
            if (value.isEmpty()) {
                throw new UserError(null, "option " + key + "= has no value", "write " + key + "=...");
            }
            switch (key) {
                case "with" -> with.addAll(List.of(value.split(",")));
                case "without" -> without.addAll(List.of(value.split(",")));
                case "fragment" -> fragment = value;
                case "view" -> {
                    if (!VIEWS.containsKey(value)) {
                        throw new UserError(null, "unknown view '" + value + "'", DidYouMean.hint(value, List.of("policy", "actions", "data-actions")));
                    }
                    member = VIEWS.get(value).isEmpty() ? null : VIEWS.get(value);
                }
                default -> {
                    int at = value.indexOf('=');
                    if (at <= 0) {
                        throw new UserError(null, "set=" + value + " is not NAME=VALUE", "write e.g. set=VPC_ID=vpc-0a1b2c3d");
                    }
                    values.put(value.substring(0, at), value.substring(at + 1));
                }
            }
        }
        return new ViewRequest(words[0], with, without, fragment, member, values);
    }

    /** The requested view, placeholders filled in; {@link UserError} for anything that does not exist. */
    public View resolve(PolicyModel model) {
        Policy policy = model.get(policyId);
        View view;
        if (fragment != null) {
            if (!with.isEmpty() || !without.isEmpty() || member != null) {
                throw new UserError(null, "fragment= shows one feature's permissions and takes no with=, without= or view=",
                        "drop them, or drop fragment=");
            }
            view = policy.fragment(fragment);
        } else {
            FeatureSelection selection = policy.select(with, without);
            view = member == null ? policy.variant(selection) : policy.member(selection, member);
        }
        return view.fill(values);
    }
}
