package dev.policysite.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.policysite.diag.Finding;
import dev.policysite.diag.Severity;
import dev.policysite.diag.SourcePos;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A recursive-descent JSON reader that holds the text to strict JSON but steps over the usual
 * hand-editing slips (trailing commas, comments, single quotes, unquoted names, a missing comma),
 * reporting each at its exact character, so one pass finds them all. Anything it cannot step over
 * stops it with one {@link JsonCodes#SYNTAX} problem. With comments allowed (JSONC, VS Code's dialect)
 * {@code //} and {@code /* *}{@code /} comments are blanks; everything else stays strict.
 */
final class TolerantJsonParser {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Jackson's default limit too; deeper text is not a documentation example but would exhaust the stack. */
    static final int MAX_DEPTH = 1000;

    private final String s;
    private final int n;
    private final LineMap lines;
    private final boolean allowFragments;
    private final boolean allowComments;
    private final List<Finding> problems = new ArrayList<>();
    private int pos;
    private int depth;
    /** The position record of the value {@link #readValue} read last. */
    private ValuePos last;

    /** Thrown after the stopping problem has been recorded; carries no stack trace. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    TolerantJsonParser(String text, boolean allowFragments, boolean allowComments) {
        this.s = text;
        this.n = text.length();
        this.lines = new LineMap(text);
        this.allowFragments = allowFragments;
        this.allowComments = allowComments;
    }

    JsonParseResult run() {
        try {
            return new JsonParseResult(readTop(), problems);
        } catch (Stop stop) {
            return new JsonParseResult(null, problems);
        }
    }

    // ---------------------------------------------------------------- top level and fragments

    private LocatedJson readTop() {
        if (n > 0 && s.charAt(0) == '\uFEFF') {
            pos = 1;
        }
        skipBlanks();
        if (pos >= n) {
            report(JsonCodes.EMPTY, Severity.WARNING, 0, "the block holds no JSON",
                    "add the JSON, or use a different fence language");
            return null;
        }
        int start = pos;
        if (allowFragments && membersAhead()) {
            return readMemberList(start);
        }
        JsonNode first = readValue(-1);
        ValuePos firstPos = last;
        skipBlanks();
        if (pos >= n) {
            return located(first, firstPos, JsonShape.VALUE);
        }
        char c = s.charAt(pos);
        if (allowFragments && (c == ',' || startsValue(c))) {
            return readValueList(first, firstPos, start);
        }
        trailingGarbage();
        return located(first, firstPos, JsonShape.VALUE);
    }

    /** {@code v1, v2, ...}: values cut from an array. */
    private LocatedJson readValueList(JsonNode first, ValuePos firstPos, int start) {
        // the first value was read as the root; it is element 0 of the wrapper
        ArrayNode list = NODES.arrayNode();
        ValuePos listPos = new ValuePos(-1, start);
        list.add(first);
        listPos.add(null, firstPos);
        while (pos < n && anotherInFragment(false)) {
            list.add(readValue(-1));
            listPos.add(null, last);
            listPos.end = last.end;
            skipBlanks();
        }
        listPos.end = Math.max(listPos.end, firstPos.end);
        return located(list, listPos, JsonShape.VALUE_LIST);
    }

    /** {@code "name": value, ...}: members cut from an object. */
    private LocatedJson readMemberList(int start) {
        ObjectNode members = NODES.objectNode();
        ValuePos membersPos = new ValuePos(-1, start);
        while (true) {
            readMember(members, membersPos);
            membersPos.end = pos;
            skipBlanks();
            if (pos >= n || !anotherInFragment(true)) {
                break;
            }
        }
        return located(members, membersPos, JsonShape.MEMBER_LIST);
    }

    /**
     * Between two items of a fragment (values or members cut from their container), at a non-blank
     * character: reads the comma and says whether another item follows. A missing comma is reported and
     * read past; a comma at the very end, or anything that cannot start an item, ends the fragment.
     */
    private boolean anotherInFragment(boolean members) {
        char c = s.charAt(pos);
        if (c == ',') {
            int comma = pos++;
            skipBlanks();
            if (pos >= n) {
                danglingComma(comma);
                return false;
            }
            c = s.charAt(pos);
        } else if (members ? startsName(c) : startsValue(c)) {
            missingComma(members ? "members" : "values");
        }
        if (!(members ? startsName(c) : startsValue(c))) {
            trailingGarbage();
            return false;
        }
        return true;
    }

    private LocatedJson located(JsonNode root, ValuePos rootPos, JsonShape shape) {
        return new LocatedJson(s, lines, root, rootPos, shape);
    }

    private void danglingComma(int comma) {
        report(JsonCodes.FRAGMENT_TRAILING_COMMA, Severity.WARNING, comma,
                "the fragment ends with a comma",
                "readers paste this into a policy; a comma after the last element breaks it there, so remove it");
    }

    private void trailingGarbage() {
        report(JsonCodes.TRAILING_GARBAGE, Severity.ERROR, pos,
                "unexpected " + describe(pos) + " after the end of the JSON value",
                "remove it, or split the block so that it holds one JSON value");
    }

    private void missingComma(String what) {
        report(JsonCodes.SYNTAX, Severity.ERROR, pos, "missing ',' between " + what,
                "add a comma after the previous value");
    }

    /** Looks ahead, without reporting, for {@code name :} at the current position. */
    private boolean membersAhead() {
        int p = pos;
        char c = s.charAt(p);
        if (c == '"' || c == '\'') {
            p++;
            while (p < n && s.charAt(p) != c && s.charAt(p) != '\n') {
                p += s.charAt(p) == '\\' ? 2 : 1;
            }
            if (p >= n || s.charAt(p) != c) {
                return false;
            }
            p++;
        } else if (isNameStart(c)) {
            while (p < n && isNamePart(s.charAt(p))) {
                p++;
            }
        } else {
            return false;
        }
        while (p < n && Character.isWhitespace(s.charAt(p))) {
            p++;
        }
        return p < n && s.charAt(p) == ':';
    }

    // ---------------------------------------------------------------- values

    /** Reads one value; its positions are left in {@link #last}. */
    private JsonNode readValue(int nameStart) {
        skipBlanks();
        if (pos >= n) {
            throw stop(n, "the text ends where a value should follow", "complete the JSON value");
        }
        ValuePos at = new ValuePos(nameStart, pos);
        char c = s.charAt(pos);
        JsonNode value;
        if ((c == '{' || c == '[') && ++depth > MAX_DEPTH) {
            throw stop(pos, "the JSON is nested more than " + MAX_DEPTH + " levels deep", "flatten the structure");
        }
        if (c == '{' || c == '[') {
            value = readContainer(at, c == '{');
            depth--;
        } else if (c == '"') {
            value = NODES.textNode(readString('"'));
        } else if (c == '\'') {
            singleQuote();
            value = NODES.textNode(readString('\''));
        } else if (c == '-' || isDigit(c)) {
            value = readNumber();
        } else if (Character.isLetter(c)) {
            value = readWord();
        } else {
            throw stop(pos, "expected a value but found " + describe(pos), hintFor(pos));
        }
        at.end = pos;
        last = at;
        return value;
    }

    /**
     * An object or an array: items separated by commas up to the closing bracket. A trailing comma and a
     * missing comma (the next item starts right away) are reported and read past; anything else stops. One
     * method for both, called straight from readValue, so deep nesting costs no more stack than it must.
     */
    private JsonNode readContainer(ValuePos at, boolean isObject) {
        char close = isObject ? '}' : ']';
        ObjectNode object = isObject ? NODES.objectNode() : null;
        ArrayNode array = isObject ? null : NODES.arrayNode();
        JsonNode container = isObject ? object : array;
        int open = pos++;
        skipBlanks();
        if (pos < n && s.charAt(pos) == close) {
            pos++;
            return container;
        }
        int lastComma = -1;
        while (true) {
            skipBlanks();
            if (pos >= n) {
                throw unclosed(open, close);
            }
            if (s.charAt(pos) == close && lastComma >= 0) {
                report(JsonCodes.TRAILING_COMMA, Severity.ERROR, lastComma, "trailing comma before '" + close + "'",
                        "remove the comma after the last " + (isObject ? "member" : "element"));
                pos++;
                return container;
            }
            String what;
            if (isObject) {
                what = "the value of \"" + readMember(object, at) + "\"";
            } else {
                array.add(readValue(-1));
                at.add(null, last);
                what = "an array element";
            }
            skipBlanks();
            if (pos >= n) {
                throw unclosed(open, close);
            }
            char c = s.charAt(pos);
            if (c == ',') {
                lastComma = pos++;
            } else if (c == close) {
                pos++;
                return container;
            } else if (isObject ? startsName(c) : startsValue(c)) {
                missingComma(isObject ? "members" : "elements");
                lastComma = -1;
            } else {
                throw stop(pos, "expected ',' or '" + close + "' after " + what + " but found " + describe(pos),
                        hintFor(pos));
            }
        }
    }

    /** Reads {@code name : value} into {@code object} and its positions into {@code at}; returns the name. */
    private String readMember(ObjectNode object, ValuePos at) {
        int nameStart = pos;
        String name = readName();
        // the object itself remembers the names so far; duplicates are rare, so finding the first is linear
        int first = object.has(name) ? at.indexOf(name) : -1;
        if (first >= 0) {
            TextPos firstPos = lines.at(at.child(first).nameStart);
            report(JsonCodes.DUPLICATE_KEY, Severity.ERROR, nameStart,
                    "duplicate member \"" + name + "\" (first at line " + firstPos.line() + ", col " + firstPos.col() + ")",
                    "keep one of them; JSON readers silently drop all but the last");
        }
        skipBlanks();
        if (pos >= n || s.charAt(pos) != ':') {
            throw stop(pos >= n ? n : pos, "expected ':' after the member name \"" + name + "\""
                    + (pos >= n ? "" : " but found " + describe(pos)), "write members as \"name\": value");
        }
        pos++;
        object.set(name, readValue(nameStart));
        if (first >= 0) {
            at.replace(first, last);
        } else {
            at.add(name, last);
        }
        return name;
    }

    private String readName() {
        char c = s.charAt(pos);
        if (c == '"') {
            return readString('"');
        }
        if (c == '\'') {
            singleQuote();
            return readString('\'');
        }
        if (isNameStart(c)) {
            int start = pos;
            while (pos < n && isNamePart(s.charAt(pos))) {
                pos++;
            }
            String name = s.substring(start, pos);
            report(JsonCodes.UNQUOTED_NAME, Severity.ERROR, start, "member name " + name + " is not in double quotes",
                    "write \"" + name + "\"");
            return name;
        }
        throw stop(pos, "expected a member name in double quotes but found " + describe(pos), hintFor(pos));
    }

    private String readString(char quote) {
        int open = pos++;
        StringBuilder sb = null;
        int run = pos;
        while (true) {
            if (pos >= n) {
                throw stop(open, "the string starting here is never closed", "close it with " + quote);
            }
            char c = s.charAt(pos);
            if (c == quote) {
                String text = sb == null ? s.substring(run, pos) : sb.append(s, run, pos).toString();
                pos++;
                return text;
            }
            if (c == '\n' || c == '\r') {
                throw stop(open, "the string starting here is not closed before the end of the line",
                        "close it with " + quote + ", or write a line break as \\n");
            }
            if (c == '\\' || c < 0x20) {
                if (sb == null) {
                    sb = new StringBuilder();
                }
                sb.append(s, run, pos);
                if (c == '\\') {
                    readEscape(sb, quote);
                } else {
                    report(JsonCodes.SYNTAX, Severity.ERROR, pos,
                            String.format("raw control character U+%04X inside a string", (int) c),
                            c == '\t' ? "write a tab as \\t" : "escape it as \\u" + String.format("%04X", (int) c));
                    sb.append(c);
                    pos++;
                }
                run = pos;
                continue;
            }
            pos++;
        }
    }

    /** At a backslash: appends the escaped character and moves past the escape. */
    private void readEscape(StringBuilder sb, char quote) {
        int at = pos;
        if (pos + 1 >= n) {
            throw stop(at, "the text ends inside an escape sequence", "complete or remove the backslash");
        }
        char e = s.charAt(pos + 1);
        pos += 2;
        switch (e) {
            case '"', '\\', '/' -> sb.append(e);
            case 'b' -> sb.append('\b');
            case 'f' -> sb.append('\f');
            case 'n' -> sb.append('\n');
            case 'r' -> sb.append('\r');
            case 't' -> sb.append('\t');
            case 'u' -> {
                if (pos + 4 <= n && isHex(s, pos, 4)) {
                    sb.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                    pos += 4;
                } else {
                    report(JsonCodes.SYNTAX, Severity.ERROR, at, "\\u must be followed by four hex digits",
                            "write the character as \\uXXXX, e.g. \\u00e9");
                    sb.append('u');
                }
            }
            default -> {
                if (e == '\'' && quote == '\'') {
                    sb.append(e);
                } else {
                    report(JsonCodes.SYNTAX, Severity.ERROR, at, "invalid escape \\" + e + " in a string",
                            "write a literal backslash as \\\\");
                    sb.append(e);
                }
            }
        }
    }

    private JsonNode readNumber() {
        int start = pos;
        if (s.charAt(pos) == '-') {
            pos++;
        }
        if (pos >= n || !isDigit(s.charAt(pos))) {
            throw stop(start, "malformed number " + quoteToken(start), "write numbers like -12, 3.5 or 1e6");
        }
        boolean integral = true;
        if (s.charAt(pos) == '0' && pos + 1 < n && isDigit(s.charAt(pos + 1))) {
            report(JsonCodes.SYNTAX, Severity.ERROR, pos, "number " + quoteToken(start) + " has a leading zero",
                    "drop the leading zero, or quote the value if it is an identifier");
        }
        skipDigits();
        if (pos < n && s.charAt(pos) == '.') {
            integral = false;
            pos++;
            if (pos >= n || !isDigit(s.charAt(pos))) {
                throw stop(start, "malformed number " + quoteToken(start), "a digit must follow the decimal point");
            }
            skipDigits();
        }
        if (pos < n && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
            integral = false;
            pos++;
            if (pos < n && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
                pos++;
            }
            if (pos >= n || !isDigit(s.charAt(pos))) {
                throw stop(start, "malformed number " + quoteToken(start), "a digit must follow the exponent");
            }
            skipDigits();
        }
        if (pos < n && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '.')) {
            throw stop(start, "malformed number " + quoteToken(start), "quote the value if it is not a number");
        }
        String token = s.substring(start, pos);
        if (!integral) {
            return NODES.numberNode(Double.parseDouble(token));
        }
        BigInteger big = new BigInteger(token);
        if (big.bitLength() < 32) {
            return NODES.numberNode(big.intValue());
        }
        return big.bitLength() < 64 ? NODES.numberNode(big.longValue()) : NODES.numberNode(big);
    }

    private JsonNode readWord() {
        int start = pos;
        while (pos < n && isNamePart(s.charAt(pos))) {
            pos++;
        }
        String word = s.substring(start, pos);
        switch (word) {
            case "true":
                return NODES.booleanNode(true);
            case "false":
                return NODES.booleanNode(false);
            case "null":
                return NODES.nullNode();
            default:
                break;
        }
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        if (lower.equals("true") || lower.equals("false") || lower.equals("null")) {
            report(JsonCodes.SYNTAX, Severity.ERROR, start, word + " is not a JSON literal", "write " + lower);
            return lower.equals("null") ? NODES.nullNode() : NODES.booleanNode(lower.equals("true"));
        }
        throw stop(start, "unquoted text " + word + " where a value should be",
                "put strings in double quotes: \"" + word + "\"");
    }

    // ---------------------------------------------------------------- blanks and comments

    /** Skips whitespace; reports and skips comments and invisible look-alike spaces. */
    private void skipBlanks() {
        while (pos < n) {
            char c = s.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                pos++;
            } else if (c == '/' && pos + 1 < n && s.charAt(pos + 1) == '/') {
                comment();
                skipToLineEnd();
            } else if (c == '/' && pos + 1 < n && s.charAt(pos + 1) == '*') {
                int start = pos;
                comment();
                int close = s.indexOf("*/", pos + 2);
                if (close < 0) {
                    throw stop(start, "the comment starting here is never closed",
                            allowComments ? "close it with */" : "JSON has no comments; remove it");
                }
                pos = close + 2;
            } else if (c == '#') {
                hashComment();
                skipToLineEnd();
            } else if (isInvisibleSpace(c)) {
                report(JsonCodes.SYNTAX, Severity.ERROR, pos, "invisible " + describe(pos) + " outside a string",
                        "replace it with a normal space (it often comes from copying text out of a web page)");
                pos++;
            } else {
                return;
            }
        }
    }

    /** At a {@code //} or {@code /*} comment: a slip in JSON, fine in JSONC. */
    private void comment() {
        if (!allowComments) {
            report(JsonCodes.COMMENT, Severity.ERROR, pos, "JSON does not allow comments",
                    "move the remark into the text around the block");
        }
    }

    /** At a {@code #} comment, which neither JSON nor JSONC allows. */
    private void hashComment() {
        if (allowComments) {
            report(JsonCodes.COMMENT, Severity.ERROR, pos, "JSONC allows // and /* */ comments, not #",
                    "write the comment as // ...");
        } else {
            comment();
        }
    }

    private void skipToLineEnd() {
        while (pos < n && s.charAt(pos) != '\n' && s.charAt(pos) != '\r') {
            pos++;
        }
    }

    private void singleQuote() {
        report(JsonCodes.SINGLE_QUOTE, Severity.ERROR, pos, "JSON strings use double quotes, not single quotes",
                "replace the ' quotes with \"");
    }

    // ---------------------------------------------------------------- helpers

    private Stop unclosed(int open, char closer) {
        return stop(open, "'" + s.charAt(open) + "' is never closed", "add the missing '" + closer + "'");
    }

    private Stop stop(int offset, String message, String hint) {
        report(JsonCodes.SYNTAX, Severity.ERROR, offset, message, hint);
        return new Stop();
    }

    private void report(String code, Severity severity, int offset, String message, String hint) {
        TextPos at = lines.at(offset);
        problems.add(new Finding(code, severity, SourcePos.inText(at.line(), at.col()), OneLine.of(message),
                OneLine.of(hint)));
    }

    /** A short human name for the character at {@code at}. */
    private String describe(int at) {
        char c = s.charAt(at);
        if (s.startsWith("...", at) || c == '\u2026') {
            return "an ellipsis (...)";
        }
        if (c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u2019') {
            return String.format("a typographic quote %c (U+%04X)", c, (int) c);
        }
        if (c == '\u00A0') {
            return "non-breaking space (U+00A0)";
        }
        if (isInvisibleSpace(c)) {
            return String.format("space character U+%04X", (int) c);
        }
        if (c < 0x20) {
            return String.format("control character U+%04X", (int) c);
        }
        if (Character.isLetterOrDigit(c)) {
            return quoteToken(at);
        }
        return "'" + c + "'";
    }

    private String hintFor(int at) {
        char c = s.charAt(at);
        if (s.startsWith("...", at) || c == '\u2026') {
            return "an elision is not JSON; list every element, or say in the text that the list is shortened";
        }
        if (c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u2019') {
            return "use straight double quotes \"";
        }
        if (c == ']' || c == '}') {
            return "check that every bracket and brace is closed by its own kind";
        }
        return "check the JSON syntax here";
    }

    private String quoteToken(int start) {
        int end = start;
        while (end < n && !Character.isWhitespace(s.charAt(end)) && ",:[]{}\"".indexOf(s.charAt(end)) < 0) {
            end++;
        }
        return "'" + s.substring(start, Math.max(end, start + 1)) + "'";
    }

    private void skipDigits() {
        while (pos < n && isDigit(s.charAt(pos))) {
            pos++;
        }
    }

    private static boolean startsValue(char c) {
        return c == '{' || c == '[' || c == '"' || c == '\'' || c == '-' || isDigit(c) || Character.isLetter(c);
    }

    private static boolean startsName(char c) {
        return c == '"' || c == '\'' || isNameStart(c);
    }

    private static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '_' || c == '$';
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '-';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHex(String text, int from, int count) {
        for (int i = from; i < from + count; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isInvisibleSpace(char c) {
        return c == '\u00A0' || c == '\uFEFF' || c == '\u3000' || (c >= '\u2000' && c <= '\u200B')
                || c == '\u202F' || c == '\u205F';
    }
}
