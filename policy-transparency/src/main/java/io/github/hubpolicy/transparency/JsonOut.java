package io.github.hubpolicy.transparency;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** Writes one JSON value on one line (compact: no spaces, no line breaks), as policy-json does. */
final class JsonOut {
    private static final JsonFactory FACTORY = new JsonFactory();

    /** Writes with a generator; throwing IOException only because Jackson's signatures do. */
    interface Body {
        void write(JsonGenerator out) throws IOException;
    }

    private JsonOut() {
    }

    static String write(Body body) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = FACTORY.createGenerator(text)) {
            body.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // not reached: a StringWriter does not fail
        }
        return text.toString();
    }
}
