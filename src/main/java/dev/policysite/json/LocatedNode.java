package dev.policysite.json;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One value of a {@link LocatedJson}, so that a check walking the tree can say exactly where a problem
 * is. Navigating to a child that does not exist gives null. Cheap to create; positions and the JSON
 * Pointer are worked out only when asked for.
 */
public final class LocatedNode {
    private final LocatedJson doc;
    private final LocatedNode parent;
    private final int index;
    private final String name;
    private final JsonNode node;
    private final ValuePos pos;

    LocatedNode(LocatedJson doc, LocatedNode parent, int index, String name, JsonNode node, ValuePos pos) {
        this.doc = doc;
        this.parent = parent;
        this.index = index;
        this.name = name;
        this.node = node;
        this.pos = pos;
    }

    public JsonNode node() {
        return node;
    }

    public LocatedJson doc() {
        return doc;
    }

    /** The member name when this value is an object member, otherwise null. */
    public String name() {
        return name;
    }

    /** The member {@code field} of an object, or null. */
    public LocatedNode get(String field) {
        JsonNode child = node.isObject() ? node.get(field) : null;
        return child == null ? null : new LocatedNode(doc, this, -1, field, child, pos.child(field));
    }

    /** Element {@code index} of an array, or null. */
    public LocatedNode get(int i) {
        JsonNode child = node.isArray() ? node.get(i) : null;
        return child == null ? null : new LocatedNode(doc, this, i, null, child, pos.child(i));
    }

    /** The elements of an array in order; empty for anything else. */
    public List<LocatedNode> elements() {
        if (!node.isArray()) {
            return List.of();
        }
        List<LocatedNode> out = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            out.add(new LocatedNode(doc, this, i, null, node.get(i), pos.child(i)));
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
        int i = 0;
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            // the object keeps members in first-appearance order, and so does the position tree
            out.add(new LocatedNode(doc, this, -1, e.getKey(), e.getValue(), pos.child(i++)));
        }
        return out;
    }

    /** Every string value at or below this one, in text order (e.g. to find where an action is written). */
    public List<LocatedNode> stringValues() {
        List<LocatedNode> out = new ArrayList<>();
        collectStrings(out);
        return out;
    }

    private void collectStrings(List<LocatedNode> out) {
        if (node.isTextual()) {
            out.add(this);
        } else if (node.isArray()) {
            elements().forEach(e -> e.collectStrings(out));
        } else if (node.isObject()) {
            members().forEach(m -> m.collectStrings(out));
        }
    }

    /** Where this value starts. */
    public TextPos pos() {
        return doc.posOf(pos.start);
    }

    /** Where this member's name starts; the value's own position for array elements and the root. */
    public TextPos namePos() {
        return doc.posOf(pos.nameStart >= 0 ? pos.nameStart : pos.start);
    }

    /** The position just after this value. */
    public TextPos end() {
        return doc.posOf(pos.end);
    }

    /** The text of a string value, or null for anything else. */
    public String text() {
        return node.isTextual() ? node.textValue() : null;
    }

    /** The JSON Pointer of this value as text, e.g. {@code /Statement/0/Action}; empty for the root. */
    public String pointer() {
        if (parent == null) {
            return "";
        }
        return parent.pointer() + "/" + (name != null ? escape(name) : Integer.toString(index));
    }

    public JsonPointer jsonPointer() {
        return JsonPointer.compile(pointer());
    }

    @Override
    public String toString() {
        return (parent == null ? "/" : pointer()) + "@" + pos();
    }

    static String escape(String name) {
        if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
            return name;
        }
        return name.replace("~", "~0").replace("/", "~1");
    }
}
