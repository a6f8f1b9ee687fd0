package dev.policysite.check;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * The string values of a block's JSON in text order (members and items as written; names are not values),
 * and where each one is written in the block text, so a finding about a string points at it. The same
 * order as {@link SlotNormalizer} counts strings in.
 */
final class BlockStrings {
    private final String text;
    private final List<String> values = new ArrayList<>();
    private int[] offsets;
    private int[] lineStarts;

    BlockStrings(JsonNode value, String text) {
        this.text = text;
        collect(value);
    }

    private void collect(JsonNode node) {
        if (node.isTextual()) {
            values.add(node.textValue());
        } else {
            node.forEach(this::collect);
        }
    }

    List<String> values() {
        return values;
    }

    /** Offset in the block text of string {@code k}'s first character (after its quote), or -1 when not found. */
    int offsetOf(int k) {
        if (offsets == null) {
            locate();
        }
        return offsets[k];
    }

    /** Line and column (1-based) of string {@code k}'s character at {@code index}; the block's first line when not found. */
    int[] position(int k, int index) {
        int at = offsetOf(k);
        if (at < 0) {
            return start(text);
        }
        int line = java.util.Arrays.binarySearch(lineStarts, at + index);
        line = line >= 0 ? line : -line - 2;
        return new int[] {line + 1, at + index - lineStarts[line] + 1};
    }

    /** Each string is searched after the previous one, as JSON keeps the order the block is written in. */
    private void locate() {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        offsets = new int[values.size()];
        int from = 0;
        for (int k = 0; k < values.size(); k++) {
            String quoted = com.fasterxml.jackson.databind.node.TextNode.valueOf(values.get(k)).toString();
            int at = text.indexOf(quoted, from);
            if (at < 0) {
                offsets[k] = -1;
                continue;
            }
            offsets[k] = at + 1;
            from = at + quoted.length();
        }
    }

    /** Where the block's JSON starts: its first character that is not whitespace. */
    static int[] start(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return lineCol(text, i);
            }
        }
        return new int[] {1, 0};
    }

    static int[] lineCol(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, offset - lineStart + 1};
    }
}
