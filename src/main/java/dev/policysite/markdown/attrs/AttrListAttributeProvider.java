package dev.policysite.markdown.attrs;

import org.commonmark.node.Node;
import org.commonmark.renderer.html.AttributeProvider;

import java.util.Map;

/** Applies an element's {@link AttrList} when the element is rendered. */
final class AttrListAttributeProvider implements AttributeProvider {
    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
        AttrList list = node.getFirstChild() == null ? null : AttrList.of(node);
        if (list == null) {
            return;
        }
        list.attributes().forEach((k, v) -> {
            if (k.equals("class") && attributes.containsKey("class")) {
                attributes.put("class", attributes.get("class") + " " + v);
            } else {
                attributes.put(k, v);
            }
        });
    }
}
