package io.github.hubpolicy.rules.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.api.Finding;
import io.github.hubpolicy.api.PolicyId;
import io.github.hubpolicy.rules.DroolsPolicyEvaluator;
import io.github.hubpolicy.rules.EmergencyBrake;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6, item 5: 8 threads × 50,000 evaluations share one evaluator while its rules are reloaded
 * six times. Every submission is decided exactly once, and every decision equals the
 * single-threaded decision of the same item under the rule set its digest names.
 */
class ConcurrentEvaluationStressTest {
    private static final int THREADS = 8;
    private static final int PER_THREAD = 50_000;
    private static final int TOTAL = THREADS * PER_THREAD;
    /** Versions of the host's extra rule file; each decides some corpus items differently. */
    private static final List<String> HOST_RULES = List.of(
            hostRule(0, "Item( community )", "REVIEW"),
            hostRule(1, "Item( artifact )", "LABEL"),
            hostRule(2, "Item( modelOrDataset, unlicensed )", "RESTRICT"),
            hostRule(3, "Item( links > 0 || contactDetails > 0 )", "REVIEW"));
    /** The version each reload switches to, in order; the threads start under the last version. */
    private static final int[] RELOADS = {0, 1, 2, 3, 0, 1};

    private static String hostRule(int version, String condition, String verdict) {
        return """
                package hubpolicy.rules;

                import io.github.hubpolicy.api.Action;
                import io.github.hubpolicy.api.Verdict;
                import io.github.hubpolicy.rules.facts.*;
                import function io.github.hubpolicy.rules.facts.Findings.finding;

                rule "spam: host rule v%1$d"
                    @section("spam") @bullet(8)
                when
                    %2$s
                then
                    finding( drools, Verdict.%3$s ).actions( Action.HUMAN_REVIEW ).because( "Host rule v%1$d." );
                end
                """.formatted(version, condition, verdict);
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void eightThreadsShareOneEvaluatorWhileItsRulesAreReloaded(@TempDir Path rules) throws Exception {
        // given: every corpus item's single-threaded decision under each version of the host rule
        List<ContentItem> corpus = Corpus.items();
        Path hostRule = rules.resolve("host.drl");
        Files.writeString(hostRule, HOST_RULES.get(0));
        // The brake off: this test requires each decision to equal the single-threaded one under its digest, and
        // the brake deliberately makes decisions depend on recent traffic (EmergencyBrakeCorpusTest covers it).
        DroolsPolicyEvaluator evaluator = DroolsPolicyEvaluator.builder().ruleDirectory(rules)
                .emergencyBrake(EmergencyBrake.OFF).build();
        Map<PolicyId, List<Decision>> expected = new HashMap<>();
        for (int version = 0; version < HOST_RULES.size(); version++) {
            if (version > 0) {
                Files.writeString(hostRule, HOST_RULES.get(version));
                evaluator.reload();
            }
            expected.put(evaluator.policy(), corpus.stream().map(evaluator::evaluate).toList());
        }
        assertThat(expected).as("one digest per version").hasSize(HOST_RULES.size());
        assertThat(expected.values().stream().map(ConcurrentEvaluationStressTest::findings).toList())
                .as("each version decides some items differently").doesNotHaveDuplicates();

        // when: eight threads evaluate while this one rewrites the rule file and reloads
        int[][] decided = new int[THREADS][PER_THREAD];
        Map<PolicyId, LongAdder> byDigest = new ConcurrentHashMap<>();
        LongAdder wrong = new LongAdder();
        ConcurrentLinkedQueue<String> firstWrong = new ConcurrentLinkedQueue<>();
        LongAdder progress = new LongAdder();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long started = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            workers.add(pool.submit(() -> {
                for (int i = 0; i < PER_THREAD; i++) {
                    int index = submission(thread, i, corpus.size());
                    Decision decision = evaluator.evaluate(corpus.get(index));
                    decided[thread][i]++;
                    byDigest.computeIfAbsent(decision.policy(), p -> new LongAdder()).increment();
                    List<Decision> singleThreaded = expected.get(decision.policy());
                    if (singleThreaded == null || !singleThreaded.get(index).equals(decision)) {
                        wrong.increment();
                        if (firstWrong.size() < 5) {
                            firstWrong.add("thread " + thread + " submission " + i + ", item " + corpus.get(index).id() + ": "
                                    + decision + (singleThreaded == null ? " (unknown digest)" : ", expected " + singleThreaded.get(index)));
                        }
                    }
                    progress.increment();
                }
            }));
        }
        List<Long> reloadedAt = new ArrayList<>();
        for (int r = 0; r < RELOADS.length; r++) {
            long due = (long) TOTAL * (r + 1) / (RELOADS.length + 1);
            while (progress.sum() < due && !workers.stream().allMatch(Future::isDone)) {
                Thread.sleep(2);
            }
            Files.writeString(hostRule, HOST_RULES.get(RELOADS[r]));
            evaluator.reload();
            reloadedAt.add(progress.sum());
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%,d evaluations on %d threads with %d reloads: %.1f s (%,.0f per second)%n",
                TOTAL, THREADS, RELOADS.length, seconds, TOTAL / seconds);

        // then
        assertThat(wrong.sum()).as("decisions unlike the single-threaded run, the first: %s", firstWrong).isZero();
        long notOnce = Arrays.stream(decided).flatMapToInt(Arrays::stream).filter(times -> times != 1).count();
        assertThat(notOnce).as("submissions not decided exactly once").isZero();
        assertThat(byDigest.values().stream().mapToLong(LongAdder::sum).sum()).isEqualTo(TOTAL);
        assertThat(expected.keySet()).as("rule sets the threads decided with").containsAll(byDigest.keySet());
        assertThat(byDigest).as("decisions under every version").hasSameSizeAs(expected);
        assertThat(reloadedAt).as("each reload while threads were still evaluating").hasSize(RELOADS.length)
                .allSatisfy(at -> assertThat(at).isLessThan(TOTAL));
    }

    private static List<List<Finding>> findings(List<Decision> decisions) {
        return decisions.stream().map(Decision::findings).toList();
    }

    /** The corpus item of one submission: every thread walks the whole corpus, from its own start. */
    private static int submission(int thread, int i, int corpusSize) {
        return (int) ((i * 7_919L + thread * 131L) % corpusSize);
    }
}
