package io.github.hubpolicy.benchmarks;

import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.rules.DroolsPolicyEvaluator;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * How cost grows with rules that do not match: the bundled rules plus 0 or 400 rules that
 * never fire, on the typical items ({@code upTo1KiB}), where the engine's share is largest.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 4, time = 4)
@Measurement(iterations = 3, time = 3)
public class RuleCountBenchmark {
    /** Rules added to the bundled ones, none of which ever fires. */
    @Param({"0", "400"})
    public int extraRules;

    private List<ContentItem> items;
    private DroolsPolicyEvaluator evaluator;
    private Path directory;

    @Setup(Level.Trial)
    public void setUp() {
        items = Corpora.named("upTo1KiB");
        DroolsPolicyEvaluator.Builder builder = DroolsPolicyEvaluator.builder();
        if (extraRules > 0) {
            directory = RuleFiles.neverFiring(extraRules);
            builder.ruleDirectory(directory);
        }
        evaluator = builder.build();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        RuleFiles.delete(directory);
    }

    /** Decisions per second with the extra rules. */
    @Benchmark
    @OperationsPerInvocation(Corpora.SIZE)
    public void decide(Blackhole blackhole) {
        for (ContentItem item : items) {
            blackhole.consume(evaluator.evaluate(item));
        }
    }
}
