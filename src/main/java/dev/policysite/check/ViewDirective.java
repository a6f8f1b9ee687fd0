package dev.policysite.check;

import dev.policysite.policy.NamedView;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code {!policy:...!}} directive that generates a named view, for the hint of a drifted block: the
 * surest fix is to stop copying the policy into the page. Reads the view names {@code Policy.allViews()}
 * gives ({@code variant:with-a_without-b+c}, {@code fragment:f}, {@code Actions:without-b}); single
 * statements have no directive.
 */
final class ViewDirective {
    private ViewDirective() {
    }

    static Optional<String> of(String policyId, NamedView view) {
        String name = view.name();
        int colon = name.indexOf(':');
        String kind = name.substring(0, colon);
        String rest = name.substring(colon + 1);
        List<String> options = new ArrayList<>();
        switch (kind) {
            case "variant" -> options.addAll(selection(rest));
            case "fragment" -> options.add("fragment=" + rest);
            case "Actions" -> {
                options.add("view=actions");
                options.addAll(selection(rest));
            }
            case "DataActions" -> {
                options.add("view=data-actions");
                options.addAll(selection(rest));
            }
            default -> {
                return Optional.empty();
            }
        }
        return Optional.of("{!policy:" + policyId + (options.isEmpty() ? "" : " " + String.join(" ", options)) + "!}");
    }

    /** {@code default}, {@code with-a+b}, {@code without-c}, {@code with-a_without-c+d} as directive options. */
    private static List<String> selection(String variantName) {
        List<String> out = new ArrayList<>();
        if (variantName.equals("default")) {
            return out;
        }
        for (String part : variantName.split("_")) {
            if (part.startsWith("with-")) {
                out.add("with=" + part.substring("with-".length()).replace('+', ','));
            } else if (part.startsWith("without-")) {
                out.add("without=" + part.substring("without-".length()).replace('+', ','));
            }
        }
        return out;
    }
}
