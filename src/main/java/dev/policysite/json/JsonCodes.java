package dev.policysite.json;

/** The stable problem codes {@link StrictJson} reports. */
public final class JsonCodes {
    /** A comma before a closing {@code ]} or {@code }} (error). */
    public static final String TRAILING_COMMA = "json.trailing-comma";
    /** A comma left dangling after the last element of a fragment (warning). */
    public static final String FRAGMENT_TRAILING_COMMA = "json.fragment-trailing-comma";
    /** A {@code //}, {@code /* *}{@code /} or {@code #} comment (error). */
    public static final String COMMENT = "json.comment";
    /** The same member name twice in one object (error, reported at the second). */
    public static final String DUPLICATE_KEY = "json.duplicate-key";
    /** A member name without double quotes (error). */
    public static final String UNQUOTED_NAME = "json.unquoted-name";
    /** A string in single quotes (error). */
    public static final String SINGLE_QUOTE = "json.single-quote";
    /** Text after the end of the JSON value (error). */
    public static final String TRAILING_GARBAGE = "json.trailing-garbage";
    /** Any other syntax error (error). */
    public static final String SYNTAX = "json.syntax";
    /** Nothing but whitespace (warning). */
    public static final String EMPTY = "json.empty";

    private JsonCodes() {
    }
}
