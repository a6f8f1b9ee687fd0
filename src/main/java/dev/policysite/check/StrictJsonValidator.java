package dev.policysite.check;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.policysite.diag.Finding;
import dev.policysite.diag.Severity;
import dev.policysite.diag.SourcePos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The built-in block validator: strict JSON (RFC 8259) with Jackson, no policy knowledge. Jackson stops
 * at the first error, so a block gets at most one syntax issue; its message is rewritten into plain words
 * for the common slips (trailing comma, comment, single quotes, unquoted names, duplicate names).
 */
public final class StrictJsonValidator implements BlockValidator {
    private static final ObjectMapper STRICT = mapper(false);
    private static final ObjectMapper WITH_COMMENTS = mapper(true);

    private static ObjectMapper mapper(boolean comments) {
        JsonFactory f = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .configure(JsonReadFeature.ALLOW_JAVA_COMMENTS, comments).build();
        return new ObjectMapper(f);
    }

    @Override
    public BlockCheck check(String text, Dialect dialect) {
        if (text.isBlank()) {
            return new BlockCheck(null, null, List.of(new Finding(CheckCodes.JSON_EMPTY, Severity.WARNING, SourcePos.inText(0, 0),
                    "JSON block is empty", "remove the empty block, or fill it in")));
        }
        ObjectMapper mapper = dialect == Dialect.JSONC ? WITH_COMMENTS : STRICT;
        TextIndex index = new TextIndex(text);
        try (JsonParser p = mapper.createParser(text)) {
            JsonNode value;
            try {
                value = mapper.readTree(p);
            } catch (JsonProcessingException e) {
                return new BlockCheck(null, null, List.of(describe(e, index)));
            }
            try {
                if (p.nextToken() != null) {
                    JsonLocation at = p.currentTokenLocation();
                    return new BlockCheck(null, null, List.of(garbage(at.getLineNr(), at.getColumnNr())));
                }
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation();
                return new BlockCheck(null, null, List.of(garbage(at.getLineNr(), at.getColumnNr())));
            }
            return new BlockCheck(value, null, List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a String cannot fail
        }
    }

    private static Finding garbage(int line, int col) {
        return new Finding(CheckCodes.JSON_TRAILING_GARBAGE, Severity.ERROR, SourcePos.inText(line, col),
                "text after the end of the JSON value",
                "a block holds one JSON value: remove the extra text, or wrap the values in [ ]");
    }

    /** Turns Jackson's message into one of the stable codes, placed at the character to fix. */
    private static Finding describe(JsonProcessingException e, TextIndex index) {
        JsonLocation at = e.getLocation();
        int line = at == null ? 0 : at.getLineNr();
        int col = at == null ? 0 : at.getColumnNr();
        String msg = e.getOriginalMessage();
        char bad = index.charAt(line, col);
        if (msg.startsWith("Duplicate field '")) {
            String name = msg.substring("Duplicate field '".length(), msg.length() - 1);
            int[] key = index.lastBefore("\"" + name + "\"", line, col);
            return new Finding(CheckCodes.JSON_DUPLICATE_KEY, Severity.ERROR, SourcePos.inText(key[0], key[1]),
                    "member \"" + name + "\" appears twice in the same object",
                    "keep one of them; JSON readers silently use only the last");
        }
        if (msg.startsWith("Unexpected end-of-input")) {
            return new Finding(CheckCodes.JSON_SYNTAX, Severity.ERROR, SourcePos.inText(line, col),
                    "JSON ends before every { and [ is closed", "add the missing } or ]");
        }
        if (msg.contains("maybe a (non-standard) comment") || bad == '#') {
            return new Finding(CheckCodes.JSON_COMMENT, Severity.ERROR, SourcePos.inText(line, col), "comments are not allowed in JSON",
                    "remove the comment, or label the block ```jsonc if it is meant to have comments");
        }
        if ((bad == '}' || bad == ']') && msg.startsWith("Unexpected character")) {
            int[] comma = index.previousSignificant(line, col);
            if (comma != null && index.charAt(comma[0], comma[1]) == ',') {
                return new Finding(CheckCodes.JSON_TRAILING_COMMA, Severity.ERROR, SourcePos.inText(comma[0], comma[1]),
                        "trailing comma before '" + bad + "'", "remove this comma: JSON allows none after the last element");
            }
        }
        if (bad == '\'') {
            return new Finding(CheckCodes.JSON_SINGLE_QUOTE, Severity.ERROR, SourcePos.inText(line, col), "strings must be in double quotes",
                    "replace the single quotes with double quotes");
        }
        if (msg.contains("double-quote to start field name") && (Character.isLetter(bad) || bad == '_' || bad == '$')) {
            return new Finding(CheckCodes.JSON_UNQUOTED_NAME, Severity.ERROR, SourcePos.inText(line, col), "member name is not in double quotes",
                    "write the name as \"name\"");
        }
        return new Finding(CheckCodes.JSON_SYNTAX, Severity.ERROR, SourcePos.inText(line, col), "invalid JSON: " + firstSentence(msg),
                "fix the JSON at this position");
    }

    private static String firstSentence(String jacksonMessage) {
        String m = jacksonMessage;
        int nl = m.indexOf('\n');
        if (nl >= 0) {
            m = m.substring(0, nl);
        }
        int source = m.indexOf(" (start marker at");
        if (source >= 0) {
            m = m.substring(0, source);
        }
        return m.strip();
    }

    /** Line/column arithmetic over the block text (1-based, as Jackson reports them). */
    private static final class TextIndex {
        private final String text;
        private final int[] lineStarts;

        TextIndex(String text) {
            this.text = text;
            int n = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    n++;
                }
            }
            lineStarts = new int[n];
            int k = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    lineStarts[k++] = i + 1;
                }
            }
        }

        int offset(int line, int col) {
            if (line < 1 || line > lineStarts.length) {
                return -1;
            }
            int off = lineStarts[line - 1] + col - 1;
            return off >= 0 && off < text.length() ? off : -1;
        }

        char charAt(int line, int col) {
            int off = offset(line, col);
            return off < 0 ? '\0' : text.charAt(off);
        }

        int[] position(int offset) {
            int line = 1;
            while (line < lineStarts.length && lineStarts[line] <= offset) {
                line++;
            }
            return new int[] {line, offset - lineStarts[line - 1] + 1};
        }

        /** The last character before (line, col) that is not whitespace, or null. */
        int[] previousSignificant(int line, int col) {
            int off = offset(line, col);
            for (int i = off - 1; i >= 0; i--) {
                if (!Character.isWhitespace(text.charAt(i))) {
                    return position(i);
                }
            }
            return null;
        }

        /** Where {@code needle} last starts before (line, col); (line, col) itself when it does not occur. */
        int[] lastBefore(String needle, int line, int col) {
            int off = offset(line, col);
            int i = off < 0 ? -1 : text.lastIndexOf(needle, off);
            return i < 0 ? new int[] {line, col} : position(i);
        }
    }
}
