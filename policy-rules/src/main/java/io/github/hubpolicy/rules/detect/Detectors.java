package io.github.hubpolicy.rules.detect;

/**
 * The detectors of section 4 of the guidelines, as the evaluator runs them before the rules: the
 * one supported way to run them (the evaluator does, and so do the detectors-only floor of
 * {@code policy-cli bench} and the benchmarks). Immutable and thread-safe.
 *
 * <pre>{@code
 * Detectors detectors = Detectors.forPhoneRegion("US");
 * TextScan scan = detectors.scan(item.title(), item.text(), item.kind().isCommunity());
 * ImportRisk risk = Detectors.pickleImportRisk("os.system");
 * }</pre>
 *
 * <p>A new text detector is registered in one place, the scanner this class wraps; see
 * {@code docs/adding-a-detector.md}.
 */
public final class Detectors {
    /**
     * The revision of the catalog (guidelines.md) whose section 4 the detectors and the pickle
     * import lists implement. It is part of the rule set's identity: a revision changes what the
     * detectors find, so a decision replays only against the same revision.
     */
    public static final int CATALOG_REVISION = 2;

    /**
     * The default budget of characters one item may hand to libphonenumber (its two text fields
     * together): see {@code Limits#maxPhoneLibraryChars}.
     */
    public static final int DEFAULT_PHONE_LIBRARY_CHARS = TextScanner.DEFAULT_PHONE_LIBRARY_CHARS;

    private final TextScanner scanner;

    private Detectors(TextScanner scanner) {
        this.scanner = scanner;
    }

    /**
     * The detectors, phone numbers read for {@code phoneRegion}.
     *
     * @param phoneRegion a region code libphonenumber supports, such as {@code US} (either case)
     * @throws IllegalArgumentException when libphonenumber does not support the region
     */
    public static Detectors forPhoneRegion(String phoneRegion) {
        return new Detectors(new TextScanner(phoneRegion));
    }

    /**
     * The detectors, phone numbers read for {@code phoneRegion}, handing libphonenumber at most
     * {@code phoneLibraryChars} characters per scan; what lies past that budget is not read and is
     * reported in {@link TextScan#unscanned()}.
     *
     * @throws IllegalArgumentException when libphonenumber does not support the region, or the budget is negative
     */
    public static Detectors forPhoneRegion(String phoneRegion, int phoneLibraryChars) {
        return new Detectors(new TextScanner(phoneRegion, phoneLibraryChars));
    }

    /** The region phone numbers are read for, upper-case: {@code US}. */
    public String phoneRegion() {
        return scanner.phoneRegion();
    }

    /**
     * The version of libphonenumber on the class path, such as {@code 9.0.19}, or {@code unknown};
     * part of the rule set's identity, since it can change what counts as a phone number.
     */
    public static String phoneLibraryVersion() {
        return TextScanner.phoneLibraryVersion();
    }

    /**
     * Scans an item's title and text; {@code null} reads as empty.
     *
     * @param communityContent whether the item is community content, the only content the catalog
     *                         reads metric manipulation on
     */
    public TextScan scan(String title, String text, boolean communityContent) {
        return scanner.scan(title, text, communityContent);
    }

    /** How risky one {@code module.name} import of a file's pickle data is (section 4). */
    public static ImportRisk pickleImportRisk(String moduleDotName) {
        return PickleImports.classify(moduleDotName);
    }
}
