package io.github.hubpolicy.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.hubpolicy.api.Action;
import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.InvalidItemException;
import io.github.hubpolicy.api.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads case files ({@link PolicyCase}). Strict like the item reader: an unknown key, a bad
 * verdict or action, or an unreadable item is an error naming the file, line and field.
 */
public final class CaseReader {
    private static final Set<String> KEYS = Set.of("case", "item", "verdict", "sections", "actions", "rules", "notRules");

    private final ObjectMapper mapper = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private final ItemReader items;

    public CaseReader(ItemReader items) {
        this.items = items;
    }

    /**
     * Reads every case of one file, as UTF-8 JSON Lines through the same line reader as items
     * ({@link ItemReader#read}): blank lines are skipped, a byte order mark at the start is too.
     * Does not close {@code in}.
     *
     * @param file a name for messages, e.g. {@code hate.cases.jsonl}
     * @throws CaseFileException naming {@code file:line} and the problem, at the first bad case
     *                           (a line that is not valid UTF-8 or over the item reader's line limit
     *                           included), or naming the file when it is UTF-16 or UTF-32
     * @throws IOException       when {@code in} fails
     */
    public List<PolicyCase> read(String file, InputStream in) throws IOException {
        List<PolicyCase> cases = new ArrayList<>();
        LineSource lines = new LineSource(in, items.maxLineLength());
        String encoding = lines.foreignEncoding();
        if (encoding != null) {
            throw new CaseFileException(file + ": " + encoding);
        }
        for (LineSource.Line line = lines.nextLine(); line != null; line = lines.nextLine()) {
            if (line.problem() != null) {
                throw new CaseFileException(file + ":" + line.number() + ": " + line.problem());
            }
            cases.add(parse(file, line.number(), line.text()));
        }
        return cases;
    }

    private PolicyCase parse(String file, int line, String text) {
        String where = file + ":" + line;
        try {
            JsonNode node = mapper.readTree(text);
            if (node == null || !node.isObject()) {
                throw new CaseFileException(where + ": expected a case object");
            }
            for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
                String key = keys.next();
                if (!KEYS.contains(key)) {
                    throw new CaseFileException(where + ": unknown key '" + key + "' (expected one of case, item, verdict, sections, actions, rules, notRules)");
                }
            }
            String name = required(node, "case", where).asText();
            ContentItem item = items.parse(mapper.writeValueAsString(required(node, "item", where)));
            Verdict verdict = enumValue(Verdict.class, required(node, "verdict", where).asText(), where, "verdict");
            Set<String> sections = new LinkedHashSet<>(strings(required(node, "sections", where), where, "sections"));
            List<Action> actions = null;
            if (node.hasNonNull("actions")) {
                actions = new ArrayList<>();
                for (String action : strings(node.get("actions"), where, "actions")) {
                    actions.add(enumValue(Action.class, action, where, "actions"));
                }
            }
            List<String> rules = node.hasNonNull("rules") ? strings(node.get("rules"), where, "rules") : List.of();
            List<String> notRules = node.hasNonNull("notRules") ? strings(node.get("notRules"), where, "notRules") : List.of();
            return new PolicyCase(file, line, name, item, verdict, sections, actions, rules, notRules);
        } catch (InvalidItemException e) {
            throw new CaseFileException(where + ": item: " + e.getMessage());
        } catch (JsonProcessingException e) {
            throw new CaseFileException(where + ": malformed JSON: " + e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
            throw new CaseFileException(where + ": item: " + e.getMessage());
        }
    }

    private static JsonNode required(JsonNode node, String key, String where) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            throw new CaseFileException(where + ": '" + key + "' is required");
        }
        return value;
    }

    private static List<String> strings(JsonNode node, String where, String key) {
        if (!node.isArray()) {
            throw new CaseFileException(where + ": '" + key + "' must be an array of strings");
        }
        List<String> values = new ArrayList<>();
        for (JsonNode element : node) {
            if (!element.isTextual()) {
                throw new CaseFileException(where + ": '" + key + "' must be an array of strings");
            }
            values.add(element.asText());
        }
        return values;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String where, String key) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new CaseFileException(where + ": '" + key + "': unknown value '" + value + "' (expected one of "
                    + java.util.Arrays.toString(type.getEnumConstants()) + ")");
        }
    }

    /** A case file that cannot be read; the message names {@code file:line}. */
    public static final class CaseFileException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public CaseFileException(String message) {
            super(message);
        }
    }
}
