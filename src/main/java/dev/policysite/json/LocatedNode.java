package dev.policysite.json;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One value of a {@link LocatedJson} together with its JSON Pointer, so that a check walking the tree
 * can say exactly where a problem is. Navigating to a child that does not exist gives null.
 */
public final class LocatedNode {
    private final LocatedJson doc;
    private final String pointer;
    private final String name;
    private final JsonNode node;

    LocatedNode(LocatedJson doc, String pointer, String name, JsonNode node) {
        this.doc = doc;
        this.pointer = pointer;
        this.name = name;
        this.node = node;
    }

    public JsonNode node() {
        return node;
    }

    public LocatedJson doc() {
        return doc;
    }

    /** The JSON Pointer of this value as text, e.g. {@code /Statement/0/Action}; empty for the root. */
    public String pointer() {
        return pointer;
    }

    public JsonPointer jsonPointer() {
        return JsonPointer.compile(pointer);
    }

    /** The member name when this value is an object member, otherwise null. */
    public String name() {
        return name;
    }

    /** The member {@code field} of an object, or null. */
    public LocatedNode get(String field) {
        JsonNode child = node.isObject() ? node.get(field) : null;
        return child == null ? null : new LocatedNode(doc, pointer + "/" + escape(field), field, child);
    }

    /** Element {@code index} of an array, or null. */
    public LocatedNode get(int index) {
        JsonNode child = node.isArray() ? node.get(index) : null;
        return child == null ? null : new LocatedNode(doc, pointer + "/" + index, null, child);
    }

    /** The elements of an array in order; empty for anything else. */
    public List<LocatedNode> elements() {
        if (!node.isArray()) {
            return List.of();
        }
        List<LocatedNode> out = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            out.add(new LocatedNode(doc, pointer + "/" + i, null, node.get(i)));
        }
        return out;
    }

    /** The elements of an array, or this value alone: IAM's "string or list of strings" shape. */
    public List<LocatedNode> elementsOrSelf() {
        return node.isArray() ? elements() : List.of(this);
    }

    /** The members of an object in text order; empty for anything else. */
    public List<LocatedNode> members() {
        if (!node.isObject()) {
            return List.of();
        }
        List<LocatedNode> out = new ArrayList<>(node.size());
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            out.add(new LocatedNode(doc, pointer + "/" + escape(e.getKey()), e.getKey(), e.getValue()));
        }
        return out;
    }

    /** Where this value starts. */
    public TextPos pos() {
        return doc.span(pointer).map(s -> doc.posOf(s.start())).orElseGet(() -> doc.posOf(0));
    }

    /** Where this member's name starts; the value's own position for array elements and the root. */
    public TextPos namePos() {
        return doc.span(pointer).filter(s -> s.nameStart() >= 0).map(s -> doc.posOf(s.nameStart())).orElseGet(this::pos);
    }

    /** The position just after this value. */
    public TextPos end() {
        return doc.span(pointer).map(s -> doc.posOf(s.end())).orElseGet(() -> doc.posOf(doc.text().length()));
    }

    /** The text of a string value, or null for anything else. */
    public String text() {
        return node.isTextual() ? node.textValue() : null;
    }

    @Override
    public String toString() {
        return (pointer.isEmpty() ? "/" : pointer) + "@" + pos();
    }

    static String escape(String name) {
        if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
            return name;
        }
        return name.replace("~", "~0").replace("/", "~1");
    }
}
