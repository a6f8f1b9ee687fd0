package dev.policysite.policy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which of a policy's features are on. Immutable; ids are kept in the policy's declaration order so
 * names and keys derived from a selection are stable.
 */
public final class FeatureSelection {
    private final List<Feature> declared;
    private final Set<String> on;

    FeatureSelection(List<Feature> declared, Collection<String> on) {
        this.declared = declared;
        Set<String> ordered = new LinkedHashSet<>();
        for (Feature f : declared) {
            if (on.contains(f.getId())) {
                ordered.add(f.getId());
            }
        }
        this.on = Set.copyOf(ordered);
    }

    static FeatureSelection defaults(List<Feature> declared) {
        return new FeatureSelection(declared, declared.stream().filter(Feature::isOnByDefault).map(Feature::getId).toList());
    }

    public boolean isOn(String featureId) {
        return on.contains(featureId);
    }

    /** True when nothing is tagged (always needed) or one of the tagging features is on. */
    public boolean needs(Collection<String> tags) {
        return tags.isEmpty() || tags.stream().anyMatch(on::contains);
    }

    /** The ids that are on, in declaration order. */
    public List<String> enabled() {
        return declared.stream().map(Feature::getId).filter(on::contains).toList();
    }

    FeatureSelection with(String featureId) {
        List<String> next = new ArrayList<>(on);
        next.add(featureId);
        return new FeatureSelection(declared, next);
    }

    FeatureSelection without(String featureId) {
        List<String> next = new ArrayList<>(on);
        next.remove(featureId);
        return new FeatureSelection(declared, next);
    }

    /** Opt-in features that are on here. */
    public List<String> added() {
        return declared.stream().filter(f -> f.isOptIn() && on.contains(f.getId())).map(Feature::getId).toList();
    }

    /** Default features that are off here. */
    public List<String> removed() {
        return declared.stream().filter(f -> f.isOnByDefault() && !on.contains(f.getId())).map(Feature::getId).toList();
    }

    public boolean isDefault() {
        return added().isEmpty() && removed().isEmpty();
    }

    /**
     * The variant's file name without {@code .json}: {@code default}, or the differences from the defaults,
     * {@code with-a+b}, {@code without-c+d} or {@code with-a_without-c+d}. Feature ids contain only
     * lower-case letters, digits and single hyphens, so {@code +} and {@code _} never clash with them.
     */
    public String variantName() {
        List<String> parts = new ArrayList<>();
        if (!added().isEmpty()) {
            parts.add("with-" + String.join("+", added()));
        }
        if (!removed().isEmpty()) {
            parts.add("without-" + String.join("+", removed()));
        }
        return parts.isEmpty() ? "default" : String.join("_", parts);
    }

    /** A human description: {@code default features}, {@code with x, without y, z}. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (!added().isEmpty()) {
            parts.add("with " + String.join(", ", added()));
        }
        if (!removed().isEmpty()) {
            parts.add("without " + String.join(", ", removed()));
        }
        return parts.isEmpty() ? "default features" : String.join(", ", parts);
    }

    /** The ids that are on joined by {@code +} in declaration order; the builder page's lookup key. */
    public String key() {
        return String.join("+", enabled());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeatureSelection s && s.on.equals(on) && s.declared == declared;
    }

    @Override
    public int hashCode() {
        return on.hashCode();
    }

    @Override
    public String toString() {
        return variantName();
    }
}
