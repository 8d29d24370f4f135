package io.github.hubpolicy.benchmarks;

import io.github.hubpolicy.rules.DroolsPolicyEvaluator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building the evaluator with the bundled rules: every rule file parsed and compiled, the rule
 * base assembled. {@link #cold} is the first build in a fresh JVM (class loading, the Java
 * compiler's start-up included), one shot per fork: run it with several forks. {@link #reload} is
 * a build in a warm JVM, which is what a reload of the rules costs.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ConstructionBenchmark {
    /** The first build in a fresh JVM. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Fork(value = 10, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public DroolsPolicyEvaluator cold() {
        return DroolsPolicyEvaluator.builder().build();
    }

    /** A build in a warm JVM: a reload. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 3, time = 3)
    public DroolsPolicyEvaluator reload() {
        return DroolsPolicyEvaluator.builder().build();
    }
}
