package io.github.hubpolicy.benchmarks;

import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.ContentKind;
import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.examples.corpus.DetectorsOnly;
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
 * Cost per item of text made to be expensive ({@link AdversarialText}), at 1 KiB and 64 KiB by
 * default and 1 MiB on request ({@code -p length=1048576}), as one community comment decided in
 * full and scanned by the detectors alone. Time per item: cost against length shows whether it
 * is linear, and the 1 MiB figures are the worst case per MiB within the default limits.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 1, time = 2)
@Measurement(iterations = 2, time = 2)
public class AdversarialTextBenchmark {
    /** The shape of the text. */
    @Param
    public AdversarialText shape;

    /** Characters of text. */
    @Param({"1024", "65536"})
    public int length;

    private ContentItem item;
    private DroolsPolicyEvaluator evaluator;
    private Detectors scanner;

    @Setup(Level.Trial)
    public void setUp() {
        item = ContentItem.builder("discussions/bench/adversarial/1", ContentKind.COMMENT)
                .text(shape.text(length))
                .build();
        evaluator = DroolsPolicyEvaluator.builder().build();
        scanner = Detectors.forPhoneRegion("US");
    }

    /** The bundled rule set. */
    @Benchmark
    public Decision bundledRules() {
        return evaluator.evaluate(item);
    }

    /** The detectors alone. */
    @Benchmark
    public long detectorsOnly() {
        return DetectorsOnly.run(scanner, item);
    }
}
