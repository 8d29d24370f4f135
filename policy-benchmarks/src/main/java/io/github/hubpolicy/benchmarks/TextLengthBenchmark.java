package io.github.hubpolicy.benchmarks;

import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.examples.corpus.DetectorsOnly;
import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.rules.DroolsPolicyEvaluator;
import io.github.hubpolicy.rules.detect.Detectors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How cost grows with text length: one discussion whose text is 1 KiB or 100 KiB of model-card
 * prose (tables, versions, dates, links), decided in full and scanned by the detectors alone.
 * Linear cost means the 100 KiB item costs about 100 times the 1 KiB one.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 3, time = 3)
public class TextLengthBenchmark {
    /** Characters of text. */
    @Param({"1024", "102400"})
    public int length;

    private ContentItem item;
    private DroolsPolicyEvaluator evaluator;
    private Detectors detectors;

    @Setup(Level.Trial)
    public void setUp() {
        item = Corpora.itemWithText(length);
        evaluator = DroolsPolicyEvaluator.builder().build();
        detectors = Detectors.forPhoneRegion("US");
    }

    /** The bundled rule set. */
    @Benchmark
    public Decision bundledRules() {
        return evaluator.evaluate(item);
    }

    /** The detectors alone. */
    @Benchmark
    public long detectorsOnly() {
        return DetectorsOnly.run(detectors, item);
    }
}
