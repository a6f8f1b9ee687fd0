package dev.policysite.policy;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The structural difference between a JSON block from a page and a view of the model: statements and
 * actions the block lacks or has in excess (order-insensitive; action names case-insensitive, as IAM and
 * Azure compare them) and members that differ. A view's {@code [NAME]} placeholder matches the token
 * itself or any value its pattern accepts, so a block with real values still matches.
 */
public final class ViewDiff {
    private final String viewLabel;
    private final List<String> lacks = new ArrayList<>();
    private final List<String> extras = new ArrayList<>();
    private final List<String> changes = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private int distance;
    private final Policy policy;

    private ViewDiff(View view) {
        this.viewLabel = view.getLabel();
        this.policy = view.policy();
    }

    /** A view and how far a block is from it. */
    public record Nearest(NamedView view, ViewDiff diff) {
    }

    /** Compares {@code block} (parsed JSON from a page) with {@code view}. */
    public static ViewDiff between(JsonNode block, View view) {
        ViewDiff d = new ViewDiff(view);
        d.compare(DiffShape.of(block), DiffShape.of(view.node()));
        return d;
    }

    /** The view closest to {@code block} (first of equals wins, so whole variants before fragments). */
    public static Optional<Nearest> nearest(JsonNode block, List<NamedView> views) {
        return views.stream().map(v -> new Nearest(v, between(block, v.view())))
                .min(Comparator.comparingInt(n -> n.diff().distance()));
    }

    /** Things the view has and the block lacks, e.g. {@code ec2:CreateTags (in AllowInstanceActions)}. */
    public List<String> lacks() {
        return List.copyOf(lacks);
    }

    /** Things the block has and the view does not. */
    public List<String> extras() {
        return List.copyOf(extras);
    }

    /** Members present in both but different, e.g. a Resource or a Condition. */
    public List<String> changes() {
        return List.copyOf(changes);
    }

    /** Differences that do not change meaning, e.g. {@code S3:PutObject} written for {@code s3:PutObject}. */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    public boolean matches() {
        return distance == 0;
    }

    /** How many actions, statements and members differ (a missing statement counts its actions too). */
    public int distance() {
        return distance;
    }

    public String viewLabel() {
        return viewLabel;
    }

    /** One line, e.g. {@code block lacks ec2:CreateTags; has X which the backup fragment of p does not}. */
    public String summary() {
        if (matches()) {
            return "block matches " + viewLabel;
        }
        List<String> parts = new ArrayList<>();
        if (!lacks.isEmpty()) {
            parts.add("block lacks " + String.join(", ", lacks));
        }
        if (!extras.isEmpty()) {
            parts.add((parts.isEmpty() ? "block has " : "has ") + String.join(", ", extras) + " which " + viewLabel + " does not");
        }
        parts.addAll(changes);
        return String.join("; ", parts);
    }

    @Override
    public String toString() {
        return summary();
    }

    private void compare(DiffShape block, DiffShape view) {
        if (block.form() == DiffShape.Form.UNKNOWN) {
            changes.add("block is not a policy, statement, action list or role definition");
            distance += 1000;
        } else if (block.form() == DiffShape.Form.AZURE_MEMBERS || view.form() == DiffShape.Form.AZURE_MEMBERS) {
            if (block.form() != view.form()) {
                changes.add("block is " + (block.form() == DiffShape.Form.AZURE_MEMBERS ? "an Azure role" : "an AWS policy")
                        + " but " + viewLabel + " is not");
                distance += 1000;
            } else {
                compareMembers(block.members(), view.members());
            }
        } else if (block.form() == DiffShape.Form.ACTIONS || view.form() == DiffShape.Form.ACTIONS) {
            compareActions(block.allActions(), view.allActions(), "");
        } else {
            compareStatements(block, view);
        }
    }

    private void compareMembers(Map<String, JsonNode> block, Map<String, JsonNode> view) {
        view.forEach((name, value) -> {
            JsonNode b = block.get(name);
            if (b == null) {
                if (!(value.isArray() && value.isEmpty())) {
                    lacks.add("member " + name);
                    distance++;
                }
            } else if (name.endsWith("Actions")) {
                compareActions(DiffShape.strings(b), DiffShape.strings(value), view.size() > 1 ? " (in " + name + ")" : "");
            } else if (!sameValue(b, value)) {
                changes.add(name + " differs: block has " + b + ", " + viewLabel + " has " + value);
                distance++;
            }
        });
        block.keySet().stream().filter(name -> !view.containsKey(name)).forEach(name -> {
            extras.add("member " + name);
            distance++;
        });
    }

    private void compareActions(List<String> block, List<String> view, String where) {
        for (String v : view) {
            Optional<String> found = block.stream().filter(b -> b.equalsIgnoreCase(v)).findFirst();
            if (found.isEmpty()) {
                lacks.add(v + where);
                distance++;
            } else if (!found.get().equals(v)) {
                notes.add("block writes " + found.get() + " for " + v + " (the same action: names are case-insensitive)");
            }
        }
        for (String b : block) {
            if (view.stream().noneMatch(v -> v.equalsIgnoreCase(b))) {
                extras.add(b + where);
                distance++;
            }
        }
    }

