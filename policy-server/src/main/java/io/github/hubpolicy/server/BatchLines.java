package io.github.hubpolicy.server;

import io.github.hubpolicy.json.ItemReader;
import io.github.hubpolicy.json.ReadResult;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Turns a batch's request body into records, one at a time, in bounded memory: the one place
 * where request bytes become items, through {@code policy-json}'s byte-level line reader, as
 * {@code policy-cli evaluate} reads files (a line that is not UTF-8 is an error record).
 */
final class BatchLines {
    private final ItemReader reader;

    BatchLines(ItemReader reader) {
        this.reader = reader;
    }

    /** Hands each record of {@code body} to {@code sink} as soon as it is read; see {@link ItemReader#read}. */
    void read(InputStream body, Consumer<ReadResult> sink) {
        reader.read(body, sink);
    }
}
