package dev.policysite.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.policysite.check.BlockContent.Cloud;
import dev.policysite.policy.FeatureSelection;
import dev.policysite.policy.NamedView;
import dev.policysite.policy.Placeholder;
import dev.policysite.policy.Policy;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One policy of the model, prepared once per check for comparing many blocks: every view a page may show
 * (variants, fragments, Azure members, single statements) with its actions, the action sets that make a
 * block recognisably part of the policy, and the placeholder-bearing strings. Immutable.
 */
final class PolicyIndex {
    private final Policy policy;
    private final Cloud cloud;
    private final List<IndexedView> views;
    private final Map<String, Set<String>> sidActions;
    private final List<BitSet> units;
    private final List<SlotTemplate> templates;
    /** Every action of the policy (lower-case), numbered, so action sets are bit sets and compare in a few words. */
    private final Map<String, Integer> vocabulary = new HashMap<>();

    /** A view and its actions, the cheap lower bound of how far a block is from it. */
    record IndexedView(NamedView view, BitSet actions) {
    }

    /** A block's actions in this policy's numbering, and how many of them the policy does not have at all. */
    record Actions(BitSet known, int unknown) {
        int size() {
            return known.cardinality() + unknown;
        }
    }

    PolicyIndex(Policy policy) {
        this.policy = policy;
        this.cloud = policy.kind().isAws() ? Cloud.AWS : Cloud.AZURE;
        // every feature on: each statement, action and string of the policy appears
        FeatureSelection everything = policy.allSelections().stream()
                .max(Comparator.comparingInt(s -> s.enabled().size())).orElseThrow();
        JsonNode full = policy.variant(everything).node();
        BlockContent whole = BlockContent.of(full);
        whole.actions().stream().sorted().forEach(a -> vocabulary.put(a, vocabulary.size()));
        List<IndexedView> all = new ArrayList<>();
        for (NamedView v : policy.allViews()) {
            all.add(new IndexedView(v, actions(BlockContent.of(v.view().node()).actions()).known()));
        }
        for (NamedView v : policy.statementViews()) {
            all.add(new IndexedView(v, actions(BlockContent.of(v.view().node()).actions()).known()));
        }
        this.views = List.copyOf(all);
        this.sidActions = whole.sidActions();
        List<BitSet> u = new ArrayList<>();
        u.add(actions(whole.actions()).known());
        full.path("Statement").forEach(st -> u.add(actions(BlockContent.of(st).actions()).known()));
        for (String member : policy.memberViews()) {
            u.add(actions(BlockContent.of(policy.member(everything, member).node()).actions()).known());
        }
        policy.features().forEach(f -> u.add(actions(BlockContent.of(policy.fragment(f.getId()).node()).actions()).known()));
        u.removeIf(BitSet::isEmpty);
        this.units = List.copyOf(u);
        this.templates = templates(full, policy.placeholders());
    }

    Policy policy() {
        return policy;
    }

    List<IndexedView> views() {
        return views;
    }

    List<SlotTemplate> templates() {
        return templates;
    }

    /** {@code lowerCaseActions} in this policy's numbering. */
    Actions actions(Set<String> lowerCaseActions) {
        BitSet known = new BitSet(vocabulary.size());
        int unknown = 0;
        for (String a : lowerCaseActions) {
            Integer i = vocabulary.get(a);
            if (i == null) {
                unknown++;
            } else {
                known.set(i);
            }
        }
        return new Actions(known, unknown);
    }

    /** The actions in one set and not the other: no view is nearer to a block than this. */
    static int symmetricDifference(Actions block, BitSet view) {
        BitSet x = (BitSet) block.known().clone();
        x.xor(view);
        return x.cardinality() + block.unknown();
    }

    /**
     * Whether {@code block} is recognisably (part of) this policy, so that a difference is drift and not
     * another policy: it has a statement with one of this policy's Sids that shares an action with it, or
     * it covers at least half of one of the policy's action sets (the whole policy, a statement, an Azure
     * member, a feature's fragment) with at least two actions that are also at least half of its own. A
     * user's own policy that merely uses a few of the same actions is not.
     */
    boolean recognises(BlockContent block, Actions actions) {
        if (block.cloud() != cloud) {
            return false;
        }
        for (Map.Entry<String, Set<String>> e : block.sidActions().entrySet()) {
            Set<String> own = sidActions.get(e.getKey());
            if (own != null && e.getValue().stream().anyMatch(own::contains)) {
                return true;
            }
        }
        int size = actions.size();
        for (BitSet unit : units) {
            BitSet shared = (BitSet) actions.known().clone();
            shared.and(unit);
            int common = shared.cardinality();
            if (common >= 2 && 2 * common >= unit.cardinality() && 2 * common >= size) {
                return true;
            }
        }
        return false;
    }

    /** The distinct strings of the policy that hold placeholders. */
    private static List<SlotTemplate> templates(JsonNode full, List<Placeholder> placeholders) {
        Map<String, Placeholder> declared = new HashMap<>();
        placeholders.forEach(p -> declared.put(p.getName(), p));
        Set<String> texts = new HashSet<>();
        collectStrings(full, texts);
        Map<String, SlotTemplate> out = new LinkedHashMap<>();
        texts.stream().sorted().forEach(t -> {
            SlotTemplate st = SlotTemplate.of(t, declared);
            if (st != null) {
                out.put(t, st);
            }
        });
        return List.copyOf(out.values());
    }

    private static void collectStrings(JsonNode node, Set<String> out) {
        if (node.isTextual()) {
            out.add(node.textValue());
        } else {
            node.forEach(child -> collectStrings(child, out));
        }
    }
}
