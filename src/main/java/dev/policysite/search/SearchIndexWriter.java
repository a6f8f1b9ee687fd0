package dev.policysite.search;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes the index as a script, {@code window.__psSearchIndex = {...};}, so the site's search works from
 * file:// where fetch() is not allowed. The JSON escapes {@code < > &} and the JavaScript line separators,
 * so no page text can close a script element or break the statement.
 * <p>
 * Format: {@code {"pages":[{"u":url,"t":title,"x":text,"s":[{"a":anchor,"t":heading,"x":text},…]},…]}}.
 */
final class SearchIndexWriter {
    static final String GLOBAL = "window.__psSearchIndex";
    private static final JsonFactory JSON = new JsonFactory();
    private static final CharacterEscapes ESCAPES = new ScriptSafeEscapes();

    private SearchIndexWriter() {
    }

    static String script(List<SearchEntry> entries) {
        StringWriter w = new StringWriter(entries.size() * 512 + 64);
        w.write(GLOBAL + " = ");
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.setCharacterEscapes(ESCAPES);
            g.writeStartObject();
            g.writeArrayFieldStart("pages");
            for (SearchEntry e : entries) {
                g.writeStartObject();
                g.writeStringField("u", e.url());
                g.writeStringField("t", e.title());
                if (!e.text().isEmpty()) {
                    g.writeStringField("x", e.text());
                }
                if (!e.sections().isEmpty()) {
                    g.writeArrayFieldStart("s");
                    for (SearchEntry.Section s : e.sections()) {
                        g.writeStartObject();
                        g.writeStringField("a", s.anchor());
                        g.writeStringField("t", s.title());
                        if (!s.text().isEmpty()) {
                            g.writeStringField("x", s.text());
                        }
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        w.write(";\n");
        return w.toString();
    }

    private static final class ScriptSafeEscapes extends CharacterEscapes {
        private final int[] table;

        ScriptSafeEscapes() {
            table = standardAsciiEscapesForJSON();
            table['<'] = ESCAPE_STANDARD;
            table['>'] = ESCAPE_STANDARD;
            table['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return table;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            // U+2028/2029 end a line in older JavaScript engines, even inside a string literal
            return ch == 0x2028 ? new SerializedString("\\u2028") : ch == 0x2029 ? new SerializedString("\\u2029") : null;
        }
    }
}
