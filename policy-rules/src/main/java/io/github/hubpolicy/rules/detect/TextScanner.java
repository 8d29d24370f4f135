package io.github.hubpolicy.rules.detect;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

/**
 * Runs the detectors of section 4 over an item's title and text: the one place a text detector is
 * registered (called in {@link #scan(String, String, boolean)}'s loop, its matches added to the
 * scan's). Immutable and thread-safe: one instance is shared by all evaluations. Reached through
 * {@link Detectors}.
 *
 * <p>Every detector reads the normalized view of each field (section 4, "What the detectors
 * read", catalog revision {@value Detectors#CATALOG_REVISION}): format characters left out, full-width
 * forms and every script's decimal digits read as ASCII. The view is built once per field, and
 * the positions the detectors find in it are mapped back to the text as received.
 *
 * <p>The phone region and the phone library's version are part of the rule set's identity, since
 * either can change what counts as a phone number; so is the catalog revision.
 */
final class TextScanner {
    private static final String PHONE_LIBRARY_POM =
            "/META-INF/maven/com.googlecode.libphonenumber/libphonenumber/pom.properties";
    private static final String PHONE_LIBRARY_BUNDLE = "com.googlecode.libphonenumber";

    /**
     * The default budget of characters one item may hand to libphonenumber (its two text
     * fields together): see {@code Limits#maxPhoneLibraryChars}.
     */
    static final int DEFAULT_PHONE_LIBRARY_CHARS = 2_048;
    /** How {@link Unscanned} names the phone detector. */
    static final String PHONE_DETECTOR = "phone numbers";

    /** The fields in the order they are scanned (one array, not a copy per scan). */
    private static final TextField[] FIELDS = TextField.values();

    private final String phoneRegion;
    private final PhoneDetector phones;
    private final int phoneLibraryChars;

    /**
     * A scanner whose phone numbers are read for {@code phoneRegion}.
     *
     * @param phoneRegion a region code libphonenumber supports, such as {@code US} (either case)
     * @throws IllegalArgumentException when libphonenumber does not support the region
     */
    TextScanner(String phoneRegion) {
        this(phoneRegion, DEFAULT_PHONE_LIBRARY_CHARS);
    }

    /**
     * A scanner whose phone numbers are read for {@code phoneRegion}, handing libphonenumber at
     * most {@code phoneLibraryChars} characters per scan; what it would hand over past that is
     * not read and is reported in {@link TextScan#unscanned()}.
     *
     * @param phoneRegion       a region code libphonenumber supports, such as {@code US} (either case)
     * @param phoneLibraryChars characters per scan; at least 0
     * @throws IllegalArgumentException when libphonenumber does not support the region, or the budget is negative
     */
    TextScanner(String phoneRegion, int phoneLibraryChars) {
        Objects.requireNonNull(phoneRegion, "phoneRegion");
        if (phoneLibraryChars < 0) {
            throw new IllegalArgumentException("phoneLibraryChars must not be negative, was " + phoneLibraryChars);
        }
        this.phoneLibraryChars = phoneLibraryChars;
        String region = phoneRegion.toUpperCase(Locale.ROOT);
        if (!PhoneNumberUtil.getInstance().getSupportedRegions().contains(region)) {
            throw new IllegalArgumentException("phone region '" + phoneRegion + "' is not one libphonenumber supports");
        }
        this.phoneRegion = region;
        this.phones = new PhoneDetector(region);
    }

    /** The region phone numbers are read for, upper-case: {@code US}. */
    String phoneRegion() {
        return phoneRegion;
    }

    /**
     * The version of libphonenumber on the class path, such as {@code 9.0.19}, or {@code unknown}:
     * read from the Maven properties its jar carries, else from the jar's manifest
     * ({@code Implementation-Version}, else {@code Bundle-Version}).
     */
    static String phoneLibraryVersion() {
        return LibraryVersion.VALUE;
    }

    /** Scans the title and text, metric manipulation included; {@code null} reads as empty. */
    TextScan scan(String title, String text) {
        return scan(title, text, true);
    }

