package io.github.hubpolicy.rules.detect;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code TextScanner#scan} of main 5a1c83d, before issue 15's single pass, over the reference
 * copies of the detectors this issue changed ({@link TextViewReference},
 * {@link CardAndSsnDetectorReference}, {@link MetricManipulationDetectorReference}) and the
 * current ones of the rest: the reference {@link DetectorDifferentialTest} holds the scanner to.
 */
final class TextScannerReference {
    private static final TextField[] FIELDS = TextField.values();

    private final PhoneDetector phones;
    private final int phoneLibraryChars;

    TextScannerReference(String phoneRegion, int phoneLibraryChars) {
        this.phones = new PhoneDetector(phoneRegion);
        this.phoneLibraryChars = phoneLibraryChars;
    }

    TextScan scan(String title, String text, boolean readMetricManipulation) {
        List<ContactDetail> contacts = List.of();
        List<SensitiveIdentifier> identifiers = List.of();
        List<Credential> credentials = List.of();
        int links = 0;
        Optional<Span> metricManipulation = Optional.empty();
        PhoneBudget phoneBudget = null;
        List<Unscanned> unscanned = List.of();
        for (TextField field : FIELDS) {
            String value = field == TextField.TITLE ? title : text;
            if (value == null || value.isEmpty()) {
                continue;
            }
            TextViewReference view = TextViewReference.of(value);
            String read = view.text();
            List<SensitiveIdentifier> fieldIdentifiers = view.digits() >= CardAndSsnDetectorReference.FEWEST_DIGITS
                    ? CardAndSsnDetectorReference.find(field, read, view.firstDigit(), view.digitsEnd())
                    : List.of();
            List<ContactDetail> fieldContacts = EmailDetector.find(field, read);
            if (view.digits() >= phones.fewestDigits()) {
                phoneBudget = phoneBudget == null ? new PhoneBudget(phoneLibraryChars) : phoneBudget;
                int skippedBefore = phoneBudget.skipped().size();
                fieldContacts = joined(fieldContacts,
                        phones.find(field, read, view.firstDigit(), view.digitsEnd(), fieldIdentifiers, phoneBudget));
                for (int k = skippedBefore; k < phoneBudget.skipped().size(); k++) {
                    unscanned = added(unscanned, new Unscanned(TextScanner.PHONE_DETECTOR, view.toOriginal(phoneBudget.skipped().get(k))));
                }
            }
            List<Credential> fieldCredentials = CredentialDetector.find(field, read);
            links += LinkCounter.count(read);
            if (readMetricManipulation && metricManipulation.isEmpty()) {
                metricManipulation = MetricManipulationDetectorReference.find(field, read).map(view::toOriginal);
            }
            if (view.isPlain()) {
                identifiers = joined(identifiers, fieldIdentifiers);
                contacts = joined(contacts, fieldContacts);
                credentials = joined(credentials, fieldCredentials);
            } else {
                for (SensitiveIdentifier i : fieldIdentifiers) {
                    identifiers = added(identifiers, new SensitiveIdentifier(i.kind(), view.toOriginal(i.span())));
                }
                for (ContactDetail c : fieldContacts) {
                    contacts = added(contacts, new ContactDetail(c.kind(), c.normalized(), view.toOriginal(c.span())));
                }
                for (Credential c : fieldCredentials) {
                    credentials = added(credentials, new Credential(c.kind(), view.toOriginal(c.span())));
                }
            }
        }
        if (contacts.isEmpty() && identifiers.isEmpty() && credentials.isEmpty()) {
            return new TextScan(List.of(), links, metricManipulation, unscanned);
        }
        List<TextMatch> matches = new ArrayList<>(distinct(contacts));
        matches.addAll(identifiers);
        matches.addAll(credentials);
        return new TextScan(matches, links, metricManipulation, unscanned);
    }

    private static <T> List<T> joined(List<T> list, List<T> more) {
        if (more.isEmpty()) {
            return list;
        }
        if (list.isEmpty()) {
            return more;
        }
        List<T> joined = new ArrayList<>(list.size() + more.size());
        joined.addAll(list);
        joined.addAll(more);
        return joined;
    }

    private static <T> List<T> added(List<T> list, T element) {
        List<T> growing = list instanceof ArrayList ? list : new ArrayList<>(list);
        growing.add(element);
        return growing;
    }

    private static List<ContactDetail> distinct(List<ContactDetail> contacts) {
        if (contacts.size() < 2) {
            return contacts;
        }
        List<ContactDetail> sorted = new ArrayList<>(contacts);
        sorted.sort((a, b) -> Span.ORDER.compare(a.span(), b.span()));
        Set<Contact> seen = new HashSet<>();
        List<ContactDetail> distinct = new ArrayList<>();
        for (ContactDetail contact : sorted) {
            if (seen.add(new Contact(contact.kind(), contact.normalized()))) {
                distinct.add(contact);
            }
        }
        return distinct;
    }

    private record Contact(ContactKind kind, String normalized) {
    }
}
