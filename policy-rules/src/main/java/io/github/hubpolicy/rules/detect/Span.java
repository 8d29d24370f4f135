package io.github.hubpolicy.rules.detect;

import java.util.Comparator;
import java.util.Objects;

/**
 * Where a match lies: a field and a range of UTF-16 code units in it, end exclusive, in the text
 * as received (the detectors read a normalized view of it; a span covers the characters its match
 * stands for, left-out format characters inside it included). Spans are the evidence the rules
 * report, so that a matched value never has to be.
 *
 * @param field the field the match lies in
 * @param start the index of its first code unit
 * @param end   the index after its last code unit
 */
public record Span(TextField field, int start, int end) {
    /** The order of every list of matches: title before text, then by position. */
    static final Comparator<Span> ORDER = Comparator.comparing(Span::field)
            .thenComparingInt(Span::start)
            .thenComparingInt(Span::end);

    public Span {
        Objects.requireNonNull(field, "field");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span must satisfy 0 <= start <= end, was " + start + ".." + end);
        }
    }

    /** True when the two spans share a field and at least one code unit. */
    boolean overlaps(Span other) {
        return field == other.field && start < other.end && other.start < end;
    }

    /** For example {@code text 120..157}. */
    @Override
    public String toString() {
        return field.wireName() + " " + start + ".." + end;
    }
}
