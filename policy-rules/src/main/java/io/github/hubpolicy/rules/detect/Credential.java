package io.github.hubpolicy.rules.detect;

import java.util.Objects;

/**
 * A secret found in the text; only its position is kept.
 *
 * @param kind which credential
 * @param span where it was found
 */
public record Credential(CredentialKind kind, Span span) {
    public Credential {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(span, "span");
    }

    /**
     * A form safe to log: the public prefix of the credential and its length, such as
     * {@code hf_…(37 chars)}.
     *
     * @param fieldText the text of the field the credential was found in
     * @throws IllegalArgumentException when the span does not lie in {@code fieldText}
     */
    public String masked(String fieldText) {
        if (span.end() > fieldText.length()) {
            throw new IllegalArgumentException("span " + span + " lies outside a field of " + fieldText.length() + " chars");
        }
        int prefix = switch (kind) {
            case HUB_TOKEN -> fieldText.startsWith(CredentialDetector.ORG_TOKEN_PREFIX, span.start())
                    ? CredentialDetector.ORG_TOKEN_PREFIX.length()
                    : CredentialDetector.HUB_TOKEN_PREFIX.length();
            case CLOUD_ACCESS_KEY -> CredentialDetector.CLOUD_KEY_PREFIX.length();
            case SOURCE_HOST_TOKEN -> CredentialDetector.SOURCE_HOST_PREFIX.length();
            case PRIVATE_KEY -> CredentialDetector.PEM_BEGIN.length();
        };
        int length = span.end() - span.start();
        return fieldText.substring(span.start(), span.start() + Math.min(prefix, length)) + "…(" + length + " chars)";
    }
}
