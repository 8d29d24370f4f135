package io.github.hubpolicy.examples.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hubpolicy.api.Action;
import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.api.Finding;
import io.github.hubpolicy.api.Verdict;
import io.github.hubpolicy.testkit.corpus.CorpusGenerator;
import io.github.hubpolicy.rules.DroolsPolicyEvaluator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, must hold 5: the emergency brake on a generated corpus, with a deliberately over-broad
 * candidate rule (link spam that forgot its "new account" condition), alone and under concurrent
 * evaluation with reloads.
 */
class EmergencyBrakeCorpusTest {
    private static final String CANDIDATE = "spam: links (candidate)";
    private static final String HELD = "engine: rule held by the emergency brake";
    /** The defaults: at least 20 findings, over 5% of the decisions seen (up to the last 1,000). */
    private static final int MIN_FINDINGS = 20;
    private static final double SHARE = 0.05;

    /** The candidate rule; {@code condition} decides how broad it is, {@code version} tells versions apart. */
    private static String candidateRule(String condition, String verdict, String version) {
        return """
                package hubpolicy.rules;

                import io.github.hubpolicy.api.Action;
                import io.github.hubpolicy.api.Verdict;
                import io.github.hubpolicy.rules.facts.*;
                import function io.github.hubpolicy.rules.facts.Findings.finding;

                rule "%1$s"
                    @section("spam") @bullet(9)
                when
                    Item( %2$s )
                then
                    finding( drools, Verdict.%3$s ).actions( Action.REMOVE, Action.WARN_AUTHOR ).because( "Link spam %4$s." );
                end
                """.formatted(CANDIDATE, condition, verdict, version);
    }

    private static final String NARROW = "community, newAccount, links >= 3";
    private static final String BROAD = "links > 0";

    private static boolean restricts(Decision decision) {
        return decision.findings().stream().anyMatch(f -> f.rule().equals(CANDIDATE) && f.verdict().atLeast(Verdict.RESTRICT));
    }

    private static boolean braked(Decision decision) {
        return decision.findings().stream().anyMatch(f -> f.rule().equals(HELD));
    }

    private static List<Finding> others(Decision decision) {
        return decision.findings().stream().filter(f -> !f.rule().equals(CANDIDATE) && !f.rule().equals(HELD)).toList();
    }

