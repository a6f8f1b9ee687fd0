package dev.policysite.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * IAM policy documents (identity and trust policies): tags on statements and on {@code Action} items.
 * Deny statements are never tagged (dropping a Deny widens the policy); {@code NotAction} items never.
 */
final class AwsBodyRules implements BodyRules {
    private static final List<String> DOCUMENT_KEYS = List.of("Version", "Id", "Statement");
    private static final List<String> STATEMENT_KEYS = List.of("Sid", "Effect", "Principal", "NotPrincipal",
            "Action", "NotAction", "Resource", "NotResource", "Condition");

    private final boolean trust;

    AwsBodyRules(boolean trust) {
        this.trust = trust;
    }

    @Override
    public ListRole roleOf(List<String> path) {
        if (path.equals(List.of("Statement"))) {
            return ListRole.STATEMENTS;
        }
        if (path.equals(List.of("Statement", "Action"))) {
            return ListRole.ACTIONS;
        }
        if (path.equals(List.of("Statement", "NotAction"))) {
            return ListRole.EXCLUSIONS;
        }
        return ListRole.PLAIN;
    }

    @Override
    public Body.Obj check(Body.Obj body, Path file) {
        for (Body.Member m : body.members()) {
            if (!DOCUMENT_KEYS.contains(m.name())) {
                throw YamlTree.error(file, m.line(), "'" + m.name() + "' is not a member of an IAM policy document",
                        DidYouMean.hint(m.name(), DOCUMENT_KEYS));
            }
        }
        requireMember(body, "Version", file);
        Body statements = requireMember(body, "Statement", file);
        if (!(statements instanceof Body.Arr list)) {
            throw YamlTree.error(file, statements.line(), "Statement must be a list of statements",
                    "write each statement as a list item (- Sid: ...)");
        }
        Map<String, Integer> sids = new HashMap<>();
        for (Body.Item item : list.items()) {
            checkStatement(item, (Body.Obj) item.value(), file, sids);
        }
        return body;
    }

    private void checkStatement(Body.Item item, Body.Obj st, Path file, Map<String, Integer> sids) {
        for (Body.Member m : st.members()) {
            if (!STATEMENT_KEYS.contains(m.name())) {
                throw YamlTree.error(file, m.line(), "'" + m.name() + "' is not a member of an IAM statement",
                        DidYouMean.hint(m.name(), STATEMENT_KEYS));
            }
        }
        for (String key : List.of("Action", "NotAction", "Resource", "NotResource")) {
            st.member(key).ifPresent(m -> requireStrings(m, file));
        }
        st.member("Sid").ifPresent(sid -> {
            String text = ((Body.Leaf) sid.value()).value().asText();
            Integer first = sids.putIfAbsent(text, sid.line());
            if (first != null) {
                throw YamlTree.error(file, sid.line(), "duplicate Sid '" + text + "'",
                        "line " + first + " already uses it; Sids must be unique within a policy");
            }
        });
        boolean deny = st.member("Effect").map(e -> ((Body.Leaf) e.value()).value().asText().equals("Deny")).orElse(false);
        boolean taggedInside = st.member("Action").map(a -> a.value() instanceof Body.Arr arr
                && arr.items().stream().anyMatch(Body.Item::isTagged)).orElse(false);
        if (deny && (item.isTagged() || taggedInside)) {
            throw YamlTree.error(file, item.line(), "a Deny statement cannot depend on features",
                    "leaving out a Deny (or one of its actions) would widen the policy; drop the tags");
        }
        boolean hasAction = st.member("Action").isPresent();
        if (hasAction == st.member("NotAction").isPresent()) {
            throw YamlTree.error(file, item.line(), "a statement needs exactly one of Action and NotAction", "");
        }
        boolean hasPrincipal = st.member("Principal").isPresent() || st.member("NotPrincipal").isPresent();
        if (trust && !hasPrincipal) {
            throw YamlTree.error(file, item.line(), "a trust policy statement needs a Principal",
                    "name who may assume the role under Principal:");
        }
        if (!trust && hasPrincipal) {
            throw YamlTree.error(file, item.line(), "an identity policy statement has no Principal",
                    "use kind: aws-trust for a role's trust policy");
        }
    }

    /** A string or a list of strings; anything else is most likely a misplaced tag. */
    private static void requireStrings(Body.Member m, Path file) {
        List<Body> values = m.value() instanceof Body.Arr arr ? arr.items().stream().map(Body.Item::value).toList() : List.of(m.value());
        for (Body v : values) {
            if (!(v instanceof Body.Leaf leaf) || !leaf.value().isTextual()) {
                throw YamlTree.error(file, v.line(), m.name() + " takes strings only",
                        "feature tags go on statements (features:) and on Action items (- action: feature)");
            }
        }
    }

    private static Body requireMember(Body.Obj obj, String name, Path file) {
        return obj.member(name).map(Body.Member::value).orElseThrow(() -> YamlTree.error(file, obj.line(),
                "the policy has no " + name, "add " + name + ": under policy:"));
    }

    @Override
    public View fragment(Policy policy, String featureId) {
        FeatureSelection withFeature = policy.defaults().with(featureId);
        ArrayNode statements = JsonNodeFactory.instance.arrayNode();
        JsonNode onlyActions = null;
        int partial = 0;
        for (Body.Item item : statementList(policy.body()).items()) {
            Body.Obj st = (Body.Obj) item.value();
            if (item.features().contains(featureId)) {
                statements.add(BodyFilter.render(st, withFeature));
                continue;
            }
            List<Body.Item> tagged = taggedActions(st, featureId);
            if (!tagged.isEmpty()) {
                Set<Body.Item> keep = Collections.newSetFromMap(new IdentityHashMap<>());
                keep.addAll(tagged);
                Set<Body.Item> actions = Collections.newSetFromMap(new IdentityHashMap<>());
                actions.addAll(((Body.Arr) st.member("Action").orElseThrow().value()).items());
                Predicate<Body.Item> onlyTagged = i -> !actions.contains(i) || keep.contains(i);
                JsonNode reduced = BodyFilter.render(st, onlyTagged);
                statements.add(reduced);
                onlyActions = reduced.get("Action");
                partial++;
            }
        }
        String label = "the " + featureId + " fragment of " + policy.id();
        if (partial == 1 && statements.size() == 1) {
            return new View(policy, label, ViewShape.ACTION_LIST, onlyActions);
        }
        if (statements.size() == 1) {
            return new View(policy, label, ViewShape.STATEMENT, statements.get(0));
        }
        return new View(policy, label, ViewShape.STATEMENTS, statements);
    }

    private static Body.Arr statementList(Body.Obj body) {
        return (Body.Arr) body.member("Statement").orElseThrow().value();
    }

    private static List<Body.Item> taggedActions(Body.Obj st, String featureId) {
        return st.member("Action")
                .filter(a -> a.value() instanceof Body.Arr)
                .map(a -> ((Body.Arr) a.value()).items().stream().filter(i -> i.features().contains(featureId)).toList())
                .orElse(List.of());
    }

    @Override
    public List<String> memberViews(Body.Obj body) {
        return List.of();
    }
}
