package io.github.hubpolicy.rules.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link Item#format} prints what {@code String.format(Locale.ROOT, "%.2f", value)} prints, for every score. */
class ScoreFormatTest {
    private static void assertSameAsFormatter(double value) {
        assertThat(Item.format(value)).as("%s", value).isEqualTo(String.format(Locale.ROOT, "%.2f", value));
    }

    @Test
    void decimalScoresAsCallersWriteThem() {
        // given every score of up to five decimals, as a JSON number parses
        for (int digits = 1; digits <= 5; digits++) {
            int scale = (int) Math.pow(10, digits);
            for (int k = 0; k <= scale; k++) {
                // then
                assertSameAsFormatter(Double.parseDouble(k + "e-" + digits));
            }
        }
    }

    @Test
    void tiesAndTheirNeighbours() {
        for (int k = 0; k < 100; k++) {
            double tie = Double.parseDouble((k / 100) + "." + String.format(Locale.ROOT, "%02d", k % 100) + "5");
            for (double value = tie, step = 0; step < 20; step++, value = Math.nextDown(value)) {
                assertSameAsFormatter(value);
            }
            for (double value = tie, step = 0; step < 20; step++, value = Math.nextUp(value)) {
                assertSameAsFormatter(value);
            }
        }
    }

    @Test
    void randomDoublesAndTheEdges() {
        SplittableRandom random = new SplittableRandom(15);
        for (int i = 0; i < 200_000; i++) {
            assertSameAsFormatter(random.nextDouble());
        }
        for (double value : new double[] {0.0, -0.0, 1.0, Math.nextDown(1.0), Double.MIN_VALUE, 1e-300, 0.995, 0.994999999999,
                                          -0.5, 1.5, 100.125, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertSameAsFormatter(value);
        }
    }
}
