package io.github.hubpolicy.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import io.github.hubpolicy.api.InvalidItemException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one JSON value from Jackson's token stream into a {@link Json} tree.
 *
 * <p>It finds repeated keys itself instead of through Jackson's {@code STRICT_DUPLICATE_DETECTION}:
 * Jackson throws in the middle of the value and its parser cannot go on, so in a JSON array one
 * repeated key would end the whole batch. Here the value is read to its end and the problem is
 * reported for that item alone. Likewise an item over the size limit is read through without
 * keeping its content. Syntax errors and Jackson's {@code StreamReadConstraints} still throw.
 */
final class TreeBuilder {
    private final JsonParser parser;
    private final long maxChars;
    private long start;
    private boolean tooLong;
    private String id;
    private int idKeys;
    private InvalidItemException repeated;

    /**
     * @param maxChars the longest value to keep, in characters of input; negative for no limit
     *                 (JSON Lines: the line is already bounded)
     */
    TreeBuilder(JsonParser parser, long maxChars) {
        this.parser = parser;
        this.maxChars = maxChars;
    }

    /**
     * Reads the value whose first token is the parser's current token, {@code first}.
     *
     * @return the value, or {@code null} when it was over the size limit ({@link #tooLong()})
     */
    Json read(JsonToken first) throws IOException {
        start = parser.currentTokenLocation().getCharOffset();
        Json value = value(first, FieldPath.ROOT, 0);
        checkSize(); // again at the end: the last token may be the one that crosses the limit
        return tooLong ? null : value;
    }

    /** True when the value was longer than the limit; its content was skipped. */
    boolean tooLong() {
        return tooLong;
    }

    /** The first key repeated in one object, as an error naming its path; {@code null} if none. */
    InvalidItemException repeatedKey() {
        return repeated;
    }

    /**
     * The top-level {@code "id"} read so far when it is a non-blank string, else {@code null}:
     * available even when reading failed later. Two {@code "id"} keys make it {@code null}, since
     * naming either would be a guess.
     */
    String id() {
        return idKeys == 1 && id != null && !id.isBlank() ? id : null;
    }

    private void checkSize() {
        if (maxChars >= 0 && !tooLong && parser.currentLocation().getCharOffset() - start > maxChars) {
            tooLong = true;
        }
    }

    private Json value(JsonToken token, FieldPath path, int depth) throws IOException {
        checkSize();
        switch (token) {
            case START_OBJECT:
                return object(path, depth + 1);
            case START_ARRAY:
                return array(path, depth + 1);
            case VALUE_STRING:
                // Not reading an unkept string lets Jackson skip it without buffering it.
                return tooLong ? null : new Json.Str(parser.getText());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new Json.Num(parser.getText());
            case VALUE_TRUE:
                return new Json.Bool(true);
            case VALUE_FALSE:
                return new Json.Bool(false);
            case VALUE_NULL:
                return Json.Null.NULL;
            default:
                // Only binary formats produce other tokens.
                throw new IllegalStateException("unexpected JSON token " + token);
        }
    }

    private Json object(FieldPath path, int depth) throws IOException {
        Map<String, Json> fields = new LinkedHashMap<>();
        for (JsonToken t = next(); t != JsonToken.END_OBJECT; t = next()) {
            String name = parser.currentName();
            JsonToken valueToken = next();
            Json value = value(valueToken, path.field(name), depth);
            if (depth == 1 && name.equals("id")) {
                idKeys++;
                id = value instanceof Json.Str s ? s.value() : null;
            }
            if (fields.containsKey(name)) {
                if (repeated == null) {
                    repeated = new InvalidItemException(path.field(name).toString(), "repeated key");
                }
            } else if (!tooLong) {
                fields.put(name, value);
            }
        }
        return new Json.Obj(fields);
    }

    private Json array(FieldPath path, int depth) throws IOException {
        List<Json> elements = new ArrayList<>();
        int index = 0;
        for (JsonToken t = next(); t != JsonToken.END_ARRAY; t = next()) {
            Json element = value(t, path.element(index++), depth);
            if (!tooLong) {
                elements.add(element);
            }
        }
        return new Json.Arr(elements);
    }

    /** The next token; Jackson reports an unclosed value itself, this guards against a silent end. */
    private JsonToken next() throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            throw new JsonEOFException(parser, null, "Unexpected end-of-input");
        }
        return token;
    }
}
