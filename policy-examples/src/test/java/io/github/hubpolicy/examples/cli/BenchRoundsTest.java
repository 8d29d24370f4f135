package io.github.hubpolicy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.ContentKind;
import io.github.hubpolicy.examples.cli.BenchRounds.Band;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class BenchRoundsTest {
    private static ContentItem item(String id, int titleChars, int textChars) {
        return ContentItem.builder(id, ContentKind.COMMENT).title("t".repeat(titleChars)).text("x".repeat(textChars)).build();
    }

    @Test
    void bandsAreByTitlePlusTextLength() {
        assertThat(Band.of(item("a", 24, 1000))).isEqualTo(Band.UP_TO_1_KIB);
        assertThat(Band.of(item("b", 25, 1000))).isEqualTo(Band.UP_TO_10_KIB);
        assertThat(Band.of(item("c", 0, 10 * 1024))).isEqualTo(Band.UP_TO_10_KIB);
        assertThat(Band.of(item("d", 0, 10 * 1024 + 1))).isEqualTo(Band.LONGER);
    }

    @Test
    void slicesOnEachNumberOfThreadsAreTalliedApartAndEveryCallIsTimed() {
        List<ContentItem> items = List.of(item("short", 0, 10), item("medium", 0, 2000), item("long", 0, 20_000));
        AtomicLong fullCalls = new AtomicLong();
        AtomicLong floorCalls = new AtomicLong();
        BenchRounds rounds = new BenchRounds(items, i -> fullCalls.incrementAndGet(), i -> floorCalls.incrementAndGet());

        rounds.run(2, 0.05);
        rounds.run(1, 0.05);
        rounds.run(2, 0.05);

        BenchRounds.Result two = rounds.result(2);
        BenchRounds.Result one = rounds.result(1);
        assertThat(two.threads()).isEqualTo(2);
        assertThat(two.items()).isPositive();
        assertThat(one.items()).isPositive();
        assertThat(two.items() + one.items()).isEqualTo(fullCalls.get()).isEqualTo(floorCalls.get());
        assertThat(two.full()).hasSize((int) two.items()).isSorted();
        assertThat(two.floor()).hasSize((int) two.items());
        assertThat(two.fullByBand().values().stream().mapToInt(l -> l.length).sum()).isEqualTo((int) two.items());
        assertThat(two.fullByBand().get(Band.LONGER)).isNotEmpty();
        assertThat(two.ratesByBand().values().stream().mapToLong(BenchRounds.Rates::items).sum()).isEqualTo(two.items());
        assertThat(two.ratesByBand().get(Band.UP_TO_1_KIB).items()).isEqualTo(two.fullByBand().get(Band.UP_TO_1_KIB).length);
        assertThat(two.ratesByBand().get(Band.UP_TO_1_KIB).fullRate()).isPositive();
        assertThat(two.ratesByBand().get(Band.LONGER).floorRate()).isPositive();
        assertThat(two.seconds()).isGreaterThanOrEqualTo(0.1);
        assertThat(rounds.result(3).items()).isZero();
    }
}
