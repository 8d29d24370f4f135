package io.github.hubpolicy.rules.detect;

import java.util.Objects;

/**
 * A secret found in the text; only its position is kept.
 *
 * @param kind which credential
 * @param span where it was found
 */
public record Credential(CredentialKind kind, Span span) implements TextMatch {
    public Credential {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(span, "span");
    }

    /**
     * A form safe to log: the credential's public prefix and its length, such as
     * {@code hf_…(37 chars)}: the length of the span in the text as received. Nothing of the
     * field's text is copied but that known prefix.
     *
     * @param fieldText the text of the field the credential was found in
     * @throws IllegalArgumentException when the span does not lie in {@code fieldText}
     */
    public String masked(String fieldText) {
        if (span.end() > fieldText.length()) {
            throw new IllegalArgumentException(
                    "span " + span + " lies outside a field of " + fieldText.length() + " chars");
        }
        // The detectors read the normalized view: the prefix may be written in full-width forms
        // or hold format characters, so it is recognised in the view of the matched characters.
        String matched = TextView.of(fieldText.substring(span.start(), span.end())).text();
        String prefix = switch (kind) {
            case HUB_TOKEN -> matched.startsWith(CredentialDetector.ORG_TOKEN_PREFIX)
                    ? CredentialDetector.ORG_TOKEN_PREFIX
                    : CredentialDetector.HUB_TOKEN_PREFIX;
            case CLOUD_ACCESS_KEY -> CredentialDetector.CLOUD_KEY_PREFIX;
            case SOURCE_HOST_TOKEN -> CredentialDetector.SOURCE_HOST_PREFIX;
            case PRIVATE_KEY -> CredentialDetector.PEM_BEGIN;
        };
        return prefix + "…(" + (span.end() - span.start()) + " chars)";
    }
}
