package io.github.hubpolicy.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.api.PolicyEvaluator;
import io.github.hubpolicy.api.PolicyId;
import io.github.hubpolicy.api.Verdict;
import io.github.hubpolicy.json.DecisionWriter;
import io.github.hubpolicy.json.ItemReader;
import io.github.hubpolicy.json.ReadResult;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** Deciding on a bounded number of threads, and a batch's records written in input order whatever order they finish in. */
class DecisionSlotsTest {
    private static final PolicyId POLICY = new PolicyId("test", "sha256:test");

    /** Decides ALLOW after a pause that depends on the item, so that later lines often finish first. */
    private static final PolicyEvaluator UNEVEN = item -> {
        LockSupport.parkNanos((Math.floorMod(item.id().hashCode(), 7)) * 200_000L);
        return new Decision(item.id(), Verdict.ALLOW, List.of(), List.of(), POLICY);
    };

    private static ContentItem item(String id) {
        return ItemReader.strict().parse("{\"id\":\"" + id + "\",\"kind\":\"comment\",\"text\":\"hello\"}");
    }

    @Test
    void aBatchIsWrittenInInputOrderWithErrorRecordsInPlace() throws Exception {
        // given 300 records, every tenth unreadable, decided on 2 workers with uneven decision times
        try (DecisionSlots slots = new DecisionSlots(2, 64)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            OrderedDecisions records = new OrderedDecisions(UNEVEN, slots, 3, out);
            List<String> expected = new ArrayList<>();
            // when
            for (int line = 1; line <= 300; line++) {
                if (line % 10 == 0) {
                    ReadResult.Unreadable bad = new ReadResult.Unreadable(line, "c/" + line, "field 'kind': missing");
                    expected.add(DecisionWriter.toJson(bad));
                    records.add(bad);
                } else {
                    expected.add(DecisionWriter.toJson(UNEVEN.evaluate(item("c/" + line))));
                    records.add(new ReadResult.Parsed(line, item("c/" + line)));
                }
            }
            records.drainAndFlush();
            // then
            assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(String.join("\n", expected) + "\n");
            assertThat(records.written()).isEqualTo(300);
        }
    }

    @Test
    void noMoreDecisionsRunAtOnceThanSlotsWhateverTheRequests() throws Exception {
        // given 2 slots, 3 batches and 4 single-item callers deciding together
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        PolicyEvaluator counting = item -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            LockSupport.parkNanos(300_000L);
            running.decrementAndGet();
            return new Decision(item.id(), Verdict.ALLOW, List.of(), List.of(), POLICY);
        };
        ExecutorService callers = Executors.newFixedThreadPool(7);
        try (DecisionSlots slots = new DecisionSlots(2, 64)) {
            List<Future<?>> done = new ArrayList<>();
            for (int b = 0; b < 3; b++) {
                done.add(callers.submit(() -> {
                    OrderedDecisions records = new OrderedDecisions(counting, slots, 3, new ByteArrayOutputStream());
                    for (int line = 1; line <= 50; line++) {
                        records.add(new ReadResult.Parsed(line, item("b/" + line)));
                    }
                    records.drainAndFlush();
                    return records.written();
                }));
            }
            for (int s = 0; s < 4; s++) {
                done.add(callers.submit(() -> {
                    for (int n = 0; n < 30; n++) {
                        ContentItem single = item("s/" + n);
                        slots.decide(() -> counting.evaluate(single), System.nanoTime() + 10_000_000_000L, "10s");
                    }
                    return null;
                }));
            }
            // when
            for (int i = 0; i < 3; i++) {
                assertThat(done.get(i).get(30, TimeUnit.SECONDS)).isEqualTo(50L);
            }
            for (int i = 3; i < done.size(); i++) {
                done.get(i).get(30, TimeUnit.SECONDS);
            }
            // then
            assertThat(most.get()).isBetween(1, 2);
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void aSingleItemThatGetsNoSlotWithinItsTimeLimitIsRefusedWith408() throws Exception {
        // given the only slot taken by a decision that waits
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try (DecisionSlots slots = new DecisionSlots(1, 4)) {
            Future<Object> holder = other.submit(() -> slots.decide(() -> {
                started.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }, System.nanoTime() + 10_000_000_000L, "10s"));
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            // when, then
            assertThatThrownBy(() -> slots.decide(() -> "decided", System.nanoTime() + 50_000_000L, "50ms"))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.status()).isEqualTo(HttpStatus.REQUEST_TIMEOUT);
                        assertThat(e.error().code()).isEqualTo("time_limit");
                        assertThat(e.getMessage()).contains("50ms");
                    });
            release.countDown();
            holder.get(10, TimeUnit.SECONDS);
            // and the slot is free again
            assertThat(slots.decide(() -> "decided", System.nanoTime() + 1_000_000_000L, "1s")).isEqualTo("decided");
        } finally {
            other.shutdownNow();
        }
    }
}
