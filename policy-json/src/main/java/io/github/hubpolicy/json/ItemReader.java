package io.github.hubpolicy.json;

import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.InvalidItemException;
import io.github.hubpolicy.api.internal.SafeText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads content items in the JSON wire format of {@code item-format.md}: one item, or a batch as
 * JSON Lines or a JSON array. A bad record never stops a batch: it becomes a
 * {@link ReadResult.Unreadable} naming its line, its id when known and the field at fault.
 *
 * <p>Immutable and thread-safe.
 */
public final class ItemReader {
    private static final int DEFAULT_MAX_LINE_LENGTH = 4 * 1024 * 1024;
    private static final int DEFAULT_MAX_NESTING_DEPTH = 16;
    /** The deepest nesting a reader may allow: Jackson's own default, and far beyond any item. */
    private static final int MAX_NESTING_DEPTH = 1000;
    private static final ItemReader STRICT = builder().build();
    /** Locations in a JSON Lines line or in {@link #parse}'s argument: Jackson's own. */
    private static final Where WHOLE = new Where(0, 0, false);

    private final int maxLineLength;
    private final int maxNestingDepth;
    private final ItemMapper mapper;
    /** Parses a whole item: a JSON Lines line or {@link #parse}'s argument. */
    private final JsonFactory itemFactory;
    /** Parses a JSON array, whose items are one level deeper. */
    private final JsonFactory arrayFactory;

    private ItemReader(Builder b) {
        this.maxLineLength = b.maxLineLength;
        this.maxNestingDepth = b.maxNestingDepth;
        this.mapper = new ItemMapper(b.lenient);
        this.itemFactory = factory(b.maxNestingDepth);
        this.arrayFactory = factory(b.maxNestingDepth + 1);
    }

