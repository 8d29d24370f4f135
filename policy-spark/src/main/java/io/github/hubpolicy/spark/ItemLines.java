package io.github.hubpolicy.spark;

import io.github.hubpolicy.json.ItemReader;
import io.github.hubpolicy.json.ReadResult;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The line-to-item step: one JSON Lines line, as the bytes the input format read, to what {@code
 * policy-cli evaluate} makes of the same line (an item, or an error record with the CLI's
 * message), numbered with its physical line. The one place the jobs turn bytes into items, so
 * that a shared byte-level decoder in {@code policy-json} can replace the body of {@link #read}.
 *
 * <p>Bytes that are not UTF-8 make an error record for that line alone (the CLI, which reads a
 * whole file as UTF-8, refuses the file). Not thread-safe: one per partition.
 */
final class ItemLines {
    private final ItemReader reader;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);

    ItemLines(boolean lenient) {
        this.reader = ItemReader.builder().lenient(lenient).build();
    }

    /**
     * Reads one line.
     *
     * @param line   its 1-based physical line number in its file
     * @param bytes  the line without its line break ({@code length} bytes from 0)
     * @return the item or error record, or {@code null} for a blank line (as the CLI, no record)
     */
    ReadResult read(long line, byte[] bytes, int length) {
        String text;
        try {
            text = utf8.reset().decode(ByteBuffer.wrap(bytes, 0, length)).toString();
        } catch (CharacterCodingException e) {
            // The words of policy-json's byte-level reader on main (issue 20): the byte counted from 0.
            return new ReadResult.Unreadable(lineNumber(line), null, "not valid UTF-8 at byte " + firstBad(bytes, length));
        }
        if (text.stripLeading().startsWith("[")) {
            // ItemReader#read would take the line for a JSON array file; in JSON Lines input the CLI reads
            // such a line as one record and refuses it with parse's message.
            try {
                return new ReadResult.Parsed(lineNumber(line), reader.parse(text));
            } catch (IllegalArgumentException e) {
                return new ReadResult.Unreadable(lineNumber(line), null, e.getMessage());
            }
        }
        List<ReadResult> results = new ArrayList<>(1);
        reader.read(new StringReader(text), results::add);
        return results.isEmpty() ? null : renumbered(results.get(0), lineNumber(line));
    }

    private static ReadResult renumbered(ReadResult result, int line) {
        if (result instanceof ReadResult.Parsed parsed) {
            return new ReadResult.Parsed(line, parsed.item());
        }
        ReadResult.Unreadable bad = (ReadResult.Unreadable) result;
        return new ReadResult.Unreadable(line, bad.id(), bad.error());
    }

    /** Where the first byte that is not UTF-8 lies, counted from 0. */
    private int firstBad(byte[] bytes, int length) {
        CharBuffer out = CharBuffer.allocate(length);
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
        utf8.reset().decode(in, out, true);
        return in.position();
    }

    private static int lineNumber(long line) {
        return line > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) line;
    }
}
