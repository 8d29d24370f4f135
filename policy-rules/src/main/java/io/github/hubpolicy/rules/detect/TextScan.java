package io.github.hubpolicy.rules.detect;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the detectors found in an item's title and text, as {@link Detectors#scan} returns
 * it.
 *
 * @param matches            what the detectors found, each a fact the rules match: contact
 *                           details (distinct: the first occurrence of each normalized value),
 *                           then sensitive identifiers, then credentials, each kind in order of
 *                           field (title first) and start
 * @param links              how many {@code http://} and {@code https://} occurrences there are
 * @param metricManipulation where the text first trades rewards for likes, follows, stars or
 *                           upvotes; empty when there is none or it was not read (it is read on
 *                           community content only)
 * @param unscanned          what a detector did not read because the item spent its budget
 *                           (libphonenumber's: {@code Limits.maxPhoneLibraryChars}); empty normally
 */
public record TextScan(List<TextMatch> matches, int links, Optional<Span> metricManipulation, List<Unscanned> unscanned) {
    /** A scan that read everything. */
    public TextScan(List<TextMatch> matches, int links, Optional<Span> metricManipulation) {
        this(matches, links, metricManipulation, List.of());
    }

    public TextScan {
        matches = List.copyOf(matches);
        unscanned = List.copyOf(unscanned);
        if (links < 0) {
            throw new IllegalArgumentException("links must not be negative, was " + links);
        }
        Objects.requireNonNull(metricManipulation, "metricManipulation");
    }

    /** The matches of one type, in the order of {@link #matches()}. */
    public <T extends TextMatch> List<T> matches(Class<T> type) {
        return matches.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Emails and phone numbers, distinct. */
    public List<ContactDetail> contactDetails() {
        return matches(ContactDetail.class);
    }

    /** Payment card numbers and US social security numbers. */
    public List<SensitiveIdentifier> identifiers() {
        return matches(SensitiveIdentifier.class);
    }

    /** Tokens, keys and private key markers. */
    public List<Credential> credentials() {
        return matches(Credential.class);
    }
}
