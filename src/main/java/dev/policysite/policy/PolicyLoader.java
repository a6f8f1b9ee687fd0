package dev.policysite.policy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.policysite.diag.SourcePos;
import dev.policysite.diag.UserError;
import dev.policysite.policy.YamlTree.Entry;
import dev.policysite.policy.YamlTree.ListNode;
import dev.policysite.policy.YamlTree.MapNode;
import dev.policysite.policy.YamlTree.Node;
import dev.policysite.policy.YamlTree.ScalarNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads one {@code content/policies/<id>.yaml} and validates it completely, so every later step can
 * trust the model. Every problem is a one-line {@link UserError} naming file and line. The format is
 * described in docs/policy-model.md.
 */
final class PolicyLoader {
    private static final List<String> TOP_KEYS = List.of("id", "kind", "title", "description", "placeholders", "features", "policy");
    private static final List<String> FEATURE_KEYS = List.of("id", "title", "when-off", "default");
    private static final List<String> PLACEHOLDER_KEYS = List.of("name", "description", "pattern", "example");
    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern PLACEHOLDER_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

    private final Path file;

    private PolicyLoader(Path file) {
        this.file = file;
    }

    /** A loaded policy and where its placeholders are declared (for checks across files). */
    record Loaded(Policy policy, Map<String, Integer> placeholderLines) {
    }

    static Loaded load(Path file) {
        return new PolicyLoader(file).load();
    }

    private Loaded load() {
        Node rootNode = YamlTree.parse(file);
        MapNode root = map(rootNode, "the policy file");
        expectKeys(root, TOP_KEYS, "a policy file");
        String id = text(root, "id", true);
        String fileId = file.getFileName().toString().replaceFirst("\\.yaml$", "");
        if (!ID.matcher(id).matches()) {
            throw error(root.get("id").line(), "policy id '" + id + "' is not lower-case words joined by hyphens",
                    "use e.g. aws-cross-account");
        }
        if (!id.equals(fileId)) {
            throw error(root.get("id").line(), "policy id '" + id + "' differs from the file name " + file.getFileName(),
                    "rename the file to " + id + ".yaml or change the id");
        }
        PolicyKind kind = PolicyKind.parse(text(root, "kind", true), at(root.get("kind").line()));
        String title = text(root, "title", true);
        String description = Optional.ofNullable(text(root, "description", false)).orElse("");
        List<Feature> features = new ArrayList<>();
        Map<String, Integer> featureLines = new LinkedHashMap<>();
        for (MapNode f : items(root, "features")) {
            Feature feature = feature(f);
            Integer first = featureLines.putIfAbsent(feature.getId(), f.line());
            if (first != null) {
                throw error(f.get("id").line(), "duplicate feature id '" + feature.getId() + "'",
                        "line " + first + " already declares it");
            }
            features.add(feature);
        }
        List<Placeholder> placeholders = new ArrayList<>();
        Map<String, Integer> placeholderLines = new LinkedHashMap<>();
        for (MapNode p : items(root, "placeholders")) {
            Placeholder placeholder = placeholder(p);
            Integer first = placeholderLines.putIfAbsent(placeholder.getName(), p.get("name").line());
            if (first != null) {
                throw error(p.get("name").line(), "duplicate placeholder '" + placeholder.getName() + "'",
                        "line " + first + " already declares it");
            }
            placeholders.add(placeholder);
        }
        Entry policyEntry = root.get("policy");
        if (policyEntry == null) {
            throw error(root.line(), "the file has no policy:", "add the policy body under policy:");
        }
        BodyReader reader = new BodyReader(file, kind.rules(), List.copyOf(featureLines.keySet()));
        Body.Obj body = kind.rules().check(reader.readRoot(map(policyEntry.value(), "policy:")), file);
        checkFeaturesUsed(body, featureLines);
        checkPlaceholdersUsed(body, placeholderLines);
        Policy policy = new Policy(id, kind, title, description, file, features, placeholders, body);
        return new Loaded(policy, placeholderLines);
    }

    private Feature feature(MapNode f) {
        expectKeys(f, FEATURE_KEYS, "a feature");
        String id = text(f, "id", true);
        if (!ID.matcher(id).matches()) {
            throw error(f.get("id").line(), "feature id '" + id + "' is not lower-case words joined by hyphens",
                    "use e.g. early-warnings");
        }
        boolean on = true;
        Entry d = f.get("default");
        if (d != null) {
            JsonNode v = d.value() instanceof ScalarNode s ? s.value() : null;
            String t = v == null ? "" : v.asText();
            if (t.equals("on") || t.equals("true")) {
                on = true;
            } else if (t.equals("off") || t.equals("false")) {
                on = false;
            } else {
                throw error(d.line(), "default must be on or off", "write default: off for an opt-in feature");
            }
        }
        return new Feature(id, text(f, "title", true), text(f, "when-off", true), on);
    }

