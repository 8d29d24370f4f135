package io.github.hubpolicy.json;

import io.github.hubpolicy.api.ContentItem;
import java.util.Objects;

/** One input record: an item, or the reason it could not be read. */
public sealed interface ReadResult {

    /**
     * Where the record was: in JSON Lines the 1-based physical line number, in a JSON array the
     * 1-based element index, and 0 for a problem with the file as a whole.
     */
    int line();

    /** A record read into an item. */
    record Parsed(int line, ContentItem item) implements ReadResult {
        public Parsed {
            Objects.requireNonNull(item, "item");
        }
    }

    /**
     * A record that could not be read.
     *
     * @param id    the item's {@code id} when it could be read as a string, else {@code null}
     * @param error one line naming the problem, e.g. {@code field 'kind': unknown value 'modle' (...)}
     */
    record Unreadable(int line, String id, String error) implements ReadResult {
        public Unreadable {
            Objects.requireNonNull(error, "error");
        }
    }
}
