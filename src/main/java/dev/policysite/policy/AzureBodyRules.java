package dev.policysite.policy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Azure custom role definitions in the form {@code az role definition create} takes. Tags on items of
 * {@code Actions} and {@code DataActions}; never on the exclusion lists. Output always carries all eight
 * members in the order below (missing lists written as {@code []}), so a role is complete as printed.
 */
final class AzureBodyRules implements BodyRules {
    static final List<String> MEMBERS = List.of("Name", "IsCustom", "Description", "Actions", "NotActions",
            "DataActions", "NotDataActions", "AssignableScopes");
    private static final List<String> REQUIRED = List.of("Name", "IsCustom", "Description", "Actions", "AssignableScopes");
    private static final List<String> LISTS = List.of("Actions", "NotActions", "DataActions", "NotDataActions",
            "AssignableScopes");
    private static final List<String> TAGGABLE = List.of("Actions", "DataActions");

    @Override
    public ListRole roleOf(List<String> path) {
        if (path.size() == 1 && TAGGABLE.contains(path.get(0))) {
            return ListRole.ACTIONS;
        }
        if (path.size() == 1 && BodyReader.isExclusionName(path.get(0))) {
            return ListRole.EXCLUSIONS;
        }
        return ListRole.PLAIN;
    }

    @Override
    public Body.Obj check(Body.Obj body, Path file) {
        for (Body.Member m : body.members()) {
            if (!MEMBERS.contains(m.name())) {
                throw YamlTree.error(file, m.line(), "'" + m.name() + "' is not a member of an Azure role definition",
                        DidYouMean.hint(m.name(), MEMBERS));
            }
        }
        for (String name : REQUIRED) {
            if (body.member(name).isEmpty()) {
                throw YamlTree.error(file, body.line(), "the role definition has no " + name, "add " + name + ": under policy:");
            }
        }
        for (Body.Member m : body.members()) {
            boolean list = m.value() instanceof Body.Arr;
            if (list != LISTS.contains(m.name())) {
                throw YamlTree.error(file, m.line(), m.name() + (list ? " must not be a list" : " must be a list"),
                        LISTS.contains(m.name()) ? "write one name per - item" : "write a single value");
            }
        }
        List<Body.Member> canonical = new ArrayList<>();
        for (String name : MEMBERS) {
            canonical.add(body.member(name).orElse(new Body.Member(name, body.line(), new Body.Arr(body.line(), List.of()))));
        }
        return new Body.Obj(body.line(), canonical);
    }

    @Override
    public View fragment(Policy policy, String featureId) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (String name : TAGGABLE) {
            ArrayNode tagged = JsonNodeFactory.instance.arrayNode();
            Optional<Body.Member> member = policy.body().member(name);
            member.ifPresent(m -> ((Body.Arr) m.value()).items().stream()
                    .filter(i -> i.features().contains(featureId))
                    .forEach(i -> tagged.add(((Body.Leaf) i.value()).value())));
            if (!tagged.isEmpty()) {
                out.set(name, tagged);
            }
        }
        return new View(policy, "the " + featureId + " fragment of " + policy.id(), ViewShape.MEMBERS, out);
    }

    @Override
    public List<String> memberViews(Body.Obj body) {
        return TAGGABLE.stream()
                .filter(name -> body.member(name).map(m -> !((Body.Arr) m.value()).items().isEmpty()).orElse(false))
                .toList();
    }
}