    private void compareStatements(DiffShape block, DiffShape view) {
        if (block.version() != null && view.version() != null && !block.version().equals(view.version())) {
            changes.add("Version differs: block has " + block.version() + ", " + viewLabel + " has " + view.version());
            distance++;
        }
        List<JsonNode> unpairedBlock = new ArrayList<>(block.statements());
        List<JsonNode[]> pairs = new ArrayList<>();
        List<JsonNode> unpairedView = new ArrayList<>();
        for (JsonNode v : view.statements()) {
            JsonNode match = unpairedBlock.stream().filter(b -> sid(b) != null && sid(b).equals(sid(v))).findFirst()
                    .orElse(null);
            if (match != null) {
                unpairedBlock.remove(match);
                pairs.add(new JsonNode[] {match, v});
            } else {
                unpairedView.add(v);
            }
        }
        for (JsonNode v : new ArrayList<>(unpairedView)) {
            JsonNode best = unpairedBlock.stream().filter(b -> overlap(b, v) > 0)
                    .max(Comparator.comparingInt(b -> overlap(b, v))).orElse(null);
            if (best != null) {
                unpairedBlock.remove(best);
                unpairedView.remove(v);
                pairs.add(new JsonNode[] {best, v});
            }
        }
        boolean several = view.statements().size() > 1;
        for (JsonNode[] p : pairs) {
            compareStatement(p[0], p[1], several);
        }
        for (JsonNode v : unpairedView) {
            lacks.add("statement " + describe(v));
            distance += 1 + DiffShape.strings(v.get("Action")).size();
        }
        for (JsonNode b : unpairedBlock) {
            extras.add("statement " + describe(b));
            distance += 1 + DiffShape.strings(b.get("Action")).size();
        }
    }

    private void compareStatement(JsonNode block, JsonNode view, boolean several) {
        String name = describe(view);
        String where = several ? " (in " + name + ")" : "";
        if (sid(view) != null && !sid(view).equals(sid(block))) {
            changes.add("statement " + name + " is called " + (sid(block) == null ? "nothing" : sid(block)) + " in the block");
            distance++;
        }
        for (String key : List.of("Action", "NotAction")) {
            if (block.has(key) || view.has(key)) {
                compareActions(DiffShape.strings(block.get(key)), DiffShape.strings(view.get(key)), where);
            }
        }
        for (String key : List.of("Effect", "Principal", "NotPrincipal", "Resource", "NotResource", "Condition")) {
            JsonNode b = block.get(key);
            JsonNode v = view.get(key);
            if (b == null && v == null) {
                continue;
            }
            boolean same = b != null && v != null && (key.endsWith("Resource")
                    ? sameSet(DiffShape.strings(b), DiffShape.strings(v)) : sameValue(b, v));
            if (!same) {
                changes.add(key + " of " + name + " differs: block has " + (b == null ? "none" : b)
                        + ", " + viewLabel + " has " + (v == null ? "none" : v));
                distance++;
            }
        }
    }

    private boolean sameSet(List<String> block, List<String> view) {
        return block.size() == view.size()
                && view.stream().allMatch(v -> block.stream().anyMatch(b -> sameText(b, v)))
                && block.stream().allMatch(b -> view.stream().anyMatch(v -> sameText(b, v)));
    }

    /** Structural equality where the view's strings may hold placeholders; object member order is ignored. */
    private boolean sameValue(JsonNode block, JsonNode view) {
        if (view.isTextual()) {
            return block.isTextual() && sameText(block.textValue(), view.textValue());
        }
        if (view.isArray()) {
            if (!block.isArray() || block.size() != view.size()) {
                return false;
            }
            for (int i = 0; i < view.size(); i++) {
                if (!sameValue(block.get(i), view.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (view.isObject()) {
            if (!block.isObject() || block.size() != view.size()) {
                return false;
            }
            for (Map.Entry<String, JsonNode> e : view.properties()) {
                if (!block.has(e.getKey()) || !sameValue(block.get(e.getKey()), e.getValue())) {
                    return false;
                }
            }
            return true;
        }
        return block.equals(view);
    }

    /** {@code view} text with each {@code [NAME]} standing for itself or any value its pattern accepts. */
    private boolean sameText(String block, String view) {
        if (block.equals(view)) {
            return true;
        }
        Matcher m = PlaceholderFiller.TOKEN.matcher(view);
        StringBuilder regex = new StringBuilder();
        int last = 0;
        boolean any = false;
        while (m.find()) {
            Optional<Placeholder> p = policy.placeholders().stream().filter(x -> x.getName().equals(m.group(1))).findFirst();
            if (p.isEmpty()) {
                continue;
            }
            any = true;
            regex.append(Pattern.quote(view.substring(last, m.start())))
                    .append("(?:").append(Pattern.quote(m.group())).append("|(?:").append(p.get().getPattern()).append("))");
            last = m.end();
        }
        regex.append(Pattern.quote(view.substring(last)));
        return any && Pattern.matches(regex.toString(), block);
    }

    private static int overlap(JsonNode a, JsonNode b) {
        List<String> as = DiffShape.strings(a.get("Action")).stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
        return (int) DiffShape.strings(b.get("Action")).stream().map(s -> s.toLowerCase(Locale.ROOT)).filter(as::contains).count();
    }

    private static String sid(JsonNode statement) {
        JsonNode sid = statement.get("Sid");
        return sid == null ? null : sid.asText();
    }

    private static String describe(JsonNode statement) {
        if (sid(statement) != null) {
            return sid(statement);
        }
        List<String> actions = DiffShape.strings(statement.get("Action"));
        return actions.isEmpty() ? "without Sid" : "without Sid granting " + actions.get(0)
                + (actions.size() > 1 ? " and " + (actions.size() - 1) + " more" : "");
    }
}
