package io.github.hubpolicy.benchmarks;

import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.json.DecisionWriter;
import io.github.hubpolicy.json.ItemReader;
import io.github.hubpolicy.json.ItemWriter;
import io.github.hubpolicy.json.ReadResult;
import io.github.hubpolicy.rules.DroolsPolicyEvaluator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The wire format's cost per item, next to a decision's: reading JSON Lines into items (the
 * path of {@code policy-cli evaluate}, the server's batches and the Spark jobs), writing
 * decisions as JSON, and the two around a decision, as a host pays them per line. Time per item.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class JsonBenchmark {
    /** Which corpus ({@link Corpora#named}). */
    @Param({"upTo1KiB", "all"})
    public String corpus;

    private List<ContentItem> items;
    private byte[] lines;
    private List<Decision> decisions;
    private DroolsPolicyEvaluator evaluator;
    private final ItemReader reader = ItemReader.strict();

    @Setup
    public void setUp() {
        items = Corpora.named(corpus);
        StringBuilder jsonLines = new StringBuilder();
        for (ContentItem item : items) {
            jsonLines.append(ItemWriter.toJson(item)).append('\n');
        }
        lines = jsonLines.toString().getBytes(StandardCharsets.UTF_8);
        evaluator = DroolsPolicyEvaluator.builder().build();
        decisions = items.stream().map(evaluator::evaluate).toList();
    }

    /** JSON Lines bytes to items, as every batch reader does. */
    @Benchmark
    @OperationsPerInvocation(Corpora.SIZE)
    public void readLines(Blackhole blackhole) {
        reader.read(new ByteArrayInputStream(lines), blackhole::consume);
    }

    /** Decisions to JSON lines. */
    @Benchmark
    @OperationsPerInvocation(Corpora.SIZE)
    public void writeDecisions(Blackhole blackhole) {
        for (Decision decision : decisions) {
            blackhole.consume(DecisionWriter.toJson(decision));
        }
    }

    /** A batch in process: lines read, each item decided, each decision written. */
    @Benchmark
    @OperationsPerInvocation(Corpora.SIZE)
    public void readDecideWrite(Blackhole blackhole) {
        reader.read(new ByteArrayInputStream(lines), result -> {
            if (result instanceof ReadResult.Parsed parsed) {
                blackhole.consume(DecisionWriter.toJson(evaluator.evaluate(parsed.item())));
            }
        });
    }
}
