package dev.policysite.policy;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A policy body as its author wrote it: JSON values in which the items of statement and action lists
 * may carry feature tags. Every view (variant, fragment, member) is cut from this one tree.
 */
sealed interface Body permits Body.Obj, Body.Arr, Body.Leaf {

    int line();

    record Member(String name, int line, Body value) {
    }

    record Obj(int line, List<Member> members) implements Body {
        Optional<Member> member(String name) {
            return members.stream().filter(m -> m.name().equals(name)).findFirst();
        }
    }

    /** A list item; {@code features} empty means always needed, else needed when any of them is on. */
    record Item(Body value, List<String> features, int line) {
        boolean isTagged() {
            return !features.isEmpty();
        }
    }

    record Arr(int line, List<Item> items) implements Body {
    }

    /** A string, number, boolean or null. */
    record Leaf(int line, JsonNode value) implements Body {
    }

    /** Visits every scalar below {@code body}, in document order. */
    static void forEachLeaf(Body body, Consumer<Leaf> visitor) {
        if (body instanceof Leaf leaf) {
            visitor.accept(leaf);
        } else if (body instanceof Obj obj) {
            obj.members().forEach(m -> forEachLeaf(m.value(), visitor));
        } else {
            ((Arr) body).items().forEach(i -> forEachLeaf(i.value(), visitor));
        }
    }

    /** Visits every list item below {@code body}, in document order. */
    static void forEachItem(Body body, Consumer<Item> visitor) {
        if (body instanceof Obj obj) {
            obj.members().forEach(m -> forEachItem(m.value(), visitor));
        } else if (body instanceof Arr arr) {
            for (Item i : arr.items()) {
                visitor.accept(i);
                forEachItem(i.value(), visitor);
            }
        }
    }
}
