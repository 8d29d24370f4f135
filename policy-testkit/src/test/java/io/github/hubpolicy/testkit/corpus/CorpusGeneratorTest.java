package io.github.hubpolicy.testkit.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.api.Verdict;
import io.github.hubpolicy.json.ItemReader;
import io.github.hubpolicy.json.ItemWriter;
import io.github.hubpolicy.json.ReadResult;
import io.github.hubpolicy.rules.DroolsPolicyEvaluator;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class CorpusGeneratorTest {
    private static final int CORPUS = 10_000;
    private static final List<ContentItem> ITEMS = new CorpusGenerator(CorpusGenerator.DEFAULT_SEED).items(CORPUS);

    @Test
    void theSameSeedGivesTheSameItemsAndALongerCorpusStartsWithAShorterOne() {
        // given
        List<String> first = jsonLines(new CorpusGenerator(42).items(500));

        // when
        List<String> again = jsonLines(new CorpusGenerator(42).items(500));
        List<String> longer = jsonLines(new CorpusGenerator(42).items(800));
        List<String> otherSeed = jsonLines(new CorpusGenerator(43).items(500));

        // then
        assertThat(again).isEqualTo(first);
        assertThat(longer.subList(0, 500)).isEqualTo(first);
        assertThat(otherSeed).isNotEqualTo(first);
        assertThat(ItemWriter.toJson(new CorpusGenerator(42).item(321))).isEqualTo(first.get(321));
    }

    @Test
    void everyItemIsValidAndReadsBackEqual() {
        // given
        String jsonLines = String.join("\n", jsonLines(ITEMS));

        // when
        List<ReadResult> read = ItemReader.strict().readAll(new ByteArrayInputStream(jsonLines.getBytes(StandardCharsets.UTF_8)));

        // then
        assertThat(read).hasSize(CORPUS);
        for (int i = 0; i < CORPUS; i++) {
            assertThat(read.get(i)).isInstanceOf(ReadResult.Parsed.class);
            assertThat(((ReadResult.Parsed) read.get(i)).item()).isEqualTo(ITEMS.get(i));
        }
        assertThat(ITEMS).extracting(ContentItem::id).doesNotHaveDuplicates();
    }

    @Test
    void textsAreAboutOneKibWithALongTailUpTo100Kib() {
        int[] lengths = ITEMS.stream().mapToInt(i -> i.text().length()).sorted().toArray();

        assertThat(lengths[CORPUS / 2]).as("median").isBetween(700, 1400);
        assertThat(lengths[CORPUS * 99 / 100]).as("p99").isGreaterThan(8 * 1024);
        assertThat(lengths[CORPUS - 1]).as("longest").isBetween(50 * 1024, CorpusGenerator.MAX_TEXT_LENGTH);
        assertThat(Arrays.stream(lengths).filter(n -> n > 20 * 1024).count()).as("over 20 KiB").isBetween(10L, 200L);
    }

    @Test
    void itemsCarryFilesPeopleReportsAndTheDetectorsMaterial() {
        assertThat(share(i -> i.kind().isCommunity())).isBetween(0.50, 0.70);
        assertThat(share(i -> i.files().stream().anyMatch(f -> !f.pickleImports().isEmpty()))).isBetween(0.05, 0.20);
        assertThat(share(i -> !i.people().isEmpty())).isBetween(0.01, 0.10);
        assertThat(share(i -> !i.reports().isEmpty())).isBetween(0.02, 0.06);
        assertThat(share(i -> i.signals().scores().size() >= 11)).isGreaterThan(0.9);
        assertThat(share(i -> i.text().contains("http"))).isBetween(0.10, 0.60);
        assertThat(share(i -> i.text().contains("@"))).isBetween(0.02, 0.20);
        assertThat(share(i -> i.text().contains("hf_") || i.text().contains("AKIA") || i.text().contains("ghp_"))).isPositive();
    }

    @Test
    void decisionsAreMostlyAllowWithEverySectionAtItsShare() {
        // given
        DroolsPolicyEvaluator evaluator = DroolsPolicyEvaluator.builder().build();

        // when
        Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
        Map<String, Integer> sections = new HashMap<>();
        for (ContentItem item : ITEMS) {
            Decision decision = evaluator.evaluate(item);
            verdicts.merge(decision.verdict(), 1, Integer::sum);
            decision.sections().forEach(s -> sections.merge(s, 1, Integer::sum));
        }

        // then
        assertThat(verdicts.get(Verdict.ALLOW) / (double) CORPUS).as("ALLOW").isBetween(0.75, 0.86);
        assertThat(verdicts.keySet()).containsExactlyInAnyOrder(Verdict.values());
        assertThat(sections).doesNotContainKey("engine");
        for (Scenario scenario : Scenario.values()) {
            if (scenario.section() != null) {
                double found = sections.getOrDefault(scenario.section(), 0) / (double) CORPUS;
                assertThat(found).as(scenario.section())
                        .isBetween(0.6 * scenario.share(), 1.5 * scenario.share() + 0.002);
            }
        }
    }

    @Test
    void cardTextHasExactlyTheLengthAskedFor() {
        assertThat(CorpusGenerator.cardText(1, 1024)).hasSize(1024).isEqualTo(CorpusGenerator.cardText(1, 1024));
        assertThat(CorpusGenerator.cardText(1, 100 * 1024)).hasSize(100 * 1024);
    }

    private static double share(Predicate<ContentItem> property) {
        return ITEMS.stream().filter(property).count() / (double) CORPUS;
    }

    private static List<String> jsonLines(List<ContentItem> items) {
        return items.stream().map(ItemWriter::toJson).toList();
    }
}
