package io.github.hubpolicy.spark;

import io.github.hubpolicy.rules.DroolsPolicyEvaluator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One evaluator per JVM per rule set: an executor's task threads share the evaluator of a rule
 * set, built the first time a task needs it. Compiling a rule set takes about a second; building
 * one per partition (or per row) would cost more than deciding the partition.
 *
 * <p>A static holder on purpose: a Spark executor JVM has no other place that outlives a task
 * and is shared by its task threads. It is keyed by {@link ShippedRuleSet#key()}, so two rule sets
 * (the base and the candidate of a diff) or two jobs with different rules never share an
 * evaluator, and the same rule set is never compiled twice in a JVM.
 */
final class Evaluators {
    private static final Map<String, DroolsPolicyEvaluator> BY_KEY = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> BUILDS = new ConcurrentHashMap<>();

    private Evaluators() {
    }

    /**
     * The evaluator of {@code rules} in this JVM, compiled on first use (other threads wanting the
     * same rule set wait for it).
     *
     * @throws io.github.hubpolicy.rules.RuleCompilationException when the rule set does not compile
     */
    static DroolsPolicyEvaluator of(ShippedRuleSet rules) {
        return BY_KEY.computeIfAbsent(rules.key(), key -> {
            BUILDS.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            return rules.build(ruleRoot(key));
        });
    }

    /** How many times this JVM has built the evaluator of a rule set (tests check that partitions share one). */
    static int builds(ShippedRuleSet rules) {
        AtomicInteger builds = BUILDS.get(rules.key());
        return builds == null ? 0 : builds.get();
    }

    private static Path ruleRoot(String key) {
        try {
            // Small files, left for the JVM's temporary directory to clean up with the executor.
            return Files.createTempDirectory("hubpolicy-rules-" + key.substring(0, 12) + "-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a directory for the shipped rule files", e);
        }
    }
}
