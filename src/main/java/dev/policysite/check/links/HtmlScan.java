package dev.policysite.check.links;

import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One pass over a built page: every id a fragment can point at (any element's {@code id}, and
 * {@code <a name>}), and every URL the page links to or loads.
 *
 * <p>A tokenizer, not a parser: only start tags and their attributes matter here, so the page is read
 * once, tag by tag, following the HTML tokenizer's rules where they change what is a tag (comments,
 * doctype and processing instructions, script and style contents, RCDATA such as textarea and title)
 * and decoding character references in attribute values as browsers do. Building a jsoup document for
 * each of 10,000 pages was most of the time of {@code check}; HtmlScanTest holds this to jsoup's answers.
 */
public record HtmlScan(Set<String> ids, List<HtmlLink> links) {

    /** Elements whose content is text up to their end tag, never markup. */
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title", "xmp", "iframe",
            "noembed", "noframes");

    public static HtmlScan of(String html) {
        Set<String> ids = new HashSet<>();
        List<HtmlLink> links = new ArrayList<>();
        int n = html.length();
        int i = 0;
        while (true) {
            int lt = html.indexOf('<', i);
            if (lt < 0 || lt + 1 >= n) {
                break;
            }
            char c = html.charAt(lt + 1);
            if (c == '!') {
                i = html.startsWith("<!--", lt) ? commentEnd(html, lt + 4) : tagEnd(html, lt + 2);
            } else if (c == '?') {
                i = tagEnd(html, lt + 2);
            } else if (c == '/') {
                i = lt + 2 < n && isAsciiLetter(html.charAt(lt + 2)) ? tagEnd(html, lt + 2) : lt + 2;
            } else if (isAsciiLetter(c)) {
                i = startTag(html, lt + 1, ids, links);
            } else {
                i = lt + 1;
            }
        }
        return new HtmlScan(ids, links);
    }

    /** Tags whose name matters (links, raw text); any other tag only for its id. */
    private static final String[] KNOWN_TAGS = {"a", "area", "link", "img", "script", "iframe", "source", "audio",
        "track", "embed", "video", "style", "textarea", "title", "xmp", "noembed", "noframes", "plaintext"};
    /** The attributes read; every other attribute is skipped without making a string of it. */
    private static final String[] KNOWN_ATTRS = {"id", "name", "href", "rel", "src", "poster"};
    private static final int ID = 0;
    private static final int NAME = 1;
    private static final int HREF = 2;
    private static final int REL = 3;
    private static final int SRC = 4;
    private static final int POSTER = 5;

    /**
     * Reads a start tag from its name at {@code from}; returns where scanning goes on. Pages are mostly tags,
     * so this allocates only for the tag names and attribute values the scan keeps.
     */
    private static int startTag(String html, int from, Set<String> ids, List<HtmlLink> links) {
        int n = html.length();
        int i = from;
        while (i < n && !isSpace(html.charAt(i)) && html.charAt(i) != '/' && html.charAt(i) != '>') {
            i++;
        }
        String tag = known(html, from, i, KNOWN_TAGS);
        String[] values = new String[KNOWN_ATTRS.length]; // null: absent; the first of duplicates counts
        boolean closed = false;
        while (i < n) {
            char c = html.charAt(i);
            if (c == '>') {
                i++;
                closed = true;
                break;
            }
            if (isSpace(c) || c == '/') {
                i++;
                continue;
            }
            int nameStart = i;
            i++; // a name may begin with '=' (an odd but valid attribute name)
            while (i < n && !isSpace(html.charAt(i)) && "/>=".indexOf(html.charAt(i)) < 0) {
                i++;
            }
            int attr = index(html, nameStart, i, KNOWN_ATTRS);
            int j = skipSpaces(html, i);
            int valueStart = -1;
            int valueEnd = -1;
            if (j < n && html.charAt(j) == '=') {
                j = skipSpaces(html, j + 1);
                if (j < n && (html.charAt(j) == '"' || html.charAt(j) == '\'')) {
                    int close = html.indexOf(html.charAt(j), j + 1);
                    valueStart = j + 1;
                    valueEnd = close < 0 ? n : close;
                    i = close < 0 ? n : close + 1;
                } else {
                    int end = j;
                    while (end < n && !isSpace(html.charAt(end)) && html.charAt(end) != '>') {
                        end++;
                    }
                    valueStart = j;
                    valueEnd = end;
                    i = end;
                }
            }
            if (attr >= 0 && values[attr] == null) {
                String value = valueStart < 0 ? "" : html.substring(valueStart, valueEnd);
                values[attr] = value.indexOf('&') >= 0 ? Parser.unescapeEntities(value, true) : value;
            }
        }
        if (!closed) {
            return n; // a tag cut off by the end of the page is no tag (browsers drop it)
        }
        visit(tag, values, ids, links);
        if (tag == null) {
            return i;
        }
        if (RAW_TEXT.contains(tag)) {
            return rawTextEnd(html, i, tag);
        }
        return tag.equals("plaintext") ? n : i;
    }

    /** The entry of {@code names} equal to {@code html[from, to)} ignoring ASCII case, or null. */
    private static String known(String html, int from, int to, String[] names) {
        int k = index(html, from, to, names);
        return k < 0 ? null : names[k];
    }

    private static int index(String html, int from, int to, String[] names) {
        int len = to - from;
        for (int k = 0; k < names.length; k++) {
            if (names[k].length() == len && html.regionMatches(true, from, names[k], 0, len)) {
                return k;
            }
        }
        return -1;
    }

    private static void visit(String tag, String[] values, Set<String> ids, List<HtmlLink> links) {
        String id = values[ID];
        if (id != null && !id.isEmpty()) {
            ids.add(id);
        }
        if (tag == null) {
            return;
        }
        switch (tag) {
            case "a":
                if (values[NAME] != null) {
                    ids.add(values[NAME]);
                }
                add(values[HREF], tag, "href", true, links);
                break;
            case "area":
                add(values[HREF], tag, "href", true, links);
                break;
            case "link":
                add(values[HREF], tag, "href", isPageRelation(values[REL] == null ? "" : values[REL]), links);
                break;
            case "img":
            case "script":
            case "iframe":
            case "source":
            case "audio":
            case "track":
            case "embed":
                add(values[SRC], tag, "src", false, links);
                break;
            case "video":
                add(values[SRC], tag, "src", false, links);
                add(values[POSTER], tag, "poster", false, links);
                break;
            default:
                break;
        }
    }

    private static void add(String value, String tag, String attr, boolean navigation, List<HtmlLink> links) {
        if (value != null) {
            links.add(new HtmlLink(tag, attr, value, navigation));
        }
    }

    /** {@code <link rel=next|prev|canonical|alternate>} points at pages, other relations at files. */
    private static boolean isPageRelation(String rel) {
        String r = rel.toLowerCase(Locale.ROOT);
        return r.contains("next") || r.contains("prev") || r.contains("canonical") || r.contains("alternate");
    }

    /** After {@code <!--}: past the closing {@code -->} ({@code <!-->} and {@code <!--->} close at once). */
    private static int commentEnd(String html, int from) {
        if (html.startsWith(">", from)) {
            return from + 1;
        }
        if (html.startsWith("->", from)) {
            return from + 2;
        }
        int end = html.indexOf("-->", from);
        int bang = html.indexOf("--!>", from);
        if (bang >= 0 && (end < 0 || bang < end)) {
            return bang + 4;
        }
        return end < 0 ? html.length() : end + 3;
    }

    /** Past the next {@code >} (end tags, doctype, bogus comments). */
    private static int tagEnd(String html, int from) {
        int gt = html.indexOf('>', from);
        return gt < 0 ? html.length() : gt + 1;
    }

    /** Past the end tag of a raw text element: {@code </tag} (any case) followed by space, / or >. */
    private static int rawTextEnd(String html, int from, String tag) {
        int n = html.length();
        int i = from;
        while (true) {
            int lt = html.indexOf("</", i);
            if (lt < 0) {
                return n;
            }
            int after = lt + 2 + tag.length();
            if (html.regionMatches(true, lt + 2, tag, 0, tag.length())
                    && (after >= n || isSpace(html.charAt(after)) || html.charAt(after) == '/' || html.charAt(after) == '>')) {
                return tagEnd(html, after);
            }
            i = lt + 2;
        }
    }

    private static int skipSpaces(String html, int i) {
        while (i < html.length() && isSpace(html.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
