package io.github.hubpolicy.server;

import io.github.hubpolicy.json.ItemReader;
import io.github.hubpolicy.json.ReadResult;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Turns a batch's request body into records, one at a time, in bounded memory: the one place
 * where request bytes become items, so that a byte-level line reader can replace the
 * character one here alone. Decodes UTF-8 as {@code policy-cli evaluate} does.
 */
final class BatchLines {
    private final ItemReader reader;

    BatchLines(ItemReader reader) {
        this.reader = reader;
    }

    /** Hands each record of {@code body} to {@code sink} as soon as it is read; see {@link ItemReader#read}. */
    void read(InputStream body, Consumer<ReadResult> sink) {
        reader.read(new InputStreamReader(body, StandardCharsets.UTF_8), sink);
    }
}
