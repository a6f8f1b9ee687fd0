package dev.policysite.policy;

import dev.policysite.diag.Finding;
import dev.policysite.diag.SourcePos;
import dev.policysite.diag.UserError;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * All policies of a site, read from {@code content/policies/*.yaml}. The one source every page, download,
 * builder and check uses, so they cannot drift apart.
 */
public final class PolicyModel {
    private final List<Policy> policies;
    private List<Finding> warnings;

    private PolicyModel(List<Policy> policies) {
        this.policies = List.copyOf(policies);
    }

    /**
     * Loads and validates every {@code *.yaml} in {@code dir} (sorted by name). A missing directory is
     * an empty model; any problem in a file is a {@link UserError} naming file and line.
     */
    public static PolicyModel load(Path dir) {
        if (!Files.isDirectory(dir)) {
            return new PolicyModel(List.of());
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".yaml"))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString().replaceFirst("\\.yaml$", "")))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Policy> policies = new ArrayList<>();
        Map<String, Declared> patterns = new HashMap<>();
        for (Path f : files) {
            PolicyLoader.Loaded loaded = PolicyLoader.load(f);
            checkSamePatterns(loaded, patterns);
            policies.add(loaded.policy());
        }
        return new PolicyModel(policies);
    }

    private record Declared(Placeholder placeholder, SourcePos at) {
    }

    /** A placeholder name means one thing across the model: same pattern wherever it is declared. */
    private static void checkSamePatterns(PolicyLoader.Loaded loaded, Map<String, Declared> seen) {
        for (Placeholder p : loaded.policy().placeholders()) {
            SourcePos at = SourcePos.of(loaded.policy().source(), loaded.placeholderLines().get(p.getName()));
            Declared first = seen.putIfAbsent(p.getName(), new Declared(p, at));
            if (first != null && !first.placeholder().getPattern().equals(p.getPattern())) {
                throw new UserError(at, "placeholder " + p.getName() + " has another pattern than in " + first.at(),
                        "use the same pattern for the same name: " + first.placeholder().getPattern());
            }
        }
    }

    public List<Policy> policies() {
        return policies;
    }

    public List<String> ids() {
        return policies.stream().map(Policy::id).toList();
    }

    public Optional<Policy> find(String id) {
        return policies.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The policy with this id; a {@link UserError} listing the ids (and the likely one) otherwise. */
    public Policy get(String id) {
        return find(id).orElseThrow(() -> new UserError(null, "unknown policy '" + id + "'", DidYouMean.hint(id, ids())));
    }

    /** Every named view of one policy (see {@link Policy#allViews()}). */
    public List<NamedView> allViews(String policyId) {
        return get(policyId).allViews();
    }

    /** Variants over an AWS size quota (example values filled in), for the build to print. Computed once. */
    public synchronized List<Finding> warnings() {
        if (warnings == null) {
            List<Finding> found = new ArrayList<>();
            policies.forEach(p -> found.addAll(PolicySize.findings(p)));
            warnings = List.copyOf(found);
        }
        return warnings;
    }
}
