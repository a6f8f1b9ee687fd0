package dev.policysite.policy;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.policysite.policy.BodyRules.ListRole;
import dev.policysite.policy.YamlTree.Entry;
import dev.policysite.policy.YamlTree.ListNode;
import dev.policysite.policy.YamlTree.MapNode;
import dev.policysite.policy.YamlTree.Node;
import dev.policysite.policy.YamlTree.ScalarNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@code policy:} part of a model file into a {@link Body}: plain IAM / Azure JSON written as
 * YAML, where a statement may carry {@code features: [ids]} and an action may be written
 * {@code - action: feature} to tag it. Tags anywhere else are errors, as are undeclared feature ids.
 */
final class BodyReader {
    static final String TAG_KEY = "features";

    private final Path file;
    private final BodyRules rules;
    private final List<String> featureIds;

    BodyReader(Path file, BodyRules rules, List<String> featureIds) {
        this.file = file;
        this.rules = rules;
        this.featureIds = featureIds;
    }

    Body.Obj readRoot(MapNode root) {
        return readObject(root, List.of());
    }

    private Body read(Node node, List<String> path) {
        if (node instanceof MapNode map) {
            return readObject(map, path);
        }
        if (node instanceof ListNode list) {
            return readList(list, path);
        }
        return new Body.Leaf(node.line(), ((ScalarNode) node).value());
    }

    private Body.Obj readObject(MapNode map, List<String> path) {
        List<Body.Member> members = new ArrayList<>();
        for (Entry e : map.entries().values()) {
            if (e.key().equals(TAG_KEY)) {
                throw YamlTree.error(file, e.line(), "feature tags are not allowed here",
                        "tag a whole statement (features: under Statement) or one action (- action: feature)");
            }
            members.add(new Body.Member(e.key(), e.line(), read(e.value(), append(path, e.key()))));
        }
        return new Body.Obj(map.line(), members);
    }

    private Body.Arr readList(ListNode list, List<String> path) {
        ListRole role = rules.roleOf(path);
        String where = String.join(".", path);
        List<Body.Item> items = new ArrayList<>();
        Map<String, Integer> seenActions = new HashMap<>();
        for (Node n : list.items()) {
            Body.Item item = switch (role) {
                case STATEMENTS -> statement(n, path);
                case ACTIONS -> action(n, where);
                case EXCLUSIONS -> exclusion(n, where);
                case PLAIN -> new Body.Item(read(n, path), List.of(), n.line());
            };
            if (role == ListRole.ACTIONS || role == ListRole.EXCLUSIONS) {
                String name = ((Body.Leaf) item.value()).value().asText();
                Integer first = seenActions.putIfAbsent(name.toLowerCase(), item.line());
                if (first != null) {
                    throw YamlTree.error(file, item.line(), "'" + name + "' is listed twice in " + where,
                            "it is already listed at line " + first + " (names are case-insensitive); remove one");
                }
            }
            items.add(item);
        }
        return new Body.Arr(list.line(), items);
    }

    private Body.Item statement(Node n, List<String> path) {
        if (!(n instanceof MapNode map)) {
            throw YamlTree.error(file, n.line(), "a statement must be a map, not " + YamlTree.kindOf(n),
                    "write the statement's Sid, Effect, Action, Resource... as keys");
        }
        Entry tag = map.get(TAG_KEY);
        List<String> features = tag == null ? List.of() : tags(tag.value());
        Map<String, Entry> rest = new java.util.LinkedHashMap<>(map.entries());
        rest.remove(TAG_KEY);
        return new Body.Item(readObject(new MapNode(map.line(), rest), path), features, map.line());
    }

    private Body.Item action(Node n, String where) {
        if (n instanceof ScalarNode s && s.value().isTextual()) {
            return new Body.Item(new Body.Leaf(n.line(), s.value()), List.of(), n.line());
        }
        if (n instanceof MapNode map && map.entries().size() == 1) {
            Entry e = map.entries().values().iterator().next();
            return new Body.Item(new Body.Leaf(e.line(), TextNode.valueOf(e.key())), tags(e.value()), e.line());
        }
        throw YamlTree.error(file, n.line(), "an item of " + where + " must be an action name or 'action: feature'",
                "write - ec2:DescribeVpcs, or - ec2:DescribeVpcs: feature-id to tag it");
    }

    private Body.Item exclusion(Node n, String where) {
        if (n instanceof ScalarNode s && s.value().isTextual()) {
            return new Body.Item(new Body.Leaf(n.line(), s.value()), List.of(), n.line());
        }
        throw YamlTree.error(file, n.line(), "items of " + where + " cannot be tagged",
                "leaving an exclusion out would widen the policy; write the action name only");
    }

    /** {@code feature} or {@code [feature, ...]}: each must be declared, none twice. */
    private List<String> tags(Node node) {
        List<Node> names = node instanceof ListNode list ? list.items() : List.of(node);
        if (names.isEmpty()) {
            throw YamlTree.error(file, node.line(), "an empty feature tag", "name at least one feature, or drop the tag");
        }
        List<String> out = new ArrayList<>();
        for (Node n : names) {
            if (!(n instanceof ScalarNode s) || !s.value().isTextual()) {
                throw YamlTree.error(file, n.line(), "a feature tag must be a feature id, not " + YamlTree.kindOf(n),
                        "write feature-id or [feature-a, feature-b]");
            }
            String id = s.value().textValue();
            if (!featureIds.contains(id)) {
                String hint = DidYouMean.closest(id, featureIds).map(c -> "did you mean '" + c + "'? ").orElse("")
                        + "declare it under features: or fix the tag";
                throw YamlTree.error(file, n.line(), "feature '" + id + "' is not declared", hint);
            }
            if (out.contains(id)) {
                throw YamlTree.error(file, n.line(), "feature '" + id + "' is named twice in one tag", "name it once");
            }
            out.add(id);
        }
        return List.copyOf(out);
    }

    private static List<String> append(List<String> path, String name) {
        List<String> out = new ArrayList<>(path);
        out.add(name);
        return List.copyOf(out);
    }

    static boolean isExclusionName(String name) {
        return Set.of("NotAction", "NotActions", "NotDataActions").contains(name);
    }
}
