package io.github.hubpolicy.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.json.ItemWriter;
import io.github.hubpolicy.rules.reliability.FuzzItems;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators of JSON Lines input for the CLI's per-input loop: valid item lines (from
 * {@link FuzzItems}), the same lines mutated (truncated, a value of the wrong type, huge numbers,
 * NaN and Infinity, repeated and unknown keys, deep nesting, garbage before or after), random
 * Unicode and random bytes, and blank lines, joined by any of the three line ends.
 */
final class FuzzLines {
    /** What reading a line must give. */
    enum Expect {
        /** A decision for {@link Line#item()}. */
        DECIDED,
        /** An error record. */
        ERROR,
        /** Either, but exactly one record (random input, or a change the format may accept). */
        EITHER
    }

    /** One generated line: its text (line ends in it split it further), and what it must give. */
    record Line(String text, Expect expect, ContentItem item, String how) {
        @Override
        public String toString() {
            return how + " -> " + expect + ": " + text;
        }
    }

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final ObjectMapper ESCAPING = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Stands in for a raw literal (a number the tree cannot hold, NaN, a nested structure). */
    private static final String RAW = "\u0001raw literal\u0001";
    /** Stands in for a repeated key's name. */
    private static final String REPEATED = "\u0001repeated key\u0001";
    private static final Set<String> ITEM_KEYS = Set.of("id", "kind", "title", "text", "tags", "license", "visibility",
            "gating", "purpose", "capabilities", "author", "target", "files", "signals", "people", "personalData",
            "reports", "documentation", "accountAgeDays", "priorViolations", "staff", "path", "sizeBytes",
            "pickleImports", "malwareScan", "name", "likeness", "consent", "minor", "reason", "verified",
            "intendedUse", "limitations");
    /** Numbers JSON or the format rejects in every numeric field (scores and counts). */
    private static final List<String> BAD_NUMBERS = List.of("1e400", "-1e400", "99999999999999999999", "NaN",
            "Infinity", "-Infinity", "+1", "01", ".5", "0x10", "1e", "-", "1E+2147483648", "-1",
            "123456789012345678901234567890.5");
    /** Numbers some numeric fields accept: 2 is a count but not a score; 1e-400 is a score (0) but not a count. */
    private static final List<String> OTHER_NUMBERS = List.of("2", "1e-400", "1e-9999999999", "0e0", "-0.0", "4e2");
    private static final List<String> WRONG_VALUES = List.of("1", "-1", "1.5", "true", "false", "\"text\"", "[]",
            "{}", "[1,\"a\"]", "{\"a\":1}", "\"\"");

    private FuzzLines() {
    }

    /** A batch of up to {@code maxLines} lines. */
    static Arbitrary<List<Line>> batches(int maxLines) {
        return line().list().ofMaxSize(maxLines);
    }

    /** Line ends to join lines with, one per line (the last one may end the input or be dropped). */
    static Arbitrary<List<String>> lineEnds(int maxLines) {
        return Arbitraries.of("\n", "\r\n", "\r").list().ofSize(maxLines);
    }

