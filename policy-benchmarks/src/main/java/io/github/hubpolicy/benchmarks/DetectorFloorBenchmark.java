package io.github.hubpolicy.benchmarks;

import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.examples.corpus.DetectorsOnly;
import io.github.hubpolicy.rules.detect.Detectors;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Our own detectors against the floor: a plain loop reading every character of the same titles
 * and texts, and the detectors with no libphonenumber work at all (a phone budget of 0: the phone
 * detector still cuts its pieces and runs its pre-filter, but never calls the library). Issue 15
 * asks for the second at most 5 times the first. Time per item.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 3, time = 3)
public class DetectorFloorBenchmark {
    /** {@code all} or {@code upTo1KiB}, as in {@link DecisionBenchmark}. */
    @Param({"upTo1KiB", "all"})
    public String corpus;

    private List<ContentItem> items;
    private Detectors withoutLibrary;

    @Setup(Level.Trial)
    public void setUp() {
        items = Corpora.named(corpus);
        withoutLibrary = Detectors.forPhoneRegion("US", 0);
    }

    /** Every character of every title and text, read once. */
    @Benchmark
    @OperationsPerInvocation(Corpora.SIZE)
    public long plainLoop() {
        long sum = 0;
        for (ContentItem item : items) {
            String title = item.title();
            for (int i = 0; i < title.length(); i++) {
                sum += title.charAt(i);
            }
            String text = item.text();
            for (int i = 0; i < text.length(); i++) {
                sum += text.charAt(i);
            }
        }
        return sum;
    }

    /** The detectors as the evaluator runs them, with no libphonenumber work. */
    @Benchmark
    @OperationsPerInvocation(Corpora.SIZE)
    public long detectorsWithoutPhones() {
        long found = 0;
        for (ContentItem item : items) {
            found += DetectorsOnly.run(withoutLibrary, item);
        }
        return found;
    }
}
