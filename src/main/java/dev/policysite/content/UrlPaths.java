package dev.policysite.content;

/** Relative URL arithmetic between pages, so the built site works from any prefix and from file://. */
public final class UrlPaths {
    private UrlPaths() {
    }

    /** From a page at {@code url} (site-root relative) back to the root: {@code a/b/} → {@code ../../}, the root itself → {@code ./}. */
    public static String toRoot(String url) {
        int depth = 0;
        int end = url.endsWith("/") ? url.length() : url.lastIndexOf('/') + 1;
        for (int i = 0; i < end; i++) {
            if (url.charAt(i) == '/') {
                depth++;
            }
        }
        return depth == 0 ? "./" : "../".repeat(depth);
    }

    /** A link from the page at {@code fromUrl} to {@code toUrl}, both site-root relative. */
    public static String relative(String fromUrl, String toUrl) {
        String fromDir = fromUrl.endsWith("/") ? fromUrl : fromUrl.substring(0, fromUrl.lastIndexOf('/') + 1);
        String[] a = fromDir.isEmpty() ? new String[0] : fromDir.split("/");
        String[] b = toUrl.split("/", -1);
        int common = 0;
        while (common < a.length && common < b.length - 1 && a[common].equals(b[common])) {
            common++;
        }
        StringBuilder sb = new StringBuilder();
        sb.append("../".repeat(a.length - common));
        for (int i = common; i < b.length; i++) {
            sb.append(b[i]);
            if (i < b.length - 1) {
                sb.append('/');
            }
        }
        String s = sb.toString();
        return s.isEmpty() ? "./" : s;
    }

    /** Resolves {@code rel} (may hold ./ and ../) against folder {@code dir} ("" or "a/b/"); null if it climbs above the root. */
    public static String resolve(String dir, String rel) {
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        for (String p : dir.split("/")) {
            if (!p.isEmpty()) {
                parts.addLast(p);
            }
        }
        String[] segs = rel.split("/", -1);
        for (int i = 0; i < segs.length; i++) {
            String s = segs[i];
            if (s.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else if (!s.equals(".") && !(s.isEmpty() && i < segs.length - 1)) {
                parts.addLast(s);
            }
        }
        return String.join("/", parts);
    }
}
