package io.github.hubpolicy.rules.detect;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The pre-filter ({@link NumberShapes}) against the library itself: the phone detector with it
 * and without it (the library then reads every piece that holds a digit cluster) must find the
 * same numbers at the same offsets, on generated and adversarial texts and on every region's
 * example numbers as every region dials them. A text where they differ is printed in full.
 */
class PhoneDetectorDifferentialTest {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    /** The library's punctuation between digit groups, plus and bracket leads, extension marks and cut characters. */
    private static final String[] PARTS = {
        " ", " ", " ", "-", "-", ".", "/", "(", ")", "+", "+", "x", "X", "~", "[", "]",
        "\u2010", "\u2013", "\u2212", "\u30fc", "\uff0d", "\u00a0", "\u00ad", "\u200b", "\u3000", "\uff0b", "\uff08",
        " ext. ", " ext ", " x", "#", ",", ",,", ";", ":", " - ", "/ x", "\n", "a", "e", "tel ", "\u0434\u043e\u0431",
        " 2023-08-30 ", " 10:30", " 30/08/2023 ", "\uff14\uff11", "\u0664\u0661", "\u096a", "\ud835\udfce",
    };
    private static final String[] NUMBERS = {
        "415 555 0199", "(415) 555-0199", "+1 415 555 0199", "4155550199", "14155550199", "555-0199",
        "+44 20 7946 0958", "011 44 20 7946 0958", "020 7946 0958", "+49 30 123456", "+43 1 2345",
        "1-800-555-0199", "+1 (415) 555-0199 ext. 12", "415.555.0199", "+91 98765 43210", "+81 3-1234-5678",
        "4111 1111 1111 1111", "123-45-6789", "+7 495 123-45-67", "+86 10 1234 5678", "+55 11 91234-5678",
    };

    @Test
    void sameNumbersAsTheLibraryOnGeneratedAndAdversarialTexts() {
        PhoneDetector filtered = new PhoneDetector("US", true);
        PhoneDetector reference = new PhoneDetector("US", false);
        Random random = new Random(15);
        int texts = 0;
        int withNumbers = 0;
        for (; texts < 100_000; texts++) {
            String text = TextView.of(generated(random)).text();
            List<ContactDetail> expected = reference.find(TextField.TEXT, text, List.of());
            assertThat(filtered.find(TextField.TEXT, text, List.of())).as("text %d: %s", texts, text).isEqualTo(expected);
            withNumbers += expected.isEmpty() ? 0 : 1;
        }
        // The generator must exercise both sides: texts with numbers and texts without.
        assertThat(withNumbers).isBetween(texts / 20, texts - texts / 20);
    }

    /** Texts where a pre-filter can go wrong, each found by the generator above at some point. */
    @Test
    void sameNumbersOnKnownHardCases() {
        PhoneDetector filtered = new PhoneDetector("US", true);
        PhoneDetector reference = new PhoneDetector("US", false);
        // An extension ("#" and nine digits) takes part of a run; the next candidate starts inside it.
        for (String text : new String[] {"37222437621#4711722489723055468", "415 555 0199 ext. 12345678904155550199",
            "+1 415 555 0199;1234567894155550199"}) {
            List<ContactDetail> expected = reference.find(TextField.TEXT, text, List.of());
            assertThat(expected).as(text).isNotEmpty();
            assertThat(filtered.find(TextField.TEXT, text, List.of())).as(text).isEqualTo(expected);
        }
    }

    @Test
    void sameNumbersOnRepeatedShapesAcrossWindows() {
        PhoneDetector filtered = new PhoneDetector("US", true);
        PhoneDetector reference = new PhoneDetector("US", false);
        String[] units = {"4111 ", "41 ", "+1 ", "1", "2023-08-30 10:30 ", "12345678901234567890 ", "(415) 555-0199 ",
            "4111 4111 4111 4111 4111 4111 4111 415 555 0199 ", "1 ", "011 ", "1-800-"};
        for (String unit : units) {
            for (int length : new int[] {60, 421, 843, 2_000, 20_000}) {
                String text = (unit.repeat(length / unit.length() + 1) + "1234567").substring(0, length + 7);
                assertThat(filtered.find(TextField.TEXT, text, List.of()))
                        .as("%s x %d", unit, length).isEqualTo(reference.find(TextField.TEXT, text, List.of()));
            }
        }
    }

    /**
     * Every region's example numbers (every type), written in E.164, internationally, nationally
     * and as dialled from every region, read by the detector of every region whose country code
     * they carry and by the {@code US} one.
     */
    @Test
    void sameNumbersOnEveryRegionsExampleNumbersDialledFromEveryRegion() {
        Set<String> regions = new TreeSet<>(UTIL.getSupportedRegions());
        PhoneDetector usFiltered = new PhoneDetector("US", true);
        PhoneDetector usReference = new PhoneDetector("US", false);
        int checked = 0;
        for (String region : regions) {
            PhoneDetector filtered = new PhoneDetector(region, true);
            PhoneDetector reference = new PhoneDetector(region, false);
            for (String written : writtenForms(region, regions)) {
                String text = "call " + written + " today";
                assertThat(filtered.find(TextField.TEXT, text, List.of()))
                        .as("%s detector: %s", region, text).isEqualTo(reference.find(TextField.TEXT, text, List.of()));
                assertThat(usFiltered.find(TextField.TEXT, text, List.of()))
                        .as("US detector: %s", text).isEqualTo(usReference.find(TextField.TEXT, text, List.of()));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(5_000);
    }

    /** The example numbers of {@code region} (every type), in every way a user would write them. */
    private static Set<String> writtenForms(String region, Set<String> from) {
        Set<String> forms = new LinkedHashSet<>();
        for (PhoneNumberType type : PhoneNumberType.values()) {
            PhoneNumber number = UTIL.getExampleNumberForType(region, type);
            if (number == null) {
                continue;
            }
            for (PhoneNumberFormat format : PhoneNumberFormat.values()) {
                forms.add(UTIL.format(number, format));
            }
            for (String dialling : from) {
                forms.add(UTIL.formatOutOfCountryCallingNumber(number, dialling));
            }
            String national = UTIL.format(number, PhoneNumberFormat.NATIONAL);
            forms.add(national.replace(' ', '-'));
            forms.add(national.replace(" ", ""));
        }
        return forms;
    }

    /** A short text of digits, the library's punctuation, leads, extensions and real numbers. */
    private static String generated(Random random) {
        StringBuilder text = new StringBuilder();
        int parts = 1 + random.nextInt(12);
        for (int i = 0; i < parts; i++) {
            switch (random.nextInt(5)) {
                case 0 -> text.append(NUMBERS[random.nextInt(NUMBERS.length)]);
                case 1, 2 -> {
                    int digits = 1 + (random.nextInt(4) == 0 ? random.nextInt(24) : random.nextInt(5));
                    for (int d = 0; d < digits; d++) {
                        text.append((char) ('0' + random.nextInt(10)));
                    }
                }
                default -> text.append(PARTS[random.nextInt(PARTS.length)]);
            }
        }
        return text.toString();
    }
}