    /**
     * Scans the title and text; {@code null} reads as empty.
     *
     * @param readMetricManipulation whether to look for metric manipulation, which the catalog
     *                               reads on community content only
     */
    TextScan scan(String title, String text, boolean readMetricManipulation) {
        // Lists are made only when something is found: most items have nothing to report.
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
            // Built once per field; every detector reads it, and positions come back through it.
            TextView view = TextView.of(value);
            String read = view.text();
            // Cards, social security numbers and phone numbers are made of digits: the view knows
            // where its digits lie, so a text without enough of them is not read for these at all,
            // and which of its digit runs can start a card or a social security number.
            List<SensitiveIdentifier> fieldIdentifiers =
                    view.digits() >= CardAndSsnDetector.FEWEST_DIGITS && view.firstIdentifierRun() >= 0
                            ? CardAndSsnDetector.find(field, read, view.firstIdentifierRun(), view.identifierRunsEnd())
                            : List.of();
            List<ContactDetail> fieldContacts = EmailDetector.find(field, read);
            if (view.digits() >= phones.fewestDigits()) {
                phoneBudget = phoneBudget == null ? new PhoneBudget(phoneLibraryChars) : phoneBudget;
                int skippedBefore = phoneBudget.skipped().size();
                fieldContacts = joined(fieldContacts,
                        phones.find(field, read, view.firstDigit(), view.digitsEnd(), fieldIdentifiers, phoneBudget));
                for (int k = skippedBefore; k < phoneBudget.skipped().size(); k++) {
                    unscanned = added(unscanned, new Unscanned(PHONE_DETECTOR, view.toOriginal(phoneBudget.skipped().get(k))));
                }
            }
            List<Credential> fieldCredentials = CredentialDetector.find(field, read);
            links += LinkCounter.count(read);
            if (readMetricManipulation && metricManipulation.isEmpty()) {
                metricManipulation = MetricManipulationDetector.find(field, read).map(view::toOriginal);
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

    /** {@code list} and then {@code more}: one of them when the other is empty, else a new list. */
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

    /** {@code list} with {@code element} added: {@code list} itself when it can grow, else a new list. */
    private static <T> List<T> added(List<T> list, T element) {
        List<T> growing = list instanceof ArrayList ? list : new ArrayList<>(list);
        growing.add(element);
        return growing;
    }

    /**
     * The first occurrence of each contact, emails compared lower-cased and phones in E.164, in
     * order of field and position.
     */
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

    /** What makes two contact details the same contact. */
    private record Contact(ContactKind kind, String normalized) {
    }

    /** The version of the phone library from the Maven properties its jar carries. */
    static Optional<String> phoneLibraryVersionFromPom() {
        try (InputStream in = PhoneNumberUtil.class.getResourceAsStream(PHONE_LIBRARY_POM)) {
            if (in == null) {
                return Optional.empty();
            }
            Properties pom = new Properties();
            pom.load(in);
            return nonBlank(pom.getProperty("version"));
        } catch (IOException | RuntimeException e) {
            // An unreadable version must not stop the scanner: the caller falls back.
            return Optional.empty();
        }
    }

    /**
     * The version of the phone library from the manifest of the jar holding it, if that jar is
     * the library itself and not, say, a fat jar with a manifest of its own.
     */
    static Optional<String> phoneLibraryVersionFromManifest() {
        try {
            URL classFile = PhoneNumberUtil.class.getResource(PhoneNumberUtil.class.getSimpleName() + ".class");
            if (classFile == null || !(classFile.openConnection() instanceof JarURLConnection jar)) {
                return Optional.empty();
            }
            Manifest manifest = jar.getManifest();
            if (manifest == null) {
                return Optional.empty();
            }
            Attributes main = manifest.getMainAttributes();
            String bundle = main.getValue("Bundle-SymbolicName");
            String title = main.getValue(Attributes.Name.IMPLEMENTATION_TITLE);
            if ((bundle == null || !bundle.startsWith(PHONE_LIBRARY_BUNDLE)) && !"libphonenumber".equals(title)) {
                return Optional.empty();
            }
            return nonBlank(main.getValue(Attributes.Name.IMPLEMENTATION_VERSION))
                    .or(() -> nonBlank(main.getValue("Bundle-Version")));
        } catch (IOException | RuntimeException e) {
            // As above: no version is better than no scanner.
            return Optional.empty();
        }
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
    }

    /** Read once, on first use. */
    private static final class LibraryVersion {
        static final String VALUE = phoneLibraryVersionFromPom()
                .or(TextScanner::phoneLibraryVersionFromManifest)
                .orElse("unknown");
    }
}