    private static JsonFactory factory(int maxNestingDepth) {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(maxNestingDepth).build())
                // Jackson's messages quote the offending token; keep that short.
                .errorReportConfiguration(ErrorReportConfiguration.builder()
                        .maxErrorTokenLength(Text.MAX_EXCERPT).maxRawContentLength(0).build())
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .build();
    }

    /** A builder whose options start at the defaults of {@link #strict()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** A reader with the defaults: unknown keys rejected, lines up to 4 MiB characters, nesting up to 16. */
    public static ItemReader strict() {
        return STRICT;
    }

    /**
     * Reads one item object. Line breaks and other whitespace may appear anywhere.
     *
     * @throws InvalidItemException     naming the field, e.g. {@code field 'people[0].kind': unknown value ...}
     * @throws IllegalArgumentException when {@code json} is not one JSON object within the nesting limit
     */
    public ContentItem parse(String json) {
        Objects.requireNonNull(json, "json");
        ContentItem item = readFast(json);
        return item != null ? item : parseCarefully(json);
    }

    /** The fast path ({@link ItemTokens}): the item, or {@code null} when the careful path must read it. */
    private ContentItem readFast(String json) {
        try (JsonParser parser = itemFactory.createParser(json)) {
            return ItemTokens.read(parser);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // not reached: a String does not fail to read
        }
    }

    /** {@link #parse} without the fast path: the definition the fast path is tested against. */
    ContentItem parseCarefully(String json) {
        try (JsonParser parser = itemFactory.createParser(json)) {
            TreeBuilder tree = new TreeBuilder(parser, -1);
            try {
                return mapper.item(root(parser, tree));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(describe(e, parser, WHOLE));
            } catch (Unreadable e) {
                throw new IllegalArgumentException(e.getMessage());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // not reached: a String does not fail to read
        }
    }

    /**
     * Reads a batch of items from bytes, handing each record to {@code sink} as soon as it is read:
     * the one entry point for files, standard input, request bodies and any other stream. Input is
     * UTF-8 (a byte order mark at the very start is skipped); input whose first non-blank
     * character is {@code [} is a JSON array, read element by element; anything else is JSON
     * Lines, read one line at a time, where blank lines yield no record and every other line yields
     * exactly one. A line that is not valid UTF-8 yields a record {@code not valid UTF-8 at byte N}
     * (N counted from 0 at the line's first byte) and the lines around it are read as usual; input
     * that starts with a UTF-16 or UTF-32 byte order mark yields one record (line 0) naming the
     * encoding. Memory stays bounded by the line limit, whatever the size of the input. Does not
     * close {@code in}.
     *
     * @throws UncheckedIOException when {@code in} fails; the records read before stand
     */
    public void read(InputStream in, Consumer<ReadResult> sink) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sink, "sink");
        try {
            LineSource source = new LineSource(in, maxLineLength);
            String encoding = source.foreignEncoding();
            if (encoding != null) {
                sink.accept(new ReadResult.Unreadable(0, null, encoding));
            } else if (source.peekFirstNonBlank() == '[') {
                readArray(source, sink);
            } else {
                readLines(source, sink);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a whole batch into a list; see {@link #read}. */
    public List<ReadResult> readAll(InputStream in) {
        List<ReadResult> results = new ArrayList<>();
        read(in, results::add);
        return results;
    }

    /** The longest line this reader keeps, in characters. */
    int maxLineLength() {
        return maxLineLength;
    }

    private void readLines(LineSource source, Consumer<ReadResult> sink) throws IOException {
        for (LineSource.Line line = source.nextLine(); line != null; line = source.nextLine()) {
            sink.accept(line.text() == null
                    ? new ReadResult.Unreadable(line.number(), null, line.problem())
                    : readLine(line.number(), line.text()));
        }
    }

    private ReadResult readLine(int number, String text) throws IOException {
        ContentItem item = readFast(text);
        if (item != null) {
            return new ReadResult.Parsed(number, item);
        }
        // Not plainly right: read again, carefully, to name what is wrong.
        try (JsonParser parser = itemFactory.createParser(text)) {
            TreeBuilder tree = new TreeBuilder(parser, -1);
            try {
                return new ReadResult.Parsed(number, mapper.item(root(parser, tree)));
            } catch (JsonProcessingException e) {
                return new ReadResult.Unreadable(number, tree.id(), describe(e, parser, WHOLE));
            } catch (Unreadable | RuntimeException e) {
                return unreadable(number, tree.id(), e);
            }
        }
    }

    /** The one value of a JSON Lines line or of {@link #parse}'s argument, as an item object. */
    private static Json.Obj root(JsonParser parser, TreeBuilder tree) throws IOException, Unreadable {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw new Unreadable("expected an item object, was nothing");
        }
        Json value = tree.read(first);
        if (parser.nextToken() != null) {
            throw new Unreadable("unexpected content after the item at " + WHOLE.at(parser.currentTokenLocation()));
        }
        return itemObject(value, tree);
    }

    private static Json.Obj itemObject(Json value, TreeBuilder tree) throws Unreadable {
        if (tree.repeatedKey() != null) {
            throw tree.repeatedKey();
        }
        if (!(value instanceof Json.Obj obj)) {
            throw new Unreadable("expected an item object, was " + value.type());
        }
        return obj;
    }

    /**
     * Reads a JSON array element by element, so each record reaches the sink as soon as it is
     * read. When the array turns out to be broken (bad syntax, nesting past the limit), Jackson
     * cannot go on: the records already handed over stand, and one record with line 0 reports the
     * file. Elements are numbered from 1; the size limit applies to each element's text.
     */
    private void readArray(LineSource source, Consumer<ReadResult> sink) throws IOException {
        Where where = new Where(source.linesBefore(), source.columnsBefore(), true);
        try (JsonParser parser = arrayFactory.createParser(source.rest())) {
            ReadResult fileError = null;
            int index = 0;
            try {
                parser.nextToken(); // the '[' that source found
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    if (t == null) {
                        fileError = new ReadResult.Unreadable(0, null,
                                "malformed JSON at " + where.at(parser.currentLocation()) + ": unclosed array");
                        break;
                    }
                    sink.accept(readElement(++index, parser, t, source));
                }
                if (fileError == null && parser.nextToken() != null) {
                    fileError = new ReadResult.Unreadable(0, null,
                            "unexpected content after the array at " + where.at(parser.currentTokenLocation()));
                }
            } catch (JsonProcessingException e) {
                // A bad byte sequence outside a string breaks the array: say so rather than what Jackson saw.
                JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
                LineSource.BadBytes bad = source.badBytes(0, at.getCharOffset() + 1);
                fileError = new ReadResult.Unreadable(0, null, bad != null ? bad.message() : describe(e, parser, where));
            }
            if (fileError != null) {
                sink.accept(fileError);
            }
        }
    }

    /**
     * One array element; a problem with the stream itself is thrown, ending the array. An element
     * that holds bytes that were not valid UTF-8 is reported, not decided on replacement characters.
     */
    private ReadResult readElement(int index, JsonParser parser, JsonToken first, LineSource source) throws IOException {
        TreeBuilder tree = new TreeBuilder(parser, maxLineLength);
        long start = parser.currentTokenLocation().getCharOffset();
        Json value = tree.read(first);
        LineSource.BadBytes bad = source.badBytes(start, parser.currentLocation().getCharOffset());
        if (bad != null) {
            return new ReadResult.Unreadable(index, tree.id(), bad.message());
        }
        if (tree.tooLong()) {
            return new ReadResult.Unreadable(index, tree.id(),
                    "item is longer than the limit of " + maxLineLength + " characters");
        }
        try {
            return new ReadResult.Parsed(index, mapper.item(itemObject(value, tree)));
        } catch (Unreadable | RuntimeException e) {
            return unreadable(index, tree.id(), e);
        }
    }

    private static ReadResult.Unreadable unreadable(int line, String id, Exception e) {
        if (e instanceof Unreadable || e instanceof InvalidItemException) {
            return new ReadResult.Unreadable(line, id, e.getMessage());
        }
        // Not expected; reported on the record rather than thrown so the rest of the batch is read.
        return new ReadResult.Unreadable(line, id, "could not read the item: " + Text.excerpt(String.valueOf(e)));
    }

    /** One line for a Jackson error: what went wrong and where, without echoing the input. */
    private String describe(JsonProcessingException e, JsonParser parser, Where where) {
        JsonLocation location = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        String at = where.at(location);
        if (e instanceof StreamConstraintsException) {
            // Jackson pushes the level before checking it, so an over-deep level shows here.
            if (parser.getParsingContext().getNestingDepth() > (where.inArray() ? maxNestingDepth + 1 : maxNestingDepth)) {
                return "JSON nested deeper than the limit of " + maxNestingDepth + " levels at " + at;
            }
            return "JSON over a size limit at " + at + ": " + summary(e);
        }
        return "malformed JSON at " + at + ": " + summary(e);
    }

    /** Jackson's message without its source location or Java hints, on one line of at most 200 characters. */
    private static String summary(JsonProcessingException e) {
        // Jackson quotes the offending token, which may be a secret typed where a value belongs.
        String message = SafeText.masked(String.valueOf(e.getOriginalMessage()));
        int cut = message.indexOf(" (start marker at ");
        if (cut < 0) {
            cut = message.indexOf("\n");
        }
        if (cut >= 0) {
            message = message.substring(0, cut);
        }
        // Hints at Jackson's Java settings mean nothing to whoever wrote the input.
        message = message.replaceAll(": enable `[^`]*` to allow", "").replaceAll(", from `[^`]*`", "");
        message = message.replaceAll("\\s+", " ").strip();
        return message.length() <= 200 ? message : message.substring(0, 200) + "...";
    }

    /**
     * Turns a Jackson location into the input's. A JSON Lines line names only the column; in an
     * array Jackson counts from the {@code [}, after what the line source skipped.
     */
    private record Where(int linesBefore, long columnsBefore, boolean inArray) {
        String at(JsonLocation location) {
            int line = location.getLineNr();
            long column = location.getColumnNr() + (line == 1 ? columnsBefore : 0);
            return inArray || line > 1 ? "line " + (linesBefore + line) + ", column " + column : "column " + column;
        }
    }

    /** A record-level problem that is not about one field. */
    private static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    /** Options for an {@link ItemReader}. Not thread-safe. */
    public static final class Builder {
        private boolean lenient;
        private int maxLineLength = DEFAULT_MAX_LINE_LENGTH;
        private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;

        private Builder() {
        }

        /** Whether to skip unknown keys instead of rejecting them; unknown values are always rejected. */
        public Builder lenient(boolean lenient) {
            this.lenient = lenient;
            return this;
        }

        /**
         * The longest item, in characters: a JSON Lines line, or the text of a JSON array's element.
         * A longer one yields an {@link ReadResult.Unreadable} and reading goes on. Default 4 MiB.
         */
        public Builder maxLineLength(int chars) {
            if (chars <= 0) {
                throw new IllegalArgumentException("max line length must be positive");
            }
            this.maxLineLength = chars;
            return this;
        }

        /** How deeply objects and arrays may nest in an item, the item itself being level 1. Default 16. */
        public Builder maxNestingDepth(int depth) {
            if (depth <= 0 || depth > MAX_NESTING_DEPTH) {
                throw new IllegalArgumentException("max nesting depth must be from 1 to " + MAX_NESTING_DEPTH);
            }
            this.maxNestingDepth = depth;
            return this;
        }

        /** A reader with these options. */
        public ItemReader build() {
            return new ItemReader(this);
        }
    }
}
