package io.github.hubpolicy.rules.detect;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the detectors found in an item's title and text. Every list is in order of field
 * (title first) and start.
 *
 * @param contactDetails     emails and phone numbers, distinct: the first occurrence of each
 *                           normalized value
 * @param identifiers        payment card numbers and US social security numbers
 * @param credentials        tokens, keys and private key markers
 * @param links              how many {@code http://} and {@code https://} occurrences there are
 * @param metricManipulation where the text first trades rewards for likes, follows, stars or
 *                           upvotes; empty when there is none or it was not read (it is read on
 *                           community content only)
 * @param unscanned          what a detector did not read because the item spent its budget
 *                           (libphonenumber's: {@code Limits.maxPhoneLibraryChars}); empty normally
 */
public record TextScan(List<ContactDetail> contactDetails, List<SensitiveIdentifier> identifiers,
                       List<Credential> credentials, int links, Optional<Span> metricManipulation,
                       List<Unscanned> unscanned) {
    /** A scan that read everything. */
    public TextScan(List<ContactDetail> contactDetails, List<SensitiveIdentifier> identifiers,
                    List<Credential> credentials, int links, Optional<Span> metricManipulation) {
        this(contactDetails, identifiers, credentials, links, metricManipulation, List.of());
    }

    public TextScan {
        unscanned = List.copyOf(unscanned);
        contactDetails = List.copyOf(contactDetails);
        identifiers = List.copyOf(identifiers);
        credentials = List.copyOf(credentials);
        if (links < 0) {
            throw new IllegalArgumentException("links must not be negative, was " + links);
        }
        Objects.requireNonNull(metricManipulation, "metricManipulation");
    }
}
