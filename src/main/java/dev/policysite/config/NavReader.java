package dev.policysite.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.policysite.diag.UserError;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads MkDocs' {@code nav:} forms: {@code - path.md}, {@code - Title: path.md}, {@code - Title: [ ...children ]}
 * and {@code - Title: https://...}. Whether the pages exist is checked later, when pages are known.
 */
final class NavReader {
    private final LocatedYaml yaml;

    NavReader(LocatedYaml yaml) {
        this.yaml = yaml;
    }

    List<NavEntry> read() {
        JsonNode nav = yaml.root().has("nav") ? yaml.root().get("nav") : yaml.root().get("pages");
        if (nav == null || nav.isNull()) {
            return List.of();
        }
        String ptr = yaml.root().has("nav") ? "/nav" : "/pages";
        if (!nav.isArray()) {
            throw new UserError(yaml.pos(ptr), "nav must be a list", "write each entry as '- Title: page.md'");
        }
        return entries(nav, ptr);
    }

    private List<NavEntry> entries(JsonNode list, String ptr) {
        List<NavEntry> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            out.add(entry(list.get(i), ptr + "/" + i));
        }
        return out;
    }

    private NavEntry entry(JsonNode node, String ptr) {
        if (node.isTextual()) {
            return new NavEntry(null, node.asText(), List.of(), yaml.pos(ptr));
        }
        if (node.isObject() && node.size() == 1) {
            Map.Entry<String, JsonNode> e = node.fields().next();
            String title = e.getKey();
            JsonNode v = e.getValue();
            String childPtr = ptr + "/" + title.replace("~", "~0").replace("/", "~1");
            if (v.isTextual()) {
                return new NavEntry(title, v.asText(), List.of(), yaml.pos(childPtr));
            }
            if (v.isArray()) {
                return new NavEntry(title, null, entries(v, childPtr), yaml.pos(childPtr));
            }
        }
        throw new UserError(yaml.pos(ptr), "nav entry is neither 'page.md', 'Title: page.md' nor 'Title: [entries]'",
                "fix the entry's shape (see MkDocs' nav documentation)");
    }
}
