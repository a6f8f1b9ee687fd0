package dev.policysite.check;

import dev.policysite.json.JsonCodes;

import java.util.Map;

/**
 * The stable finding codes {@code check} itself emits, with the one-line description reports show for
 * each (SARIF rules, for instance), and the description of the JSON syntax codes ({@link JsonCodes}). Codes
 * of the pluggable engines are described by those engines' messages; {@link #describe(String)} gives every
 * code some description.
 */
public final class CheckCodes {
    public static final String LINK_BROKEN_PAGE = "link.broken-page";
    public static final String LINK_BROKEN_ANCHOR = "link.broken-anchor";
    public static final String LINK_MISSING_ASSET = "link.missing-asset";
    public static final String LINK_MALFORMED_URL = "link.malformed-url";
    public static final String LINK_ORPHAN_PAGE = "link.orphan-page";

    public static final String POLICY_DRIFT = "policy.drift";
    public static final String POLICY_UNKNOWN_PLACEHOLDER = "policy.unknown-placeholder";
    public static final String POLICY_PLACEHOLDER_SPELLING = "policy.placeholder-spelling";
    public static final String POLICY_SIZE = "policy.size";
    public static final String POLICY_MODEL = "policy.model";

    public static final String UNUSED_IGNORE = "check.unused-ignore";
    public static final String BAD_DIRECTIVE = "check.bad-directive";
    public static final String BUILD_ERROR = "build.error";

    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry(JsonCodes.SYNTAX, "JSON block is not valid JSON"),
            Map.entry(JsonCodes.TRAILING_COMMA, "JSON block has a comma before a closing bracket or brace"),
            Map.entry(JsonCodes.COMMENT, "JSON block has a comment (only jsonc blocks may)"),
            Map.entry(JsonCodes.DUPLICATE_KEY, "JSON object has the same member name twice"),
            Map.entry(JsonCodes.UNQUOTED_NAME, "JSON member name is not in double quotes"),
            Map.entry(JsonCodes.SINGLE_QUOTE, "JSON string is in single quotes"),
            Map.entry(JsonCodes.TRAILING_GARBAGE, "JSON block has text after its value"),
            Map.entry(JsonCodes.EMPTY, "JSON block is empty"),
            Map.entry(LINK_BROKEN_PAGE, "link points to a page that does not exist"),
            Map.entry(LINK_BROKEN_ANCHOR, "link points to an anchor that does not exist on its page"),
            Map.entry(LINK_MISSING_ASSET, "image, script, stylesheet or frame source does not exist"),
            Map.entry(LINK_MALFORMED_URL, "URL is malformed"),
            Map.entry(LINK_ORPHAN_PAGE, "page cannot be reached from the navigation"),
            Map.entry(POLICY_DRIFT, "policy block differs from every view of the policy model"),
            Map.entry(POLICY_UNKNOWN_PLACEHOLDER, "placeholder is not declared in the policy model"),
            Map.entry(POLICY_PLACEHOLDER_SPELLING, "placeholder is written differently from the policy model or elsewhere on the page"),
            Map.entry(POLICY_SIZE, "policy variant is over an AWS size quota"),
            Map.entry(POLICY_MODEL, "policy model cannot be loaded (the pages were not checked)"),
            Map.entry(UNUSED_IGNORE, "ignore comment silences nothing"),
            Map.entry(BAD_DIRECTIVE, "policysite comment cannot be read"),
            Map.entry(BUILD_ERROR, "page cannot be built"));

    private CheckCodes() {
    }

    /** A one-line description of {@code code}: the known one, else one made from the code itself. */
    public static String describe(String code) {
        String known = DESCRIPTIONS.get(code);
        if (known != null) {
            return known;
        }
        int dot = code.indexOf('.');
        String group = dot < 0 ? "" : code.substring(0, dot);
        String rest = (dot < 0 ? code : code.substring(dot + 1)).replace('-', ' ');
        return group.isEmpty() ? rest : group + ": " + rest;
    }
}
