package io.github.hubpolicy.benchmarks;

import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.examples.corpus.DetectorsOnly;
import io.github.hubpolicy.rules.DroolsPolicyEvaluator;
import io.github.hubpolicy.rules.detect.Detectors;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Decisions per second on a generated corpus: the bundled rules, the detectors alone (the floor:
 * reading each text once), and an empty rule base (the engine's fixed cost on top of the
 * detectors). One invocation decides every item of the corpus once, so every measurement covers
 * the same mix, long tail included; scores are per decision ({@link OperationsPerInvocation}), and
 * so is {@code gc.alloc.rate.norm} under {@code -prof gc}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 4, time = 4)
@Measurement(iterations = 3, time = 3)
public class DecisionBenchmark {
    /** Which corpus ({@link Corpora#named}). */
    @Param({"all", "upTo1KiB"})
    public String corpus;

    private List<ContentItem> items;
    private DroolsPolicyEvaluator bundled;
    private DroolsPolicyEvaluator empty;
    private Detectors detectors;
    private Path emptyRules;

    @Setup(Level.Trial)
    public void setUp() {
        items = Corpora.named(corpus);
        bundled = DroolsPolicyEvaluator.builder().build();
        emptyRules = RuleFiles.emptyRuleBase();
        empty = DroolsPolicyEvaluator.builder().bundledRules(false).ruleDirectory(emptyRules).build();
        detectors = Detectors.forPhoneRegion("US");
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        RuleFiles.delete(emptyRules);
    }

    /** The bundled rule set, one thread. */
    @Benchmark
    @OperationsPerInvocation(Corpora.SIZE)
    public void bundledRules(Blackhole blackhole) {
        for (ContentItem item : items) {
            blackhole.consume(bundled.evaluate(item));
        }
    }

    /** The bundled rule set, two threads sharing one evaluator. */
    @Benchmark
    @Threads(2)
    @OperationsPerInvocation(Corpora.SIZE)
    public void bundledRules2Threads(Blackhole blackhole) {
        bundledRules(blackhole);
    }

    /** The detectors alone: the text scan and the pickle imports of every item, no rule engine. */
    @Benchmark
    @OperationsPerInvocation(Corpora.SIZE)
    public void detectorsOnly(Blackhole blackhole) {
        for (ContentItem item : items) {
            blackhole.consume(DetectorsOnly.run(detectors, item));
        }
    }

    /** The detectors alone on two threads: how far the machine itself scales. */
    @Benchmark
    @Threads(2)
    @OperationsPerInvocation(Corpora.SIZE)
    public void detectorsOnly2Threads(Blackhole blackhole) {
        detectorsOnly(blackhole);
    }

    /** One rule per phase, none of which fires: the detectors plus the engine's fixed cost (session, facts, phases, resolution). */
    @Benchmark
    @OperationsPerInvocation(Corpora.SIZE)
    public void emptyRuleBase(Blackhole blackhole) {
        for (ContentItem item : items) {
            blackhole.consume(empty.evaluate(item));
        }
    }
}