    static Arbitrary<Line> line() {
        Arbitrary<ContentItem> items = FuzzItems.smallItems();
        return Arbitraries.frequencyOf(
                Tuple.of(6, items.map(item -> new Line(json(item), Expect.DECIDED, item, "valid"))),
                Tuple.of(1, items.map(item -> new Line(escaped(item), Expect.DECIDED, item, "non-ASCII escaped"))),
                Tuple.of(1, Combinators.combine(items, Arbitraries.of("", " ", "\t", " \t "))
                        .as((item, space) -> new Line(space + json(item) + space, Expect.DECIDED, item, "spaces around"))),
                Tuple.of(2, Arbitraries.of("", " ", "\t", "  \t  ").map(blank -> new Line(blank, Expect.EITHER, null, "blank"))),
                Tuple.of(2, Combinators.combine(items, Arbitraries.doubles().between(0, 1))
                        .as((item, cut) -> truncated(json(item), cut))),
                Tuple.of(2, Combinators.combine(items, Arbitraries.integers().greaterOrEqual(0), Arbitraries.of(WRONG_VALUES))
                        .as(FuzzLines::wrongType)),
                Tuple.of(1, Combinators.combine(items, Arbitraries.integers().greaterOrEqual(0))
                        .as(FuzzLines::nullValue)),
                Tuple.of(2, Combinators.combine(items, Arbitraries.integers().greaterOrEqual(0),
                                Arbitraries.of(concat(BAD_NUMBERS, OTHER_NUMBERS)))
                        .as(FuzzLines::number)),
                Tuple.of(2, Combinators.combine(items, Arbitraries.integers().greaterOrEqual(0))
                        .as(FuzzLines::repeatedKey)),
                Tuple.of(2, Combinators.combine(items, Arbitraries.integers().greaterOrEqual(0),
                                Arbitraries.strings().all().ofMaxLength(12))
                        .as(FuzzLines::unknownKey)),
                Tuple.of(2, Combinators.combine(items, Arbitraries.integers().between(1, 5_000), Arbitraries.of(true, false),
                                Arbitraries.of("text", "extra", "wrap"))
                        .as(FuzzLines::nested)),
                Tuple.of(1, Combinators.combine(items, Arbitraries.of("x", "}", "{}", ",", " {", "\u0000", "]", "null", "\"\""),
                                Arbitraries.of(true, false))
                        .as(FuzzLines::garbage)),
                Tuple.of(1, Arbitraries.of("null", "42", "\"item\"", "{}", "{", "}", "true", "{\"id\":\"x\"}",
                        "{\"kind\":\"comment\"}", "{\"id\":\" \",\"kind\":\"comment\"}", "{\"id\":1,\"kind\":\"comment\"}")
                        .map(text -> new Line(text, Expect.ERROR, null, "not an item"))),
                Tuple.of(2, Arbitraries.strings().all().ofMaxLength(200).map(text -> new Line(text, Expect.EITHER, null, "random Unicode"))),
                Tuple.of(1, Combinators.combine(Arbitraries.bytes().array(byte[].class).ofMaxSize(200), Arbitraries.of(true, false))
                        .as((bytes, utf8) -> new Line(new String(bytes, utf8 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1),
                                Expect.EITHER, null, "random bytes"))));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    static String json(ContentItem item) {
        return ItemWriter.toJson(item);
    }

    private static String escaped(ContentItem item) {
        return write(ESCAPING, tree(item));
    }

    private static Line truncated(String json, double cut) {
        String text = json.substring(0, (int) (cut * (json.length() - 1)));
        return new Line(text, Expect.ERROR, null, "truncated");
    }

    /** Replaces one value (at any depth) with a non-null value of another JSON type. */
    private static Line wrongType(ContentItem item, int pick, String replacement) {
        ObjectNode tree = tree(item);
        List<Slot> slots = slots(tree);
        Slot slot = slots.get(pick % slots.size());
        JsonNode wrong = parse(replacement);
        if (wrong.getNodeType() == slot.value().getNodeType()) {
            wrong = slot.value().isTextual() ? NODES.numberNode(7) : NODES.textNode("7");
        }
        slot.set(wrong);
        return new Line(write(JSON, tree), Expect.ERROR, null, "wrong type at " + slot.path());
    }

    /** Sets one value to null, which reads as absent: fine unless the field is required. */
    private static Line nullValue(ContentItem item, int pick) {
        ObjectNode tree = tree(item);
        List<Slot> slots = slots(tree);
        Slot slot = slots.get(pick % slots.size());
        slot.set(NODES.nullNode());
        return new Line(write(JSON, tree), Expect.EITHER, null, "null at " + slot.path());
    }

    /** Puts a huge, tiny or malformed number into a numeric field (a signal score when there is none). */
    private static Line number(ContentItem item, int pick, String literal) {
        ObjectNode tree = tree(item);
        List<Slot> numbers = slots(tree).stream().filter(s -> s.value().isNumber()).toList();
        boolean score; // a signal's score rather than a count
        String path;
        if (numbers.isEmpty()) {
            ObjectNode signals = tree.has("signals") ? (ObjectNode) tree.get("signals") : tree.putObject("signals");
            signals.put("hate", RAW);
            score = true;
            path = "signals.hate";
        } else {
            Slot slot = numbers.get(pick % numbers.size());
            slot.set(NODES.textNode(RAW));
            score = slot.path().startsWith("signals.");
            path = slot.path();
        }
        Expect expect = BAD_NUMBERS.contains(literal) || literal.equals("2") && score ? Expect.ERROR : Expect.EITHER;
        return new Line(write(JSON, tree).replace(quoted(RAW), literal), expect, null, literal + " at " + path);
    }

    /** Repeats a key of one object (the item or an object in it). */
    private static Line repeatedKey(ContentItem item, int pick) {
        ObjectNode tree = tree(item);
        List<ObjectNode> objects = new ArrayList<>();
        objects(tree, objects);
        objects.removeIf(ObjectNode::isEmpty);
        ObjectNode object = objects.get(pick % objects.size());
        List<String> keys = new ArrayList<>();
        object.fieldNames().forEachRemaining(keys::add);
        String key = keys.get((pick / objects.size()) % keys.size());
        object.set(REPEATED, object.get(key).deepCopy());
        String text = write(JSON, tree).replace(quoted(REPEATED), quoted(key));
        return new Line(text, Expect.ERROR, null, "repeated key " + key);
    }

    /** Adds a key the format does not know to the item or to an object in it (not to signals, an open map). */
    private static Line unknownKey(ContentItem item, int pick, String name) {
        ObjectNode tree = tree(item);
        List<ObjectNode> objects = new ArrayList<>();
        objects(tree, objects);
        objects.removeIf(o -> o == tree.get("signals"));
        ObjectNode object = objects.get(pick % objects.size());
        String key = ITEM_KEYS.contains(name) ? "unknownKey" : name;
        if (object.has(key)) {
            key = key + "?";
        }
        object.put(key, 1);
        return new Line(write(JSON, tree), Expect.ERROR, null, "unknown key " + key);
    }

    /** Arrays or objects nested {@code depth} deep as the text, as an unknown key, or wrapped around the item. */
    private static Line nested(ContentItem item, int depth, boolean arrays, String where) {
        String open = arrays ? "[" : "{\"a\":";
        String close = arrays ? "]" : "}";
        String nest = open.repeat(depth) + (arrays ? "" : "1") + close.repeat(depth);
        ObjectNode tree = tree(item);
        String text;
        if (where.equals("wrap")) {
            text = "{\"wrap\":".repeat(depth) + write(JSON, tree) + "}".repeat(depth);
        } else {
            tree.put(where, RAW);
            text = write(JSON, tree).replace(quoted(RAW), nest);
        }
        return new Line(text, Expect.ERROR, null, "nested " + depth + " deep in " + where);
    }

    private static Line garbage(ContentItem item, String garbage, boolean after) {
        String json = json(item);
        return new Line(after ? json + garbage : garbage + json, Expect.ERROR, null, "garbage " + (after ? "after" : "before"));
    }

    /** A place in the tree that holds a value: an object's field or an array's element. */
    private record Slot(JsonNode parent, String key, int index, String path) {
        JsonNode value() {
            return key != null ? parent.get(key) : parent.get(index);
        }

        void set(JsonNode value) {
            if (key != null) {
                ((ObjectNode) parent).set(key, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }
    }

    private static List<Slot> slots(ObjectNode tree) {
        List<Slot> slots = new ArrayList<>();
        slots(tree, "", slots);
        return slots;
    }

    private static void slots(JsonNode node, String path, List<Slot> into) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String at = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                into.add(new Slot(node, field.getKey(), -1, at));
                slots(field.getValue(), at, into);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String at = path + "[" + i + "]";
                into.add(new Slot(node, null, i, at));
                slots(node.get(i), at, into);
            }
        }
    }

    private static void objects(JsonNode node, List<ObjectNode> into) {
        if (node.isObject()) {
            into.add((ObjectNode) node);
        }
        node.elements().forEachRemaining(child -> objects(child, into));
    }

    private static ObjectNode tree(ContentItem item) {
        return (ObjectNode) parse(json(item));
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String write(ObjectMapper mapper, JsonNode tree) {
        try {
            return mapper.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String quoted(String text) {
        return write(JSON, NODES.textNode(text));
    }
}
