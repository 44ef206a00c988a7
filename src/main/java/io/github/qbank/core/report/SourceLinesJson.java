package io.github.qbank.core.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * The source lines the HTML report's script shows around each finding, as JSON inside the page's
 * {@code <script type="application/json">} block: {@code {"README.md":{"11":"- 3 text"}}}.
 * The block ends at the first {@code </script>} whatever the JSON means, and an unescaped
 * {@code <!--} changes how the browser reads the rest of it, so {@code <}, {@code >} and
 * {@code &} are written as JSON escapes ({@code <} as backslash, {@code u003c}); U+2028 and
 * U+2029, which end a line in older JavaScript, too. Chinese text stays as it is: escaping it
 * would double its size.
 */
final class SourceLinesJson {

    private static final JsonFactory FACTORY = new JsonFactoryBuilder().characterEscapes(new HtmlSafe()).build();

    private SourceLinesJson() {}

    static String write(Map<String, Map<Integer, String>> linesByFile) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            for (var file : linesByFile.entrySet()) {
                json.writeObjectFieldStart(file.getKey());
                for (var line : file.getValue().entrySet()) {
                    json.writeStringField(Integer.toString(line.getKey()), line.getValue());
                }
                json.writeEndObject();
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return out.toString();
    }

    private static final class HtmlSafe extends CharacterEscapes {

        private static final long serialVersionUID = 1L;

        private static final SerializableString LINE_SEPARATOR = new SerializedString("\\u2028");
        private static final SerializableString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");

        private final int[] ascii = standardAsciiEscapesForJSON();

        HtmlSafe() {
            ascii['<'] = ESCAPE_STANDARD;
            ascii['>'] = ESCAPE_STANDARD;
            ascii['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == 0x2028 ? LINE_SEPARATOR : ch == 0x2029 ? PARAGRAPH_SEPARATOR : null;
        }
    }
}
