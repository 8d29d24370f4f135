package io.github.hubpolicy.rules;

import java.util.Objects;

/**
 * A signal or capability an item carries that no rule of the rule set reads: an extra name the
 * host passes through, or a typo ({@code "hat"} for {@code "hate"}) that would otherwise decide
 * as if the signal were absent.
 *
 * @param field      where it is in the item: {@code signals.hat} or {@code capabilities[0]}
 * @param kind       a signal or a capability
 * @param name       the name as the item carries it
 * @param suggestion the name a rule reads that it is closest to, or {@code null} when none is close
 */
public record UnreadName(String field, Kind kind, String name, String suggestion) {
    /** What kind of name. */
    public enum Kind {
        /** A key of {@code signals}. */
        SIGNAL,
        /** An entry of {@code capabilities}. */
        CAPABILITY
    }

    public UnreadName {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    /** What is wrong, without the field: {@code no rule reads signal "hat" (did you mean "hate"?)}. */
    public String problem() {
        return "no rule reads " + (kind == Kind.SIGNAL ? "signal" : "capability") + " \"" + name + "\""
                + (suggestion == null ? "" : " (did you mean \"" + suggestion + "\"?)");
    }

    /** {@code signals.hat: no rule reads signal "hat" (did you mean "hate"?)}. */
    public String message() {
        return field + ": " + problem();
    }
}
