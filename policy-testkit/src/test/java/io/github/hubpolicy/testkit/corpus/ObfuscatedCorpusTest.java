package io.github.hubpolicy.testkit.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.api.Finding;
import io.github.hubpolicy.rules.DroolsPolicyEvaluator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The corpus generator's obfuscated share (catalog revision 2): the evasions it writes are ones
 * the detectors see through, so an obfuscated item is decided as its plain twin, but for the
 * offsets in the evidence.
 */
class ObfuscatedCorpusTest {
    private static final long SEED = 11;
    private static final Pattern OFFSETS = Pattern.compile(" at \\d+\\.\\.\\d+");
    private static final Pattern FORMAT_CHARACTER = Pattern.compile("\\p{Cf}");
    private static final Pattern FULL_WIDTH = Pattern.compile("[\\uFF01-\\uFF5E\\u3000]");
    private static final Pattern OTHER_DIGIT = Pattern.compile("(?U)(?![0-9])\\p{Nd}");
    private static final Pattern BRACKETED_AT = Pattern.compile("(?i)[\\[({<] ?at ?[\\])}>]");

    @Test
    void noShareIsThePlainCorpusAndAShareRewritesAboutThatShareOnly() {
        CorpusGenerator plain = new CorpusGenerator(SEED);
        CorpusGenerator none = new CorpusGenerator(SEED, 0);
        CorpusGenerator some = new CorpusGenerator(SEED, 0.2);

        int rewritten = 0;
        for (int i = 0; i < 2_000; i++) {
            ContentItem item = plain.item(i);
            assertThat(none.item(i)).isEqualTo(item);
            ContentItem obfuscated = some.item(i);
            if (!obfuscated.equals(item)) {
                rewritten++;
                assertThat(obfuscated.toBuilder().title(item.title()).text(item.text()).build()).isEqualTo(item);
            }
        }
        // 400 expected; a binomial spread of 2,000 draws at 0.2 stays well within 330..470.
        assertThat(rewritten).isBetween(330, 470);
        assertThat(some.item(1_234)).isEqualTo(new CorpusGenerator(SEED, 0.2).item(1_234));
    }

    @Test
    void theShareMustBeFromZeroToOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CorpusGenerator(1, 1.5));
        assertThatIllegalArgumentException().isThrownBy(() -> new CorpusGenerator(1, -0.1));
        assertThatIllegalArgumentException().isThrownBy(() -> new CorpusGenerator(1, Double.NaN));
    }

    @Test
    void anObfuscatedItemIsDecidedAsItsPlainTwinButForEvidenceOffsets() {
        DroolsPolicyEvaluator evaluator = DroolsPolicyEvaluator.builder().build();
        CorpusGenerator plain = new CorpusGenerator(SEED);
        CorpusGenerator obfuscated = new CorpusGenerator(SEED, 1);
        // Every item of the scenarios the detectors decide, and a sample of the rest, up to 4 KiB of text.
        Set<Scenario> detected = EnumSet.of(Scenario.PRIVACY, Scenario.SECURITY_CREDENTIALS, Scenario.SPAM);
        List<Integer> indexes = IntStream.range(0, 6_000)
                .filter(i -> detected.contains(plain.scenario(i)) || i % 10 == 0)
                .filter(i -> plain.item(i).text().length() <= 4_096)
                .boxed().toList();

        int evaluated = 0;
        int withTextEvidence = 0;
        int movedOffsets = 0;
        StringBuilder allTexts = new StringBuilder();
        for (int i : indexes) {
            ContentItem twin = obfuscated.item(i);
            allTexts.append(twin.title()).append(twin.text());
            Decision expected = evaluator.evaluate(plain.item(i));
            Decision actual = evaluator.evaluate(twin);
            assertThat(withoutOffsets(actual)).as("item %d", i).isEqualTo(withoutOffsets(expected));
            evaluated++;
            if (expected.findings().stream().anyMatch(f -> f.evidence().stream().anyMatch(e -> OFFSETS.matcher(e).find()))) {
                withTextEvidence++;
                movedOffsets += actual.equals(expected) ? 0 : 1;
            }
        }

        // The comparison is not empty: detectors fired on the plain items, evidence moved, every evasion was written.
        assertThat(evaluated).isGreaterThan(500);
        assertThat(withTextEvidence).isGreaterThan(50);
        assertThat(movedOffsets).isGreaterThan(withTextEvidence / 2);
        assertThat(FORMAT_CHARACTER.matcher(allTexts).find()).isTrue();
        assertThat(FULL_WIDTH.matcher(allTexts).find()).isTrue();
        assertThat(OTHER_DIGIT.matcher(allTexts).find()).isTrue();
        assertThat(BRACKETED_AT.matcher(allTexts).find()).isTrue();
    }

    private static Decision withoutOffsets(Decision decision) {
        return new Decision(decision.id(), decision.verdict(), decision.actions(), decision.findings().stream()
                .map(f -> new Finding(f.section(), f.rule(), f.verdict(), f.actions(), f.rationale(),
                        f.evidence().stream().map(e -> OFFSETS.matcher(e).replaceAll(" at _")).toList()))
                .toList(), decision.policy());
    }
}
