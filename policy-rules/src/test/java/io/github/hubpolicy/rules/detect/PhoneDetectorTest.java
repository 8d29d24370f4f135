package io.github.hubpolicy.rules.detect;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneNumberDesc;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class PhoneDetectorTest {
    private static final PhoneDetector US = new PhoneDetector("US");
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    /** The table of docs/notes/phones.md, and a few more. */
    static Stream<Arguments> found() {
        return Stream.of(
                Arguments.of("call +1 415 555 0199 anytime", "+1 415 555 0199", "+14155550199"),
                Arguments.of("his number is +44 20 7946 0958", "+44 20 7946 0958", "+442079460958"),
                Arguments.of("(415) 555-0199 is his cell", "(415) 555-0199", "+14155550199"),
                Arguments.of("ticket 4155550199 closed", "4155550199", "+14155550199"),
                Arguments.of("reach me at 415.555.0199.", "415.555.0199", "+14155550199"),
                Arguments.of("Vienna: +43 1 2345 (six digits)", "+43 1 2345", "+4312345"),
                Arguments.of("from the US dial 011 44 20 7946 0958", "011 44 20 7946 0958", "+442079460958"),
                Arguments.of("desk +1 415 555 0199 ext. 123", "+1 415 555 0199 ext. 123", "+14155550199"),
                Arguments.of("arabic-indic +٤٤ ٢٠ ٧٩٤٦ ٠٩٥٨", "+٤٤ ٢٠ ٧٩٤٦ ٠٩٥٨", "+442079460958"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("found")
    void findsWhatTheLibraryFinds(String text, String raw, String e164) {
        assertThat(US.find(TextField.TEXT, text, List.of()))
                .singleElement()
                .satisfies(phone -> {
                    assertThat(phone.kind()).isEqualTo(ContactKind.PHONE);
                    assertThat(phone.normalized()).isEqualTo(e164);
                    assertThat(text.substring(phone.span().start(), phone.span().end())).isEqualTo(raw);
                });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ticket 1234567890 closed
            server at 192.168.100.200
            meet on 2023-08-30 at 10:30
            scores 0.85 0.91 0.77 0.66
            works with v1.2.3.4.5.6.7.8.9
            seeds 42 43 44 45 46, run-2023-08-30-1530
            my card 4111111111111111
            3782 822463 10005
            +1 415 555 0199x
            abc4155550199
            call 555-0199 (no area code)
            """)
    void findsNothingWhereTheLibraryFindsNothing(String text) {
        assertThat(US.find(TextField.TEXT, text, List.of())).isEmpty();
    }

    @Test
    void leavesOutANumberThatOverlapsACardNumber() {
        // A valid German mobile number whose 13 digits also pass Luhn.
        String text = "call +4915123456787 now";
        List<SensitiveIdentifier> cards = CardAndSsnDetector.find(TextField.TEXT, text);

        assertThat(cards).extracting(SensitiveIdentifier::kind).containsExactly(IdentifierKind.PAYMENT_CARD);
        assertThat(US.find(TextField.TEXT, text, List.of())).hasSize(1);
        assertThat(US.find(TextField.TEXT, text, cards)).isEmpty();
    }

    @Test
    void keepsNumbersBesideAnIdentifier() {
        String text = "ssn 123-45-6789 phone (415) 555-0199 card 4111111111111111 phone +44 20 7946 0958";
        List<SensitiveIdentifier> identifiers = CardAndSsnDetector.find(TextField.TEXT, text);

        assertThat(US.find(TextField.TEXT, text, identifiers))
                .extracting(ContactDetail::normalized)
                .containsExactly("+14155550199", "+442079460958");
    }

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            123              | false
            1234             | true
            1 2 3 4          | true
            12    34         | true
            12     34        | false
            ab12cd34         | true
            ١٢٣٤             | true
            1.2.3            | false
            """)
    void preChecksForEnoughDigitsCloseTogether(String text, boolean holds) {
        assertThat(PhoneDetector.holdsDigitCluster(text, 0, text.length())).isEqualTo(holds);
    }

    /** Held here so that the logger, and its level, outlive the test method. */
    private static final java.util.logging.Logger QUIET_METADATA_LOADER =
            java.util.logging.Logger.getLogger("com.google.i18n.phonenumbers.metadata.init.ClassPathResourceMetadataLoader");

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            123456           | false
            1234567          | true
            011 44 20        | true
            +1234            | true
            + 12 34          | true
            v1.2 (2023)      | false
            f1 0.7623        | false
            betas=(0.9,0.999)| false
            2020-10-13       | true
            """)
    void usPreCheckNeedsSevenDigitsWithoutAPlusSign(String text, boolean holds) {
        int withoutPlus = PhoneDetector.minDigitsWithoutPlus(UTIL, "US");
        assertThat(withoutPlus).isEqualTo(7);
        assertThat(PhoneDetector.holdsDigitCluster(text, 0, text.length(), withoutPlus)).isEqualTo(holds);
    }

    /**
     * The pre-check never hides a number the library finds: every region's example numbers (fixed
     * line, mobile, toll free), written as a caller in each region dials them without a plus sign
     * (national format within a country code, else through the caller's international call
     * prefix), hold a cluster of the caller's threshold whenever the library finds them.
     */
    @Test
    void everyExampleNumberTheLibraryFindsPassesThePreCheckOfEveryRegion() {
        // Most country codes have no alternate-formats file; the library logs each one it misses.
        QUIET_METADATA_LOADER.setLevel(java.util.logging.Level.OFF);
        List<PhoneNumber> examples = new ArrayList<>();
        for (String region : UTIL.getSupportedRegions()) {
            for (PhoneNumberType type : List.of(PhoneNumberType.FIXED_LINE, PhoneNumberType.MOBILE, PhoneNumberType.TOLL_FREE)) {
                PhoneNumber example = UTIL.getExampleNumberForType(region, type);
                if (example != null) {
                    examples.add(example);
                }
            }
        }
        int found = 0;
        for (String caller : UTIL.getSupportedRegions()) {
            int threshold = PhoneDetector.minDigitsWithoutPlus(UTIL, caller);
            int callerCode = UTIL.getCountryCodeForRegion(caller);
            for (PhoneNumber example : examples) {
                String dialled = example.getCountryCode() == callerCode
                        ? UTIL.format(example, PhoneNumberFormat.NATIONAL)
                        : UTIL.formatOutOfCountryCallingNumber(example, caller);
                if (dialled.contains("+") || !UTIL.findNumbers("call " + dialled + " now", caller,
                        Leniency.STRICT_GROUPING, Long.MAX_VALUE).iterator().hasNext()) {
                    continue;
                }
                found++;
                assertThat(PhoneDetector.holdsDigitCluster(dialled, 0, dialled.length(), threshold))
                        .as("%s dialled from %s (threshold %d)", dialled, caller, threshold).isTrue();
            }
        }
        assertThat(found).as("numbers found without a plus sign").isGreaterThan(10_000);
    }

    @Test
    void theDigitThresholdIsAtMostTheShortestNumberInTheMetadata() throws ReflectiveOperationException {
        int shortest = Integer.MAX_VALUE;
        for (String region : UTIL.getSupportedRegions()) {
            shortest = Math.min(shortest, shortestNumber(region));
        }

        assertThat(PhoneDetector.MIN_DIGITS).isLessThanOrEqualTo(shortest);
    }

    /**
     * The fewest digits of a valid number of the region, from the library's metadata, read
     * through a package-private method: these tests exist to fail loudly when a new library
     * version allows shorter numbers (or hides its metadata).
     */
    private static int shortestNumber(String region) throws ReflectiveOperationException {
        Method forRegion = PhoneNumberUtil.class.getDeclaredMethod("getMetadataForRegion", String.class);
        forRegion.setAccessible(true);
        PhoneMetadata metadata = (PhoneMetadata) forRegion.invoke(UTIL, region);
        int shortest = Integer.MAX_VALUE;
        for (PhoneNumberDesc desc : List.of(metadata.getGeneralDesc(), metadata.getFixedLine(), metadata.getMobile(),
                metadata.getTollFree(), metadata.getPremiumRate(), metadata.getSharedCost(),
                metadata.getPersonalNumber(), metadata.getVoip(), metadata.getPager(), metadata.getUan(),
                metadata.getVoicemail())) {
            for (int length : desc.getPossibleLengthList()) {
                shortest = length > 0 ? Math.min(shortest, length) : shortest;
            }
            // A region's dialling rule can complete a local-only number into a valid one.
            if (metadata.hasNationalPrefixTransformRule()) {
                for (int length : desc.getPossibleLengthLocalOnlyList()) {
                    shortest = Math.min(shortest, length);
                }
            }
        }
        return shortest;
    }

    @Test
    void noNumberTheLibraryCandidatesCanSpanACutCharacter() throws ReflectiveOperationException {
        // The library's candidate pattern, read through reflection for the same reason as above.
        Field field = Class.forName("com.google.i18n.phonenumbers.PhoneNumberMatcher").getDeclaredField("PATTERN");
        field.setAccessible(true);
        Pattern candidates = (Pattern) field.get(null);
        List<String> around = List.of("+1 415", "415 555 0199", "415 555 0199 ext", "415 555 0199 x",
                "415 555 0199 int", "415 555 0199 anexo", "415 555 0199;ext=", "(415", "415 555 0199,");
        List<String> after = List.of("555 0199", "12", "0199 ext 12", ") 555-0199", "");

        for (char c = 0; c < 128; c++) {
            if (!PhoneDetector.isCut(c)) {
                continue;
            }
            for (String before : around) {
                for (String rest : after) {
                    String text = before + c + rest;
                    Matcher matcher = candidates.matcher(text);
                    while (matcher.find()) {
                        assertThat(matcher.start() > before.length() || matcher.end() <= before.length())
                                .as("a candidate in %s spans the cut character %d", text.replace("\n", "\\n"), (int) c)
                                .isTrue();
                    }
                }
            }
        }
    }

    @Test
    void agreesWithTheLibraryOnTheWholeText() {
        Random random = new Random(20230830);
        String[] fragments = {"0", "1", "4", "5", "9", "12", "415", " ", " ", "  ", "+", "(", ")", "-", ".", "/", ":",
                "x", "e", "t", "a", "b", "z", "K", "\n", "\r\n", "$", "%", "#", ",", ";", "é", "٣", "\u00A0", "!", "_",
                "+1 415 555 0199", "(415) 555-0199", "4155550199", "+44 20 7946 0958", "2023-08-30 10:30",
                " ext 12", "+4915123456787", "011 44 20 7946 0958", "+43 1 2345", "call ", "v1.2.3"};
        for (int round = 0; round < 250; round++) {
            StringBuilder text = new StringBuilder();
            int count = 5 + random.nextInt(60);
            for (int i = 0; i < count; i++) {
                text.append(fragments[random.nextInt(fragments.length)]);
            }
            assertSameAsLibrary(text.toString());
        }
    }

    @ParameterizedTest(name = "filler ''{0}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ". " | 16
            "0 " | 4
            """)
    void agreesWithTheLibraryAcrossTheWindowsOfALongPiece(String filler, int numbers) {
        // A run with no cut character, longer than a piece, with numbers at the window edges. Between
        // digits the library itself finds only one number in four (the digits around spoil the rest).
        StringBuilder text = new StringBuilder();
        for (int edge = PhoneDetector.PIECE_LIMIT; edge < 5 * PhoneDetector.PIECE_LIMIT; edge += PhoneDetector.PIECE_LIMIT) {
            for (int offset : new int[] {-40, -7, 0, 30}) {
                while (text.length() < edge + offset) {
                    text.append(filler);
                }
                text.append(" +1 415 555 0199 ");
            }
        }
        while (text.length() < 5 * PhoneDetector.PIECE_LIMIT + 100) {
            text.append(filler);
        }

        assertThat(US.find(TextField.TEXT, text.toString(), List.of())).hasSize(numbers);
        assertSameAsLibrary(text.toString());
    }

    private static void assertSameAsLibrary(String text) {
        List<String> expected = new ArrayList<>();
        for (PhoneNumberMatch match : UTIL.findNumbers(text, "US", Leniency.STRICT_GROUPING, Long.MAX_VALUE)) {
            expected.add(match.start() + ".." + match.end() + " " + UTIL.format(match.number(), PhoneNumberFormat.E164));
        }
        List<String> actual = US.find(TextField.TEXT, text, List.of()).stream()
                .map(phone -> phone.span().start() + ".." + phone.span().end() + " " + phone.normalized())
                .toList();
        assertThat(actual).as("phones in %s", text).isEqualTo(expected);
    }
}
