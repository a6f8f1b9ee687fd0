package dev.policysite.check.links;

import dev.policysite.check.links.ParsedUrl.Kind;

import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Set;

/**
 * Reads link targets the way a browser would, without touching the network: internal paths are split
 * into path and fragment and percent-decoded; external URLs are only judged on their form (scheme
 * syntax, {@code //} after {@code http:}, a host, no spaces).
 */
public final class Urls {
    /** Schemes whose URLs must be {@code scheme://host...}. */
    private static final Set<String> HIERARCHICAL = Set.of("http", "https", "ftp", "ftps", "ws", "wss", "sftp");
    /** Schemes that need something after the colon. */
    private static final Set<String> OPAQUE = Set.of("mailto", "tel");

    private Urls() {
    }

    public static ParsedUrl parse(String raw) {
        String href = raw == null ? "" : raw.strip(); // browsers strip surrounding whitespace too
        if (href.isEmpty()) {
            return ParsedUrl.malformed("the link target is empty");
        }
        if (href.startsWith("#")) {
            String fragment = percentDecode(href.substring(1));
            return fragment == null ? ParsedUrl.malformed("it has a broken %-escape")
                    : new ParsedUrl(Kind.SAME_PAGE, "", fragment, null);
        }
        int colon = schemeEnd(href);
        if (colon > 0) {
            return withScheme(href, href.substring(0, colon).toLowerCase(Locale.ROOT), href.substring(colon + 1));
        }
        String missingColon = missingColon(href);
        if (missingColon != null) {
            return ParsedUrl.malformed("'" + missingColon + "' must be followed by ':'");
        }
        if (href.startsWith("//")) {
            String problem = authorityProblem(href.substring(2));
            return problem == null ? ParsedUrl.of(Kind.EXTERNAL) : ParsedUrl.malformed(problem);
        }
        int hash = href.indexOf('#');
        int query = href.indexOf('?');
        int pathEnd = hash < 0 ? (query < 0 ? href.length() : query) : (query < 0 ? hash : Math.min(hash, query));
        String path = percentDecode(href.substring(0, pathEnd));
        String fragment = hash < 0 ? null : percentDecode(href.substring(hash + 1));
        if (path == null || (hash >= 0 && fragment == null)) {
            return ParsedUrl.malformed("it has a broken %-escape (write a literal % as %25)");
        }
        return href.startsWith("/") ? new ParsedUrl(Kind.ROOT, path.substring(1), fragment, null)
                : new ParsedUrl(Kind.RELATIVE, path, fragment, null);
    }

    private static ParsedUrl withScheme(String href, String scheme, String rest) {
        if (HIERARCHICAL.contains(scheme)) {
            if (hasWhitespace(href)) {
                return ParsedUrl.malformed("it contains a space (write it as %20)");
            }
            if (!rest.startsWith("//")) {
                return ParsedUrl.malformed("'" + scheme + ":' must be followed by '//'");
            }
            String problem = authorityProblem(rest.substring(2));
            return problem == null ? ParsedUrl.of(Kind.EXTERNAL) : ParsedUrl.malformed(problem);
        }
        if (OPAQUE.contains(scheme)) {
            if (rest.isBlank()) {
                return ParsedUrl.malformed("'" + scheme + ":' is followed by nothing");
            }
            return hasWhitespace(rest.strip()) && scheme.equals("mailto")
                    ? ParsedUrl.malformed("it contains a space (write it as %20)") : ParsedUrl.of(Kind.EXTERNAL);
        }
        return ParsedUrl.of(Kind.SKIPPED);
    }

    /** The host part after {@code //}: what is wrong with it, or null. */
    private static String authorityProblem(String afterSlashes) {
        int end = 0;
        while (end < afterSlashes.length() && "/?#".indexOf(afterSlashes.charAt(end)) < 0) {
            end++;
        }
        String authority = afterSlashes.substring(0, end);
        if (hasWhitespace(afterSlashes)) {
            return "it contains a space (write it as %20)";
        }
        String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            return close < 0 ? "the IPv6 address is not closed with ']'" : portProblem(hostPort.substring(close + 1));
        }
        int colon = hostPort.indexOf(':');
        String host = colon < 0 ? hostPort : hostPort.substring(0, colon);
        if (host.isEmpty()) {
            return "it names no host";
        }
        if (host.startsWith(".") || host.startsWith("-") || host.contains("..")) {
            return "the host '" + host + "' is not a valid name";
        }
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_')) {
                return "the host '" + host + "' contains '" + c + "'";
            }
        }
        return colon < 0 ? null : portProblem(hostPort.substring(colon));
    }

    private static String portProblem(String colonPort) {
        if (colonPort.isEmpty()) {
            return null;
        }
        if (!colonPort.startsWith(":")) {
            return "unexpected text after the host";
        }
        for (int i = 1; i < colonPort.length(); i++) {
            if (!Character.isDigit(colonPort.charAt(i))) {
                return "the port '" + colonPort.substring(1) + "' is not a number";
            }
        }
        return null;
    }

    /** The index of the colon ending a URL scheme ({@code [A-Za-z][A-Za-z0-9+.-]*:}), or -1. */
    static int schemeEnd(String s) {
        if (s.isEmpty() || !isAsciiLetter(s.charAt(0))) {
            return -1;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ':') {
                return i;
            }
            if (!(isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '+' || c == '.' || c == '-')) {
                return -1;
            }
        }
        return -1;
    }

    /** {@code https//example.com}: a web scheme written without its colon; returns the scheme, or null. */
    private static String missingColon(String href) {
        int slashes = href.indexOf("//");
        if (slashes <= 0) {
            return null;
        }
        String scheme = href.substring(0, slashes).toLowerCase(Locale.ROOT);
        return HIERARCHICAL.contains(scheme) ? scheme : null;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean hasWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Decodes {@code %XX} escapes as UTF-8; null when an escape is broken or the bytes are not UTF-8. */
    public static String percentDecode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length() || Character.digit(s.charAt(i + 1), 16) < 0 || Character.digit(s.charAt(i + 2), 16) < 0) {
                    return null;
                }
                bytes.write(Character.digit(s.charAt(i + 1), 16) * 16 + Character.digit(s.charAt(i + 2), 16));
                i += 3;
                continue;
            }
            if (!flush(bytes, out)) {
                return null;
            }
            out.append(c);
            i++;
        }
        return flush(bytes, out) ? out.toString() : null;
    }

    /** Like {@link #percentDecode(String)}, but gives the text back unchanged when it cannot be decoded. */
    public static String lenientDecode(String s) {
        String d = percentDecode(s);
        return d == null ? s : d;
    }

    private static boolean flush(ByteArrayOutputStream bytes, StringBuilder out) {
        if (bytes.size() == 0) {
            return true;
        }
        try {
            out.append(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())));
        } catch (CharacterCodingException e) {
            return false;
        }
        bytes.reset();
        return true;
    }
}
