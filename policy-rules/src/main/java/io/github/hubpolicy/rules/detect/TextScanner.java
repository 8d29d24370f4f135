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
        List<ContactDetail> contacts = new ArrayList<>();
        List<SensitiveIdentifier> identifiers = new ArrayList<>();
        List<Credential> credentials = new ArrayList<>();
        int links = 0;
        Optional<Span> metricManipulation = Optional.empty();
        PhoneBudget phoneBudget = new PhoneBudget(phoneLibraryChars);
        List<Unscanned> unscanned = new ArrayList<>();
        for (TextField field : TextField.values()) {
            String value = field == TextField.TITLE ? title : text;
            if (value == null || value.isEmpty()) {
                continue;
            }
            // Built once per field; every detector reads it, and positions come back through it.
            TextView view = TextView.of(value);
            String read = view.text();
            List<SensitiveIdentifier> fieldIdentifiers = CardAndSsnDetector.find(field, read);
            List<ContactDetail> fieldContacts = EmailDetector.find(field, read);
            int skippedBefore = phoneBudget.skipped().size();
            fieldContacts.addAll(phones.find(field, read, fieldIdentifiers, phoneBudget));
            for (Span skipped : phoneBudget.skipped().subList(skippedBefore, phoneBudget.skipped().size())) {
                unscanned.add(new Unscanned(PHONE_DETECTOR, view.toOriginal(skipped)));
            }
            List<Credential> fieldCredentials = CredentialDetector.find(field, read);
            links += LinkCounter.count(read);
            if (readMetricManipulation && metricManipulation.isEmpty()) {
                metricManipulation = MetricManipulationDetector.find(field, read).map(view::toOriginal);
            }
            if (view.isPlain()) {
                identifiers.addAll(fieldIdentifiers);
                contacts.addAll(fieldContacts);
                credentials.addAll(fieldCredentials);
            } else {
                fieldIdentifiers.forEach(i -> identifiers.add(new SensitiveIdentifier(i.kind(), view.toOriginal(i.span()))));
                fieldContacts.forEach(c -> contacts.add(new ContactDetail(c.kind(), c.normalized(), view.toOriginal(c.span()))));
                fieldCredentials.forEach(c -> credentials.add(new Credential(c.kind(), view.toOriginal(c.span()))));
            }
        }
        contacts.sort((a, b) -> Span.ORDER.compare(a.span(), b.span()));
        List<TextMatch> matches = new ArrayList<>(distinct(contacts));
        matches.addAll(identifiers);
        matches.addAll(credentials);
        return new TextScan(matches, links, metricManipulation, unscanned);
    }

    /** The first occurrence of each contact, emails compared lower-cased and phones in E.164. */
    private static List<ContactDetail> distinct(List<ContactDetail> contacts) {
        Set<String> seen = new HashSet<>();
        List<ContactDetail> distinct = new ArrayList<>();
        for (ContactDetail contact : contacts) {
            if (seen.add(contact.kind() + ":" + contact.normalized())) {
                distinct.add(contact);
            }
        }
        return distinct;
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
