package dev.policysite.policy;

/**
 * A view with a stable machine name ({@code variant:default}, {@code variant:without-backup},
 * {@code fragment:backup}, {@code Actions:without-backup}) and a human label, as {@link Policy#allViews()} lists them.
 */
public record NamedView(String name, String label, View view) {
}
