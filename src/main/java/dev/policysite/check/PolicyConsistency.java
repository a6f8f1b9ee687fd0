package dev.policysite.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.policysite.check.PolicyIndex.IndexedView;
import dev.policysite.diag.Finding;
import dev.policysite.diag.SourcePos;
import dev.policysite.policy.DidYouMean;
import dev.policysite.policy.PolicyModel;
import dev.policysite.policy.ViewDiff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The policy model as {@code check} sees it:
 * <ul>
 *   <li>{@code policy.drift} (error): a block that is recognisably (part of) a policy of the model
 *   ({@link PolicyIndex#recognises}) must equal one of its views, placeholders written any way; otherwise the
 *   nearest view and the exact difference are reported at the block;</li>
 *   <li>{@code policy.unknown-placeholder} (error): a {@code [NAME]} in a policy block that the model does not
 *   declare, with the likely name;</li>
 *   <li>{@code policy.placeholder-spelling} (warning): see {@link PlaceholderSpelling};</li>
 *   <li>the model's own warnings (sizes over AWS quotas) once per check.</li>
 * </ul>
 * Everything about the model is prepared once; each block is compared only with the policies that
 * recognise it, and with their views in order of a cheap lower bound of the distance (the actions the two
 * do not share), stopping as soon as no remaining view can be nearer. Immutable, so thread-safe.
 */
public final class PolicyConsistency implements ModelConsistency {
    private static final Pattern TOKEN = Pattern.compile("\\[([A-Za-z][A-Za-z0-9_-]*)\\]");

    private final PolicyModel model;
    private final List<PolicyIndex> policies;
    private final Set<String> names;
    private final List<String> sortedNames;

    public PolicyConsistency(PolicyModel model) {
        this.model = model;
        this.policies = model.policies().stream().map(PolicyIndex::new).toList();
        Set<String> all = new TreeSet<>();
        model.policies().forEach(p -> p.placeholders().forEach(ph -> all.add(ph.getName())));
        this.names = Set.copyOf(all);
        this.sortedNames = List.copyOf(all);
    }

    @Override
    public List<Finding> checkModel() {
        return model.warnings();
    }

    @Override
    public List<Finding> checkBlock(JsonBlock block) {
        return checkPage(List.of(block)).get(0);
    }

    @Override
    public List<List<Finding>> checkPage(List<JsonBlock> blocks) {
        List<List<Finding>> out = new ArrayList<>();
        PlaceholderSpelling spelling = new PlaceholderSpelling();
        for (int i = 0; i < blocks.size(); i++) {
            out.add(new ArrayList<>(checkOne(i, blocks.get(i), spelling)));
        }
        spelling.issues().forEach(e -> out.get(e.getKey()).add(e.getValue()));
        return out;
    }

    private List<Finding> checkOne(int index, JsonBlock block, PlaceholderSpelling spelling) {
        BlockContent content = BlockContent.of(block.value());
        if (!content.isPolicy()) {
            return List.of();
        }
        BlockStrings strings = new BlockStrings(block.value(), block.text());
        List<Finding> issues = new ArrayList<>(unknownPlaceholders(strings));
        Map<PolicyIndex, PolicyIndex.Actions> candidates = new LinkedHashMap<>();
        for (PolicyIndex p : policies) {
            PolicyIndex.Actions actions = p.actions(content.actions());
            if (p.recognises(content, actions)) {
                candidates.put(p, actions);
            }
        }
        if (candidates.isEmpty()) {
            return issues;
        }
        Match best = nearest(block.value(), candidates);
        for (SlotNormalizer.Slots s : best.slots()) {
            for (SlotTemplate.Binding b : s.bindings()) {
                int[] at = strings.position(s.string(), b.offset());
                spelling.add(index, at[0], at[1], b);
            }
        }
        if (!best.diff().matches()) {
            int[] at = BlockStrings.start(block.text());
            String id = best.policy().policy().id();
            String generate = ViewDirective.of(id, best.view().view())
                    .map(d -> "generate the block from the model with " + d + ", or change the model if the page is right")
                    .orElse("make the block equal that part of " + id + ", or change the model if the page is right");
            issues.add(Finding.error(CheckCodes.POLICY_DRIFT, SourcePos.inText(at[0], at[1]),
                    "block is not a view of the policy model; nearest is " + best.diff().viewLabel() + ": " + best.diff().summary(),
                    generate));
        }
        return issues;
    }

    /** A candidate view, how far the block is from it at least, and its place in the model's order (ties go to the first). */
    private record Candidate(PolicyIndex policy, IndexedView view, int lowerBound, int order) {
    }

    private record Match(PolicyIndex policy, IndexedView view, ViewDiff diff, List<SlotNormalizer.Slots> slots) {
    }

    private Match nearest(JsonNode value, Map<PolicyIndex, PolicyIndex.Actions> candidates) {
        List<Candidate> all = new ArrayList<>();
        candidates.forEach((p, actions) -> {
            for (IndexedView v : p.views()) {
                all.add(new Candidate(p, v, PolicyIndex.symmetricDifference(actions, v.actions()), all.size()));
            }
        });
        all.sort(Comparator.comparingInt(Candidate::lowerBound).thenComparingInt(Candidate::order));
        Map<PolicyIndex, SlotNormalizer.Result> normalized = new HashMap<>();
        Match best = null;
        for (Candidate c : all) {
            if (best != null && c.lowerBound() >= best.diff().distance()) {
                break; // no view left can be nearer than the one found
            }
            SlotNormalizer.Result n = normalized.computeIfAbsent(c.policy(),
                    p -> SlotNormalizer.normalize(value, p.templates(), names));
            ViewDiff d = ViewDiff.between(n.value(), c.view().view().view());
            if (best == null || d.distance() < best.diff().distance()) {
                best = new Match(c.policy(), c.view(), d, n.slots());
            }
        }
        return best;
    }

    private List<Finding> unknownPlaceholders(BlockStrings strings) {
        List<Finding> out = new ArrayList<>();
        List<String> values = strings.values();
        for (int k = 0; k < values.size(); k++) {
            String s = values.get(k);
            if (s.indexOf('[') < 0) {
                continue;
            }
            Matcher m = TOKEN.matcher(s);
            while (m.find()) {
                String name = m.group(1);
                if (names.contains(name)) {
                    continue;
                }
                int[] at = strings.position(k, m.start());
                out.add(Finding.error(CheckCodes.POLICY_UNKNOWN_PLACEHOLDER, SourcePos.inText(at[0], at[1]),
                        "placeholder " + m.group() + " is not in the policy model",
                        DidYouMean.hint(name, sortedNames)
                                + (sortedNames.isEmpty() ? "" : "; or declare it under placeholders: of the policy")));
            }
        }
        return out;
    }
}
