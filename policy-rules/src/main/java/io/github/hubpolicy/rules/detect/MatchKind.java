package io.github.hubpolicy.rules.detect;

/**
 * What kind of thing a detector found ({@link ContactKind}, {@link CredentialKind},
 * {@link IdentifierKind}): the words a rationale and the evidence use for it, never the value.
 */
public interface MatchKind {
    /** What it is, in words for a rationale: {@code hub access token}, {@code email address}. */
    String description();
}