    private Placeholder placeholder(MapNode p) {
        expectKeys(p, PLACEHOLDER_KEYS, "a placeholder");
        String name = text(p, "name", true);
        if (!PLACEHOLDER_NAME.matcher(name).matches()) {
            throw error(p.get("name").line(), "placeholder name '" + name + "' is not UPPER_CASE",
                    "use letters, digits and underscores, e.g. VPC_ID");
        }
        String pattern = text(p, "pattern", true);
        int patternLine = p.get("pattern").line();
        Pattern compiled;
        try {
            compiled = Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            throw error(patternLine, "pattern of " + name + " is not a valid regular expression: " + e.getDescription(),
                    "fix the pattern");
        }
        PatternRules.engineDifference(pattern).ifPresent(why -> {
            throw error(patternLine, "pattern of " + name + " would not work the same in the builder page: " + why,
                    "use only syntax that Java and JavaScript share");
        });
        String example = text(p, "example", true);
        int exampleLine = p.get("example").line();
        if (!compiled.matcher(example).matches()) {
            throw error(exampleLine, "example '" + example + "' of " + name + " does not match its own pattern " + pattern,
                    "fix the example or the pattern");
        }
        UnsafeValues.reason(example).ifPresent(why -> {
            throw error(exampleLine, "example '" + example + "' of " + name + " is unsafe: " + why, "give a plain value");
        });
        PatternRules.acceptedProbe(compiled, example).ifPresent(probe -> {
            throw error(patternLine, "pattern of " + name + " accepts '" + printable(probe) + "', which could widen the policy",
                    "make the pattern refuse wildcards, quotes, brackets, commas, whitespace and ARNs");
        });
        return new Placeholder(name, text(p, "description", true), pattern, example);
    }

    private void checkFeaturesUsed(Body.Obj body, Map<String, Integer> featureLines) {
        Set<String> used = new HashSet<>();
        Body.forEachItem(body, item -> used.addAll(item.features()));
        featureLines.forEach((id, line) -> {
            if (!used.contains(id)) {
                throw error(line, "feature '" + id + "' tags nothing", "tag the statements or actions it needs, or remove it");
            }
        });
    }

    private void checkPlaceholdersUsed(Body.Obj body, Map<String, Integer> declared) {
        Set<String> used = new HashSet<>();
        Map<String, Pattern> bare = new LinkedHashMap<>();
        declared.keySet().forEach(name -> bare.put(name, Pattern.compile("(?<![\\[A-Z0-9_])" + name + "(?![\\]A-Z0-9_])")));
        Body.forEachLeaf(body, leaf -> {
            if (!leaf.value().isTextual()) {
                return;
            }
            String text = leaf.value().textValue();
            Matcher m = PlaceholderFiller.TOKEN.matcher(text);
            while (m.find()) {
                if (!declared.containsKey(m.group(1))) {
                    throw error(leaf.line(), "placeholder " + m.group() + " is not declared",
                            DidYouMean.closest(m.group(1), declared.keySet()).map(c -> "did you mean [" + c + "]? ").orElse("")
                                    + "declare it under placeholders: or fix the name");
                }
                used.add(m.group(1));
            }
            bare.forEach((name, pattern) -> {
                if (pattern.matcher(text).find()) {
                    throw error(leaf.line(), name + " is written without brackets", "write [" + name + "] so it is replaced");
                }
            });
        });
        declared.forEach((name, line) -> {
            if (!used.contains(name)) {
                throw error(line, "placeholder " + name + " is declared but never used", "use [" + name + "] in the policy or remove it");
            }
        });
    }

    private MapNode map(Node n, String what) {
        if (n instanceof MapNode m) {
            return m;
        }
        throw error(n.line(), what + " must be a map, not " + YamlTree.kindOf(n), "see docs/policy-model.md");
    }

    private List<MapNode> items(MapNode parent, String key) {
        Entry e = parent.get(key);
        if (e == null) {
            return List.of();
        }
        if (!(e.value() instanceof ListNode list)) {
            throw error(e.line(), key + ": must be a list", "write each entry as a - item");
        }
        List<MapNode> out = new ArrayList<>();
        for (Node n : list.items()) {
            out.add(map(n, "an entry of " + key + ":"));
        }
        return out;
    }

    private String text(MapNode m, String key, boolean required) {
        Entry e = m.get(key);
        if (e == null) {
            if (required) {
                throw error(m.line(), "missing " + key + ":", "add " + key + ": here");
            }
            return null;
        }
        if (!(e.value() instanceof ScalarNode s) || s.value().isNull() || s.value().isContainerNode()) {
            throw error(e.line(), key + ": must be text, not " + YamlTree.kindOf(e.value()), "write a single value");
        }
        String value = s.value().asText().strip();
        if (value.isEmpty() && required) {
            throw error(e.line(), key + ": is empty", "give it a value");
        }
        return value;
    }

    private void expectKeys(MapNode m, List<String> allowed, String what) {
        for (Entry e : m.entries().values()) {
            if (!allowed.contains(e.key())) {
                throw error(e.line(), "'" + e.key() + "' is not a key of " + what, DidYouMean.hint(e.key(), allowed));
            }
        }
    }

    private SourcePos at(int line) {
        return SourcePos.of(file, line);
    }

    private UserError error(int line, String message, String hint) {
        return YamlTree.error(file, line, message, hint);
    }

    private static String printable(String s) {
        return s.replace("\n", "\\n").replace("\t", "\\t");
    }
}
