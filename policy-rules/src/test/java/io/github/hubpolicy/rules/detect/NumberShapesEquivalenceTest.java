package io.github.hubpolicy.rules.detect;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The linear {@link NumberShapes} answers exactly as {@link NumberShapesReference}, the pre-filter
 * it replaced (which {@code PhoneDetectorDifferentialTest} proved against the library), on every
 * text: random mixes of what the filter reacts to (digits of several scripts, every mark of the
 * matcher's pattern, plus signs, extension labels in both cases, letters that lower to them),
 * every region's example numbers as the default region dials them, and the adversarial shapes,
 * whole and at every stretch a window may start at. Regions with a fixed call prefix ({@code US},
 * {@code GB}) and with one given as a pattern ({@code BR}, {@code AU}), with and without a national
 * prefix and a dialling rule.
 */
class NumberShapesEquivalenceTest {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final int RANDOM_TEXTS = 40_000;

    /** What the texts are made of, with what makes the filter's answer change among them. */
    private static final String[] PARTS = {
        "0", "1", "4", "5", "7", "9", "00", "011", "1", "44", "55", "61", "800", "4111", "415", "0199", "12345678901",
        "\u0664", "\u0967", "\uff11", "\uff10", "\u096a\u0967",
        " ", " ", "-", ".", "/", "(", ")", "[", "]", "~", "\u00a0", "\u00ad", "\u200b", "\u2060", "\u3000", "\u2010",
        "\u2013", "\u2212", "\u30fc", "\uff0d", "\uff0e", "\uff0f", "\uff08", "\uff09", "\u2053", "\u223c", "\uff5e",
        "+", "+", "\uff0b", "x", "X", "ext", "EXT", "ext.", "Ext: ", "extension", "Extensi\u00f3n", "extensi\u00d3n",
        "anexo", "ANEXO", "int", "INT", "\u0434\u043e\u0431", "\u0414\u041e\u0411", "\uff58\uff54", "\uff49\uff4e\uff54",
        "#", "\uff03", ";", ",", ":", "\t", "\u0130nt", "\u0130", "a", "Q", "\u00e9", "\u03a3", "\u0434",
    };

    @ParameterizedTest
    @ValueSource(strings = {"US", "GB", "BR", "AU"})
    void answersAsTheReferenceOnRandomMixes(String region) {
        NumberShapes shapes = new NumberShapes(UTIL, region);
        NumberShapesReference reference = new NumberShapesReference(UTIL, region);
        SplittableRandom random = new SplittableRandom(region.hashCode());
        int mayHold = 0;
        for (int n = 0; n < RANDOM_TEXTS; n++) {
            StringBuilder text = new StringBuilder();
            int parts = 1 + random.nextInt(24);
            for (int p = 0; p < parts; p++) {
                text.append(PARTS[random.nextInt(PARTS.length)]);
            }
            mayHold += assertSameAnswers(shapes, reference, text.toString()) ? 1 : 0;
        }
        // Both answers occur often: a mix that always said no would prove nothing.
        assertThat(mayHold).isBetween(RANDOM_TEXTS / 10, RANDOM_TEXTS * 9 / 10);
    }

    @ParameterizedTest
    @ValueSource(strings = {"US", "GB", "BR", "AU"})
    void answersAsTheReferenceOnEveryRegionsExampleNumbersAsDialledFromThere(String region) {
        NumberShapes shapes = new NumberShapes(UTIL, region);
        NumberShapesReference reference = new NumberShapesReference(UTIL, region);
        List<String> texts = new ArrayList<>();
        for (String from : UTIL.getSupportedRegions()) {
            PhoneNumber example = UTIL.getExampleNumber(from);
            if (example == null) {
                continue;
            }
            for (PhoneNumberFormat format : PhoneNumberFormat.values()) {
                String written = UTIL.format(example, format);
                texts.add(written);
                texts.add("call " + written + " ext. 12");
                texts.add("(" + written + ")x7");
            }
            texts.add(UTIL.formatOutOfCountryCallingNumber(example, region));
        }
        for (String text : texts) {
            assertSameAnswers(shapes, reference, text);
        }
        assertThat(texts).hasSizeGreaterThan(1_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"4111 ", "4111-", "4111x", "41 ", "+1 ", "+44 20 7946 ", "1", "12345678901234567890 ",
        "2023-08-30 10:30 ", "\uff14\uff11\uff11\uff11\u3000", "\u0664\u0661\u0661\u0661 \u096a\u0967\u0967\u0967-4111 ",
        "4111 4111 4111 4111 4111 4111 4111 415 555 0199 ", "(415) 555-0199 ", "ext 4111 ", "+011 44 ",
        "4111 4111 4111 123456789012345678901234 "})
    void answersAsTheReferenceOnRepeatedShapesFromEveryStart(String unit) {
        NumberShapes shapes = new NumberShapes(UTIL, "US");
        NumberShapesReference reference = new NumberShapesReference(UTIL, "US");
        String text = unit.repeat(2_000 / unit.length() + 1);
        for (int from = 0; from < 60; from++) {
            for (int to = from; to <= text.length(); to += 1 + to / 8) {
                assertThat(shapes.mayHoldNumber(text, from, to)).as("[%d, %d) of %s...", from, to, unit)
                        .isEqualTo(reference.mayHoldNumber(text, from, to));
            }
        }
    }

    /** Both filters' answers on the whole text and on each of its stretches from a few starts; returns the whole text's. */
    private static boolean assertSameAnswers(NumberShapes shapes, NumberShapesReference reference, String text) {
        boolean whole = shapes.mayHoldNumber(text, 0, text.length());
        assertThat(whole).as("%s", text).isEqualTo(reference.mayHoldNumber(text, 0, text.length()));
        for (int from = 1; from < Math.min(4, text.length()); from++) {
            assertThat(shapes.mayHoldNumber(text, from, text.length())).as("[%d..] of %s", from, text)
                    .isEqualTo(reference.mayHoldNumber(text, from, text.length()));
        }
        return whole;
    }
}
