package dev.policysite.json;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.Optional;

/**
 * A Jackson tree read from a text, plus where each value and member name stands in that text.
 * Navigate it with {@link #rootNode()} ({@link LocatedNode}) or address values by JSON Pointer
 * ({@code /Statement/0/Action/3}). The root of a fragment is the wrapper {@link StrictJson} added;
 * positions always point into the original text.
 */
public final class LocatedJson {
    private final String text;
    private final LineMap lines;
    private final JsonNode root;
    private final ValuePos rootPos;
    private final JsonShape shape;

    LocatedJson(String text, LineMap lines, JsonNode root, ValuePos rootPos, JsonShape shape) {
        this.text = text;
        this.lines = lines;
        this.root = root;
        this.rootPos = rootPos;
        this.shape = shape;
    }

    /** The value, wrapped in {@code [ ]} or {@code { }} when the text was a fragment (see {@link #shape()}). */
    public JsonNode root() {
        return root;
    }

    public JsonShape shape() {
        return shape;
    }

    public String text() {
        return text;
    }

    /** The root as a navigable node that knows its positions. */
    public LocatedNode rootNode() {
        return new LocatedNode(this, null, -1, null, root, rootPos);
    }

    /** The node at {@code pointer}, or null when there is none. */
    public LocatedNode at(JsonPointer pointer) {
        LocatedNode current = rootNode();
        JsonPointer rest = pointer;
        while (current != null && !rest.matches()) {
            current = current.node().isArray()
                    ? current.get(rest.getMatchingIndex())
                    : current.get(rest.getMatchingProperty());
            rest = rest.tail();
        }
        return current;
    }

    /** Where the value at {@code pointer} starts (its opening quote, bracket, digit ...). */
    public Optional<TextPos> valuePos(JsonPointer pointer) {
        return Optional.ofNullable(at(pointer)).map(LocatedNode::pos);
    }

    /** Where the name of the member at {@code pointer} starts (its opening quote); empty for array elements. */
    public Optional<TextPos> namePos(JsonPointer pointer) {
        return Optional.ofNullable(at(pointer)).filter(n -> n.name() != null).map(LocatedNode::namePos);
    }

    /** The position just after the value at {@code pointer}. */
    public Optional<TextPos> valueEnd(JsonPointer pointer) {
        return Optional.ofNullable(at(pointer)).map(LocatedNode::end);
    }

    /** Line and column of any offset in the text. */
    public TextPos posOf(int offset) {
        return lines.at(offset);
    }
}
