package io.github.hubpolicy.benchmarks;

import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.testkit.corpus.CorpusGenerator;
import io.github.hubpolicy.json.ItemWriter;
import io.github.hubpolicy.rules.DroolsPolicyEvaluator;
import io.github.hubpolicy.spark.PolicySpark;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.sql.SparkSession;

/**
 * How the Spark {@code decide} job scales from {@code local[1]} to {@code local[2]}, against how
 * the library itself scales from 1 to 2 threads on the same items in the same JVM: items/s of
 * the whole job (reading, counting lines, deciding, writing Parquet), rounds alternating so that
 * both see the same load, medians printed. Not a test: run on request (docs/spark.md).
 *
 * <pre>
 * java [Spark's --add-opens flags] -cp policy-benchmarks/target/benchmarks.jar:SPARK_CLASSPATH \
 *     io.github.hubpolicy.benchmarks.SparkScaling [ITEMS [ROUNDS [WORK_DIR]]]
 * </pre>
 *
 * Defaults: 200,000 generated items (seed 1), 3 rounds, a directory under the JVM's temporary one
 * (the corpus file is kept there and reused). The library's rate is measured on the first 20,000
 * of the same items, with 1 and 2 threads sharing one evaluator.
 */
public final class SparkScaling {
    /** Keeps the decisions observable, so that the JIT cannot drop them. */
    private static volatile long sink;
    private static final int LIBRARY_ITEMS = 20_000;

    private SparkScaling() {
    }

    public static void main(String[] args) throws Exception {
        int items = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path work = args.length > 2 ? Files.createDirectories(Path.of(args[2])) : Files.createTempDirectory("spark-scaling-");
        CorpusGenerator generator = new CorpusGenerator(CorpusGenerator.DEFAULT_SEED);
        Path corpus = write(work.resolve("corpus-" + items + ".jsonl"), generator, items);
        // The library's own scaling on the corpus's first items (a ratio; the whole corpus held in memory
        // would load the collector of the JVM the jobs run in).
        List<ContentItem> libraryItems = generator.items(Math.min(items, LIBRARY_ITEMS));
        List<ContentItem> warmUpItems = libraryItems.subList(0, Math.min(libraryItems.size(), 5_000));
        Path warmUp = write(work.resolve("warm-up.jsonl"), generator, warmUpItems.size());
        long bytes = Files.size(corpus);
        // About 16 byte ranges: enough for two cores to share out, as a cluster job's many splits would be.
        long split = Math.max(1, bytes / 16);
        System.out.printf(Locale.ROOT, "corpus: %,d items, %,d bytes, ranges of %,d bytes; %d rounds%n", items, bytes, split,
                rounds);

        DroolsPolicyEvaluator evaluator = DroolsPolicyEvaluator.builder().build();
        List<Double> spark1 = new ArrayList<>();
        List<Double> spark2 = new ArrayList<>();
        List<Double> library1 = new ArrayList<>();
        List<Double> library2 = new ArrayList<>();
        // A warm-up of each: the JIT, Spark's first session, the evaluator's compilation.
        decide(2, warmUp, work, Math.max(1, Files.size(warmUp) / 4), warmUpItems.size());
        library(evaluator, libraryItems, 2);
        for (int round = 1; round <= rounds; round++) {
            spark1.add(decide(1, corpus, work, split, items));
            spark2.add(decide(2, corpus, work, split, items));
            library1.add(library(evaluator, libraryItems, 1));
            library2.add(library(evaluator, libraryItems, 2));
            System.out.printf(Locale.ROOT, "round %d: local[1] %,.0f items/s, local[2] %,.0f items/s; library 1 thread %,.0f, "
                    + "2 threads %,.0f decisions/s%n", round, last(spark1), last(spark2), last(library1), last(library2));
        }
        double s1 = median(spark1);
        double s2 = median(spark2);
        double l1 = median(library1);
        double l2 = median(library2);
        System.out.printf(Locale.ROOT, "median: local[1] %,.0f items/s, local[2] %,.0f items/s: 2 / 1 = %.2f×%n", s1, s2, s2 / s1);
        System.out.printf(Locale.ROOT, "median: library 1 thread %,.0f/s, 2 threads %,.0f/s: 2 / 1 = %.2f×%n", l1, l2, l2 / l1);
        System.out.printf(Locale.ROOT, "Spark local[1] / library 1 thread = %.2f (the job's overhead per item)%n", s1 / l1);
    }

    /** The first {@code count} items of the generator as JSON Lines, written one at a time, unless already there. */
    private static Path write(Path file, CorpusGenerator generator, int count) throws IOException {
        if (!Files.exists(file)) {
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (int i = 0; i < count; i++) {
                    out.write(ItemWriter.toJson(generator.item(i)));
                    out.write('\n');
                }
            }
        }
        return file;
    }

    /** One decide job on {@code local[cores]}, in a session of its own; items/s from start to the written output. */
    private static double decide(int cores, Path corpus, Path work, long split, int items) {
        SparkSession spark = SparkSession.builder().master("local[" + cores + "]").appName("spark-scaling")
                .config("spark.ui.enabled", false).getOrCreate();
        try {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            long start = System.nanoTime();
            int status = PolicySpark.run(spark, new PrintWriter(out), new PrintWriter(err), "decide", "--overwrite",
                    "--max-split-bytes", String.valueOf(split), work.resolve("decisions").toString(), corpus.toString());
            double seconds = (System.nanoTime() - start) / 1e9;
            if (status != 0) {
                throw new IllegalStateException("decide failed (" + status + "): " + err + out);
            }
            return items / seconds;
        } finally {
            spark.stop();
        }
    }

    /** The library alone: the items shared out to {@code threads} threads, one evaluator; decisions/s. */
    private static double library(DroolsPolicyEvaluator evaluator, List<ContentItem> items, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<Integer>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                parts.add(pool.submit(() -> {
                    int decided = 0;
                    for (int i = first; i < items.size(); i += threads) {
                        sink += evaluator.evaluate(items.get(i)).findings().size();
                        decided++;
                    }
                    return decided;
                }));
            }
            int decided = 0;
            for (Future<Integer> part : parts) {
                decided += part.get();
            }
            return decided / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdown();
        }
    }

    private static double last(List<Double> values) {
        return values.get(values.size() - 1);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
