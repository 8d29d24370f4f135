package io.github.hubpolicy.rules.detect;

import java.util.Objects;

/**
 * A payment card number or social security number found in the text; only its position is kept.
 *
 * @param kind which identifier
 * @param span where it was found
 */
public record SensitiveIdentifier(IdentifierKind kind, Span span) implements TextMatch {
    public SensitiveIdentifier {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(span, "span");
    }
}
