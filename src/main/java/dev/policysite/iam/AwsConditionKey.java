package dev.policysite.iam;

import java.util.Locale;

/**
 * A condition key from the catalog, e.g. {@code ec2:Vpc} (type ARN) or the template
 * {@code aws:RequestTag/${TagKey}}, which stands for every concrete tag key ({@code aws:RequestTag/env}).
 *
 * @param key     as the catalog spells it
 * @param type    String, ARN, Bool, Numeric, Date, IPAddress, ArrayOfString, ...
 * @param service the catalog's service column ({@code aws} for global keys)
 */
public record AwsConditionKey(String key, String type, String service) {

    /** Global keys apply to every action. */
    public boolean isGlobal() {
        return service.equals("aws") || key.regionMatches(true, 0, "aws:", 0, 4);
    }

    /** For a template key, the lower-case part up to and including the slash; otherwise null. */
    String templatePrefix() {
        return templatePrefixOf(key);
    }

    /** Does the concrete key a policy uses fall under this catalog key (case-insensitive)? */
    boolean covers(String used) {
        return covers(key, used);
    }

    static boolean covers(String catalogKey, String used) {
        int prefix = templatePrefixLength(catalogKey);
        if (prefix < 0) {
            return catalogKey.equalsIgnoreCase(used);
        }
        return used.length() > prefix && used.regionMatches(true, 0, catalogKey, 0, prefix);
    }

    /** {@code aws:RequestTag/${TagKey}}, {@code s3:RequestObjectTag/<key>}, {@code aws:PrincipalTag/tag-key}. */
    static String templatePrefixOf(String key) {
        int prefix = templatePrefixLength(key);
        return prefix < 0 ? null : key.substring(0, prefix).toLowerCase(Locale.ROOT);
    }

    /** Length of a template key's part up to and including the slash, or -1 for a plain key; allocates nothing. */
    private static int templatePrefixLength(String key) {
        int slash = key.indexOf('/');
        if (slash < 0) {
            return -1;
        }
        int rest = slash + 1;
        int end = key.length();
        boolean template = (key.startsWith("${", rest) && key.endsWith("}"))
                || (key.startsWith("<", rest) && key.endsWith(">"))
                || (end - rest == 7 && key.regionMatches(true, rest, "tag-key", 0, 7));
        return template ? rest : -1;
    }
}
