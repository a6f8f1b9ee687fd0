package dev.policysite.json;

import java.util.Arrays;

/**
 * Where one value stands in the text, mirroring the Jackson tree: offsets of its member name (or -1),
 * start and end, and for containers the positions of its children in tree order. Kept apart from the
 * Jackson nodes because those may be shared singletons (true, null, small numbers).
 */
final class ValuePos {
    final int nameStart;
    final int start;
    int end;
    private ValuePos[] children;
    private String[] names;
    private int count;

    ValuePos(int nameStart, int start) {
        this.nameStart = nameStart;
        this.start = start;
    }

    void add(String name, ValuePos child) {
        if (children == null) {
            children = new ValuePos[4];
            names = name == null ? null : new String[4];
        } else if (count == children.length) {
            children = Arrays.copyOf(children, count * 2);
            if (names != null) {
                names = Arrays.copyOf(names, count * 2);
            }
        }
        children[count] = child;
        if (names != null) {
            names[count] = name;
        }
        count++;
    }

    /** A duplicate member replaces the first one in place, as Jackson's ObjectNode does. */
    void replace(int index, ValuePos child) {
        children[index] = child;
    }

    int size() {
        return count;
    }

    ValuePos child(int index) {
        return index >= 0 && index < count ? children[index] : null;
    }

    int indexOf(String name) {
        if (names != null) {
            for (int i = 0; i < count; i++) {
                if (names[i].equals(name)) {
                    return i;
                }
            }
        }
        return -1;
    }

    ValuePos child(String name) {
        if (names == null) {
            return null;
        }
        for (int i = 0; i < count; i++) {
            if (names[i].equals(name)) {
                return children[i];
            }
        }
        return null;
    }
}
