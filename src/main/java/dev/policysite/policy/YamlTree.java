package dev.policysite.policy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.policysite.diag.SourcePos;
import dev.policysite.diag.UserError;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document read into maps, lists and scalars that remember their line, so every error about a
 * model file can name the line an author must edit. Duplicate keys are errors (YAML says so; Jackson's
 * tree model would silently keep the last one).
 */
final class YamlTree {
    private static final YAMLFactory FACTORY = new YAMLFactory();
    private static final ObjectMapper SCALARS = new ObjectMapper();

    sealed interface Node permits MapNode, ListNode, ScalarNode {
        int line();
    }

    record Entry(String key, int line, Node value) {
    }

    record MapNode(int line, Map<String, Entry> entries) implements Node {
        Entry get(String key) {
            return entries.get(key);
        }
    }

    record ListNode(int line, List<Node> items) implements Node {
    }

    record ScalarNode(int line, JsonNode value) implements Node {
    }

    private final Path file;

    private YamlTree(Path file) {
        this.file = file;
    }

    static Node parse(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new YamlTree(file).parseText(text);
    }

    private Node parseText(String text) {
        try (JsonParser p = FACTORY.createParser(text)) {
            if (p.nextToken() == null) {
                throw new UserError(SourcePos.of(file, 1), "the file is empty", "see docs/policy-model.md for the format");
            }
            Node root = read(p);
            if (p.nextToken() != null) {
                throw new UserError(pos(p), "a second YAML document follows the policy", "keep one policy per file");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw syntaxError(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The parser's problem and the line it found it on (SnakeYAML knows it better than Jackson's location). */
    private UserError syntaxError(JsonProcessingException e) {
        int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
        String message = firstLine(e.getOriginalMessage());
        if (e.getCause() instanceof MarkedYAMLException m && m.getProblemMark() != null) {
            line = m.getProblemMark().getLine() + 1;
            message = m.getProblem() + (m.getContext() == null || m.getContextMark() == null ? ""
                    : " (" + m.getContext() + " from line " + (m.getContextMark().getLine() + 1) + ")");
        }
        return new UserError(SourcePos.of(file, line), "invalid YAML: " + message, "fix the YAML syntax at this line", e);
    }

    private Node read(JsonParser p) throws IOException {
        int line = pos(p).line();
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            Map<String, Entry> entries = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                int keyLine = pos(p).line();
                p.nextToken();
                Entry previous = entries.put(key, new Entry(key, keyLine, read(p)));
                if (previous != null) {
                    throw new UserError(SourcePos.of(file, keyLine), "duplicate key '" + key + "'",
                            "it is already set at line " + previous.line());
                }
            }
            return new MapNode(line, entries);
        }
        if (t == JsonToken.START_ARRAY) {
            List<Node> items = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                items.add(read(p));
            }
            return new ListNode(line, items);
        }
        return new ScalarNode(line, SCALARS.readTree(p));
    }

    private SourcePos pos(JsonParser p) {
        return SourcePos.of(file, Math.max(1, p.currentTokenLocation().getLineNr()));
    }

    private static String firstLine(String message) {
        String m = message == null ? "" : message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /** A one-line error at {@code line} of {@code file}. */
    static UserError error(Path file, int line, String message, String hint) {
        return new UserError(SourcePos.of(file, line), message, hint);
    }

    static String kindOf(Node n) {
        if (n instanceof MapNode) {
            return "a map";
        }
        if (n instanceof ListNode) {
            return "a list";
        }
        JsonNode v = ((ScalarNode) n).value();
        return v.isNull() ? "nothing" : v.isTextual() ? "text" : v.isBoolean() ? "true/false" : "a number";
    }
}
