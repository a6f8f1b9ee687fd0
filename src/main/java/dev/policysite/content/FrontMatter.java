package dev.policysite.content;

import com.fasterxml.jackson.databind.JsonNode;
import dev.policysite.config.LocatedYaml;
import dev.policysite.diag.SourcePos;
import dev.policysite.diag.UserError;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * YAML front matter between {@code ---} lines at the very top of a page (MkDocs' meta / Jekyll style).
 * {@code bodyFirstLine} is the line of the file the body starts on, so positions in the body stay exact.
 */
public record FrontMatter(Map<String, Object> meta, String body, int bodyFirstLine, Map<String, Integer> keyLines) {

    public FrontMatter(Map<String, Object> meta, String body, int bodyFirstLine) {
        this(meta, body, bodyFirstLine, Map.of());
    }

    /** The line of the file a front-matter key is written on (for errors about its value), or 1. */
    public int line(String key) {
        return keyLines.getOrDefault(key, 1);
    }

    public static FrontMatter split(Path file, String text) {
        if (!text.startsWith("---")) {
            return new FrontMatter(Map.of(), text, 1);
        }
        int firstNl = text.indexOf('\n');
        if (firstNl < 0 || !text.substring(0, firstNl).strip().equals("---")) {
            return new FrontMatter(Map.of(), text, 1);
        }
        int pos = firstNl + 1;
        int line = 2;
        while (pos <= text.length()) {
            int nl = text.indexOf('\n', pos);
            String l = (nl < 0 ? text.substring(pos) : text.substring(pos, nl)).strip();
            if (l.equals("---") || l.equals("...")) {
                String yaml = text.substring(firstNl + 1, pos);
                String body = nl < 0 ? "" : text.substring(nl + 1);
                Map<String, Integer> flatLines = new LinkedHashMap<>();
                Map<String, Object> flat = FlatYaml.parse(yaml, 2, flatLines);
                if (flat != null) {
                    return new FrontMatter(flat, body, line + 1, flatLines);
                }
                LocatedYaml doc = LocatedYaml.parse(file, yaml, 2);
                Map<String, Integer> keyLines = new LinkedHashMap<>();
                doc.root().fieldNames().forEachRemaining(k -> keyLines.put(k, doc.pos("/" + k.replace("~", "~0").replace("/", "~1")).line()));
                return new FrontMatter(parse(file, doc), body, line + 1, keyLines);
            }
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
            line++;
        }
        throw new UserError(SourcePos.of(file, 1), "front matter is not closed",
                "end the front matter with a line '---', or remove the first line '---'");
    }

    private static Map<String, Object> parse(Path file, LocatedYaml doc) {
        JsonNode root = doc.root();
        if (root.isNull() || (root.isObject() && root.isEmpty())) {
            return Map.of();
        }
        if (!root.isObject()) {
            throw new UserError(SourcePos.of(file, 2), "front matter must be 'key: value' lines",
                    "write e.g. 'title: My page'");
        }
        return LocatedYaml.toMap(root);
    }

    public String string(String key) {
        Object v = meta.get(key);
        return v == null ? null : v.toString();
    }
}
