package io.github.hubpolicy.spark;

import io.github.hubpolicy.json.ItemReader;
import io.github.hubpolicy.json.ReadResult;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The line-to-item step: one JSON Lines line, as the bytes the input format read, to what {@code
 * policy-cli evaluate} makes of the same line (an item, or an error record with the CLI's
 * message), numbered with its physical line. The one place the jobs turn bytes into items,
 * through {@code policy-json}'s byte-level line reader, as the CLI reads files.
 *
 * <p>Bytes that are not UTF-8 make an error record for that line alone ({@code not valid UTF-8
 * at byte N}), as in the CLI. Not thread-safe: one per partition.
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
        if (startsArray(bytes, length)) {
            // The shared reader would take the line for a JSON array file; in JSON Lines input the CLI
            // reads such a line as one record and refuses it with parse's message.
            try {
                String text = utf8.reset().decode(ByteBuffer.wrap(bytes, 0, length)).toString();
                return new ReadResult.Parsed(lineNumber(line), reader.parse(text));
            } catch (IllegalArgumentException e) {
                return new ReadResult.Unreadable(lineNumber(line), null, e.getMessage());
            } catch (CharacterCodingException e) {
                // fall through: the shared reader names the bad byte in its own words
            }
        }
        // policy-json's byte-level line reader, as the CLI reads files: strict UTF-8 per line.
        List<ReadResult> results = new ArrayList<>(1);
        reader.read(new ByteArrayInputStream(bytes, 0, length), results::add);
        return results.isEmpty() ? null : renumbered(results.get(0), lineNumber(line));
    }

    private static boolean startsArray(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] != ' ' && bytes[i] != '\t') {
                return bytes[i] == '[';
            }
        }
        return false;
    }

    private static ReadResult renumbered(ReadResult result, int line) {
        if (result instanceof ReadResult.Parsed parsed) {
            return new ReadResult.Parsed(line, parsed.item());
        }
        ReadResult.Unreadable bad = (ReadResult.Unreadable) result;
        return new ReadResult.Unreadable(line, bad.id(), bad.error());
    }

    private static int lineNumber(long line) {
        return line > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) line;
    }
}
