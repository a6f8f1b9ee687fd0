package dev.policysite.check.links;

/**
 * A URL in a built page: the element and attribute it is in, its value as the browser sees it (entities
 * decoded), and whether following it leads to a page ({@code a}, {@code area}, {@code link rel=next} ...)
 * rather than to a file the page loads.
 */
public record HtmlLink(String tag, String attr, String href, boolean navigation) {

    /** What the target is called in messages. */
    public String noun() {
        if (navigation) {
            return "link";
        }
        switch (tag) {
            case "img":
                return "image";
            case "script":
                return "script";
            case "link":
                return "stylesheet or icon";
            case "iframe":
                return "frame source";
            default:
                return "media file";
        }
    }
}