    @Test
    void anOverBroadCandidateIsHeldAfterTheThresholdAndOnlyIt(@TempDir Path dir) throws IOException {
        // given: the narrow rule in service, then the over-broad candidate reloaded over it
        List<ContentItem> corpus = new CorpusGenerator(7).items(2_000);
        Path file = dir.resolve("link-spam.drl");
        Files.writeString(file, candidateRule(NARROW, "REMOVE", "v1"));
        DroolsPolicyEvaluator braked = DroolsPolicyEvaluator.builder().ruleDirectory(dir).build();
        Files.writeString(file, candidateRule(BROAD, "REMOVE", "v2"));
        braked.reload();
        // the same rule set built fresh replaces nothing, so nothing is watched: the decisions without the brake
        DroolsPolicyEvaluator unbraked = DroolsPolicyEvaluator.builder().ruleDirectory(dir).build();
        assertThat(braked.watchedRules()).containsExactly(CANDIDATE);
        assertThat(unbraked.watchedRules()).isEmpty();

        // when
        List<Decision> with = corpus.stream().map(braked::evaluate).toList();
        List<Decision> without = corpus.stream().map(unbraked::evaluate).toList();

        // then: the candidate is over-broad, and the brake trips exactly where its share first passes the threshold
        long restricting = without.stream().filter(EmergencyBrakeCorpusTest::restricts).count();
        assertThat((double) restricting / corpus.size()).as("share of the corpus the candidate removes").isGreaterThan(SHARE);
        int expectedTrip = -1;
        int findings = 0;
        for (int i = 0; i < without.size() && expectedTrip < 0; i++) {
            findings += restricts(without.get(i)) ? 1 : 0;
            if (restricts(without.get(i)) && findings >= MIN_FINDINGS && findings > SHARE * Math.min(i + 1, 1_000)) {
                expectedTrip = i;
            }
        }
        int trip = -1;
        for (int i = 0; i < with.size() && trip < 0; i++) {
            trip = braked(with.get(i)) ? i : -1;
        }
        assertThat(trip).isEqualTo(expectedTrip).isPositive();
        assertThat(with.subList(0, trip)).as("decisions before the brake").isEqualTo(without.subList(0, trip));
        for (int i = trip; i < corpus.size(); i++) {
            Decision held = with.get(i);
            Decision free = without.get(i);
            if (restricts(free)) {
                assertThat(braked(held)).isTrue();
                assertThat(held.findings()).filteredOn(f -> f.rule().equals(CANDIDATE)).allSatisfy(f -> {
                    assertThat(f.verdict()).isEqualTo(Verdict.REVIEW);
                    assertThat(f.actions()).containsExactly(Action.HUMAN_REVIEW);
                });
                assertThat(others(held)).as("findings of the unchanged rules").isEqualTo(others(free));
                assertThat(held.verdict()).isEqualTo(others(free).stream().map(Finding::verdict)
                        .reduce(Verdict.REVIEW, Verdict::max));
            } else {
                assertThat(held).isEqualTo(free);
            }
        }
        assertThat(braked.heldRules()).containsExactly(CANDIDATE);

        // and when a person releases it, it decides as without the brake
        assertThat(braked.release(CANDIDATE)).isTrue();
        assertThat(corpus.stream().map(braked::evaluate).toList()).isEqualTo(without);
        assertThat(braked.heldRules()).isEmpty();
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void theBrakeHoldsUnderConcurrentEvaluationAndReloads(@TempDir Path dir) throws Exception {
        // given
        List<ContentItem> corpus = new CorpusGenerator(11).items(1_000);
        Path file = dir.resolve("link-spam.drl");
        Files.writeString(file, candidateRule(NARROW, "REVIEW", "v0"));
        DroolsPolicyEvaluator evaluator = DroolsPolicyEvaluator.builder().ruleDirectory(dir).build();
        Map<String, String> versionOfDigest = new ConcurrentHashMap<>();
        versionOfDigest.put(evaluator.policy().rules(), "v0");
        Map<String, LongAdder> uncapped = new ConcurrentHashMap<>();
        Map<String, LongAdder> capped = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);

        // when: four threads decide the corpus over and over while the candidate changes under them
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            workers.add(pool.submit(() -> {
                for (int i = thread * 97; running.get(); i++) {
                    Decision d = evaluator.evaluate(corpus.get(i % corpus.size()));
                    String version = versionOfDigest.get(d.policy().rules());
                    List<Finding> candidate = d.findings().stream().filter(f -> f.rule().equals(CANDIDATE)).toList();
                    boolean heldFinding = candidate.stream().anyMatch(f -> f.rationale().contains("held by the emergency brake"));
                    if (version == null || candidate.stream().anyMatch(f -> !f.rationale().startsWith("Link spam " + version))) {
                        wrong.add("mixed rule sets: " + d);
                    }
                    if (heldFinding != braked(d)) {
                        wrong.add("a capped finding without the engine finding, or the reverse: " + d);
                    }
                    if (d.findings().stream().anyMatch(f -> !f.rule().equals(CANDIDATE)
                            && f.rationale().contains("held by the emergency brake"))) {
                        wrong.add("an unchanged rule capped: " + d);
                    }
                    if (restricts(d)) {
                        uncapped.computeIfAbsent(version, v -> new LongAdder()).increment();
                    } else if (heldFinding) {
                        capped.computeIfAbsent(version, v -> new LongAdder()).increment();
                    }
                }
            }));
        }
        Thread.sleep(200);
        assertThat(evaluator.watchedRules()).isEmpty();
        reload(evaluator, file, candidateRule(BROAD, "REMOVE", "v1"), "v1", versionOfDigest);
        awaitHeld(evaluator);
        // the same files again: the rule is unchanged, so the hold outlives the reload
        evaluator.reload();
        boolean heldAfterUnchangedReload = evaluator.heldRules().contains(CANDIDATE);
        Thread.sleep(200);
        // a new version replaces the held one: watched afresh, held again once it misfires
        reload(evaluator, file, candidateRule(BROAD, "RESTRICT", "v2"), "v2", versionOfDigest);
        awaitHeld(evaluator);
        Thread.sleep(200);
        running.set(false);
        for (Future<?> worker : workers) {
            worker.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        // then
        assertThat(wrong).as("inconsistent decisions, the first few").isEmpty();
        assertThat(heldAfterUnchangedReload).isTrue();
        for (String version : List.of("v1", "v2")) {
            assertThat(uncapped.get(version).sum()).as("uncapped findings of %s", version)
                    .isBetween(1L, (long) MIN_FINDINGS - 1);
            assertThat(capped.get(version).sum()).as("capped findings of %s", version).isPositive();
        }
        assertThat(evaluator.heldRules()).containsExactly(CANDIDATE);
        assertThat(evaluator.release(CANDIDATE)).isTrue();
    }

    private static void reload(DroolsPolicyEvaluator evaluator, Path file, String rule, String version,
                               Map<String, String> versionOfDigest) throws IOException {
        Files.writeString(file, rule);
        // Register the digest before switching: a worker may see the new set at once.
        Path dir = file.getParent();
        versionOfDigest.put(DroolsPolicyEvaluator.builder().ruleDirectory(dir).build().policy().rules(), version);
        evaluator.reload();
    }

    private static void awaitHeld(DroolsPolicyEvaluator evaluator) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!evaluator.heldRules().contains(CANDIDATE) && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(evaluator.heldRules()).as("held within a minute").contains(CANDIDATE);
    }
}
