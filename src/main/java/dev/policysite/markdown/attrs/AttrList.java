package dev.policysite.markdown.attrs;

import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * HTML attributes for the element this node is a child of — from an attr_list {@code {: #id .class k=v}}
 * or set by a pass (heading ids). It renders as nothing; {@link AttrListAttributeProvider} applies it.
 */
public final class AttrList extends CustomNode {
    private final Map<String, String> attributes = new LinkedHashMap<>();

    public Map<String, String> attributes() {
        return Collections.unmodifiableMap(attributes);
    }

    public void put(String name, String value) {
        if (name.equals("class") && attributes.containsKey("class")) {
            attributes.put("class", attributes.get("class") + " " + value);
        } else {
            attributes.put(name, value);
        }
    }

    /** The attribute list attached to {@code node}, or null. */
    public static AttrList of(Node node) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof AttrList) {
                return (AttrList) c;
            }
        }
        return null;
    }

    /** The attribute list attached to {@code node}, attaching an empty one first if needed. */
    public static AttrList on(Node node) {
        AttrList a = of(node);
        if (a == null) {
            a = new AttrList();
            node.appendChild(a);
        }
        return a;
    }
}
