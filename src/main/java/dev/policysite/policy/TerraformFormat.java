package dev.policysite.policy;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A whole policy as Terraform: an {@code aws_iam_policy_document} data source for AWS (statements,
 * actions, resources, principals, conditions) or an {@code azurerm_role_definition} resource for Azure.
 * Strings are escaped for HCL, including {@code ${} and {@code %{} so IAM policy variables stay literal.
 */
public final class TerraformFormat {

    private TerraformFormat() {
    }

    public static String of(View view) {
        if (view.shape() != ViewShape.DOCUMENT) {
            throw new IllegalArgumentException("Terraform needs a whole policy, not " + view.shape());
        }
        String name = view.policy().id().replace('-', '_');
        return view.policy().kind().isAws() ? aws(name, view.node()) : azure(name, view.node());
    }

    private static String aws(String name, JsonNode doc) {
        Block root = new Block("data \"aws_iam_policy_document\" \"" + name + "\"");
        if (doc.has("Version")) {
            root.attr("version", str(doc.get("Version").asText()));
        }
        for (JsonNode st : doc.path("Statement")) {
            Block b = root.block("statement");
            optional(b, "sid", st.get("Sid"));
            optional(b, "effect", st.get("Effect"));
            listAttr(b, "actions", st.get("Action"));
            listAttr(b, "not_actions", st.get("NotAction"));
            listAttr(b, "resources", st.get("Resource"));
            listAttr(b, "not_resources", st.get("NotResource"));
            principals(b, "principals", st.get("Principal"));
            principals(b, "not_principals", st.get("NotPrincipal"));
            JsonNode condition = st.get("Condition");
            if (condition != null) {
                for (Map.Entry<String, JsonNode> test : condition.properties()) {
                    for (Map.Entry<String, JsonNode> variable : test.getValue().properties()) {
                        Block c = b.block("condition");
                        c.attr("test", str(test.getKey()));
                        c.attr("variable", str(variable.getKey()));
                        c.attr("values", list(DiffShape.strings(variable.getValue())));
                    }
                }
            }
        }
        return root.render(0);
    }

    private static void principals(Block b, String blockName, JsonNode principal) {
        if (principal == null) {
            return;
        }
        if (principal.isTextual()) {
            Block p = b.block(blockName);
            p.attr("type", str(principal.asText()));
            p.attr("identifiers", list(List.of(principal.asText())));
            return;
        }
        for (Map.Entry<String, JsonNode> e : principal.properties()) {
            Block p = b.block(blockName);
            p.attr("type", str(e.getKey()));
            p.attr("identifiers", list(DiffShape.strings(e.getValue())));
        }
    }

    private static String azure(String name, JsonNode role) {
        Block root = new Block("resource \"azurerm_role_definition\" \"" + name + "\"");
        List<String> scopes = DiffShape.strings(role.get("AssignableScopes"));
        root.attr("name", str(role.path("Name").asText()));
        root.attr("scope", str(scopes.isEmpty() ? "" : scopes.get(0)));
        root.attr("description", str(role.path("Description").asText()));
        Block p = root.block("permissions");
        p.attr("actions", list(DiffShape.strings(role.get("Actions"))));
        p.attr("not_actions", list(DiffShape.strings(role.get("NotActions"))));
        p.attr("data_actions", list(DiffShape.strings(role.get("DataActions"))));
        p.attr("not_data_actions", list(DiffShape.strings(role.get("NotDataActions"))));
        root.attr("assignable_scopes", list(scopes));
        return root.render(0);
    }

    private static void optional(Block b, String key, JsonNode value) {
        if (value != null) {
            b.attr(key, str(value.asText()));
        }
    }

    private static void listAttr(Block b, String key, JsonNode value) {
        if (value != null) {
            b.attr(key, list(DiffShape.strings(value)));
        }
    }

    /** An HCL string literal; {@code ${} and {@code %{} doubled so Terraform does not interpolate. */
    static String str(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean template = (c == '$' || c == '%') && i + 1 < s.length() && s.charAt(i + 1) == '{';
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '"' -> sb.append("\\\"");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> sb.append(template ? String.valueOf(c) + c : String.valueOf(c));
            }
        }
        return sb.append('"').toString();
    }

    /** A list value; rendered on one line when it has at most one item, else one item a line. */
    private record HclList(List<String> items) {
        String render(String indent) {
            if (items.size() <= 1) {
                return items.isEmpty() ? "[]" : "[" + str(items.get(0)) + "]";
            }
            StringBuilder sb = new StringBuilder("[\n");
            items.forEach(i -> sb.append(indent).append("  ").append(str(i)).append(",\n"));
            return sb.append(indent).append(']').toString();
        }
    }

    private static HclList list(List<String> items) {
        return new HclList(items);
    }

    /** An HCL block: aligned attributes, then nested blocks, indented by two spaces per level. */
    private static final class Block {
        private final String header;
        private final List<Map.Entry<String, Object>> attrs = new ArrayList<>();
        private final List<Block> blocks = new ArrayList<>();

        Block(String header) {
            this.header = header;
        }

        void attr(String key, String value) {
            attrs.add(Map.entry(key, value));
        }

        void attr(String key, HclList value) {
            attrs.add(Map.entry(key, value));
        }

        Block block(String name) {
            Block b = new Block(name);
            blocks.add(b);
            return b;
        }

        String render(int depth) {
            String pad = "  ".repeat(depth);
            String inner = "  ".repeat(depth + 1);
            int width = attrs.stream().mapToInt(a -> a.getKey().length()).max().orElse(0);
            StringBuilder sb = new StringBuilder(pad).append(header).append(" {\n");
            for (Map.Entry<String, Object> a : attrs) {
                String value = a.getValue() instanceof HclList l ? l.render(inner) : (String) a.getValue();
                sb.append(inner).append(a.getKey()).append(" ".repeat(width - a.getKey().length()))
                        .append(" = ").append(value).append('\n');
            }
            for (Block b : blocks) {
                if (sb.charAt(sb.length() - 2) != '{') {
                    sb.append('\n');
                }
                sb.append(b.render(depth + 1)).append('\n');
            }
            return sb.append(pad).append('}').toString();
        }
    }
}
