package io.github.hubpolicy.rules.detect;

import java.util.Objects;

/**
 * An email address or phone number found in the text.
 *
 * @param kind       email or phone
 * @param normalized the value in the form that decides whether two are the same contact: an
 *                   email lower-cased, a phone number in E.164 ({@code +14155550199}); the raw
 *                   text is not kept
 * @param span       where it was found
 */
public record ContactDetail(ContactKind kind, String normalized, Span span) implements TextMatch {
    public ContactDetail {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(normalized, "normalized");
        Objects.requireNonNull(span, "span");
    }

    /** Kind and position only: the value is personal data and must not reach logs by accident. */
    @Override
    public String toString() {
        return "ContactDetail[" + kind + " at " + span + "]";
    }
}
