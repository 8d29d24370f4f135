package io.github.hubpolicy.rules.detect;

import java.util.Objects;

/**
 * A range of a field that a detector did not read because the item spent its budget for that
 * detector's work; the item is decided on the rest, and the decision says so.
 *
 * @param detector the detector that stopped, such as {@code phone numbers}
 * @param span     the range it did not read, in the text as received
 */
public record Unscanned(String detector, Span span) {
    public Unscanned {
        Objects.requireNonNull(detector, "detector");
        Objects.requireNonNull(span, "span");
    }
}
