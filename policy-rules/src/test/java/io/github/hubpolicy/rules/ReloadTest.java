package io.github.hubpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.api.Finding;
import io.github.hubpolicy.api.PolicyId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Safe reload: compile first, keep the last good set on failure, never mix two sets in one decision. */
class ReloadTest {

    private static String rule(String version, String verdict) {
        return """
                package hubpolicy.rules;

                import io.github.hubpolicy.api.Action;
                import io.github.hubpolicy.api.Verdict;
                import io.github.hubpolicy.rules.facts.*;
                import function io.github.hubpolicy.rules.facts.Findings.finding;

                rule "spam: host rule %1$s"
                    @section("spam") @bullet(8)
                when
                    Item( community )
                then
                    finding( drools, Verdict.%2$s ).actions( Action.HUMAN_REVIEW ).because( "Host rule %1$s." );
                end
                """.formatted(version, verdict);
    }

    @Test
    void aBrokenRuleSetIsRejectedAndTheLastGoodOneKeepsServing(@TempDir Path dir) throws IOException {
        // given
        Path file = dir.resolve("host.drl");
        Files.writeString(file, rule("v1", "REVIEW"));
        DroolsPolicyEvaluator evaluator = DroolsPolicyEvaluator.builder().ruleDirectory(dir).build();
        PolicyId v1 = evaluator.policy();

        // when: the file is broken, then fixed
        Files.writeString(file, rule("v2", "REVIEW").replace("when", "wen"));
        assertThatThrownBy(evaluator::reload).isInstanceOf(RuleCompilationException.class).hasMessageContaining("host.drl:");
        Decision whileBroken = evaluator.evaluate(Items.comment("c/1"));
        Files.writeString(file, rule("v2", "RESTRICT"));
        PolicyId v2 = evaluator.reload();

        // then
        assertThat(whileBroken.policy()).isEqualTo(v1);
        assertThat(whileBroken.findings()).extracting(Finding::rule).containsExactly("spam: host rule v1");
        assertThat(v2).isNotEqualTo(v1).isEqualTo(evaluator.policy());
        assertThat(evaluator.evaluate(Items.comment("c/2")).findings()).extracting(Finding::rule)
                .containsExactly("spam: host rule v2");
    }

    @Test
    void evaluationsDuringReloadsUseExactlyOneRuleSetEach(@TempDir Path dir) throws Exception {
        // given
        Path file = dir.resolve("host.drl");
        Files.writeString(file, rule("v0", "REVIEW"));
        DroolsPolicyEvaluator evaluator = DroolsPolicyEvaluator.builder().ruleDirectory(dir).build();
        Map<String, String> ruleOfDigest = new ConcurrentHashMap<>();
        ruleOfDigest.put(evaluator.policy().rules(), "spam: host rule v0");
        ConcurrentLinkedQueue<String> mixed = new ConcurrentLinkedQueue<>();
        AtomicBoolean reloading = new AtomicBoolean(true);
        AtomicInteger decided = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch started = new CountDownLatch(4);

        // when: four threads evaluate while the main thread reloads new versions and broken ones
        List<Future<?>> workers = new java.util.ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            workers.add(pool.submit(() -> {
                started.countDown();
                int i = 0;
                while (reloading.get() || i < 200) {
                    Decision d = evaluator.evaluate(Items.comment("c/" + thread + "/" + i++));
                    List<String> rules = d.findings().stream().map(Finding::rule).toList();
                    String expected = ruleOfDigest.get(d.policy().rules());
                    if (expected == null || !rules.equals(List.of(expected))) {
                        mixed.add(d.policy().rules() + " " + rules);
                    }
                    decided.incrementAndGet();
                }
            }));
        }
        started.await();
        for (int version = 1; version <= 6; version++) {
            String name = "v" + version;
            if (version % 3 == 0) {
                Files.writeString(file, rule(name, "REVIEW").replace("then", "than"));
                assertThatThrownBy(evaluator::reload).isInstanceOf(RuleCompilationException.class);
            } else {
                Files.writeString(file, rule(name, "REVIEW"));
                // Register the digest before switching: a worker may see the new set at once.
                String digest = DroolsPolicyEvaluator.builder().ruleDirectory(dir).build().policy().rules();
                ruleOfDigest.put(digest, "spam: host rule " + name);
                assertThat(evaluator.reload().rules()).isEqualTo(digest);
            }
        }
        reloading.set(false);
        for (Future<?> worker : workers) {
            worker.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        // then
        assertThat(mixed).as("decisions whose findings do not match their digest's rule set").isEmpty();
        assertThat(decided.get()).isGreaterThanOrEqualTo(800);
    }
}
