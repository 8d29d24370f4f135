package io.github.hubpolicy.rules.detect;

/**
 * What a detector found in an item's title or text: its kind and where it lies, never the matched
 * value. Each match is a fact the rules can match by its type ({@code ContactDetail()},
 * {@code Credential( kind == CredentialKind.HUB_TOKEN )}); {@code evidence( ... )} describes any
 * of them as {@code text: <kind> at <start>..<end>}.
 */
public sealed interface TextMatch permits ContactDetail, Credential, SensitiveIdentifier {
    /** What was found. */
    MatchKind kind();

    /** Where it was found, in the text as received. */
    Span span();
}
