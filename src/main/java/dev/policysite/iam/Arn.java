package dev.policysite.iam;

/**
 * An ARN split into its fields, {@code arn:partition:service:region:account:resource}. Fields may hold
 * the wildcards {@code *} and {@code ?}; the resource keeps any further colons.
 */
public record Arn(String partition, String service, String region, String account, String resource) {

    /** The fields of {@code text}, or null when it does not start with {@code arn:} or has fewer than six fields. */
    public static Arn parse(String text) {
        if (!text.startsWith("arn:")) {
            return null;
        }
        String[] f = new String[5];
        int from = 4;
        for (int i = 0; i < 4; i++) {
            int colon = text.indexOf(':', from);
            if (colon < 0) {
                return null;
            }
            f[i] = text.substring(from, colon);
            from = colon + 1;
        }
        f[4] = text.substring(from);
        return new Arn(f[0], f[1], f[2], f[3], f[4]);
    }

    /** Number of the six fields present in {@code text} (for messages about short ARNs). */
    static int fieldCount(String text) {
        int count = 1;
        for (int i = 0; i < text.length() && count < 6; i++) {
            if (text.charAt(i) == ':') {
                count++;
            }
        }
        return count;
    }

    /** Is there an ARN both patterns match? The partition is not compared (policies name it, formats do not). */
    public boolean overlaps(Arn other) {
        return Wildcards.overlap(service, other.service)
                && Wildcards.overlap(region, other.region)
                && Wildcards.overlap(account, other.account)
                && quickPrefixCheck(resource, other.resource)
                && Wildcards.overlap(resource, other.resource);
    }

    /** Most candidates differ in their literal start (instance/ vs volume/); rule them out cheaply. */
    private static boolean quickPrefixCheck(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char ca = a.charAt(i);
            char cb = b.charAt(i);
            if (ca == '*' || ca == '?' || cb == '*' || cb == '?') {
                return true;
            }
            if (ca != cb) {
                return false;
            }
        }
        return true;
    }
}
