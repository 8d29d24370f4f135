package io.github.hubpolicy.examples.cli;

import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.api.ItemFile;
import io.github.hubpolicy.api.Verdict;
import io.github.hubpolicy.examples.corpus.CorpusGenerator;
import io.github.hubpolicy.json.ItemReader;
import io.github.hubpolicy.json.ReadResult;
import io.github.hubpolicy.rules.DroolsPolicyEvaluator;
import io.github.hubpolicy.rules.RuleCompilationException;
import io.github.hubpolicy.rules.detect.PickleImports;
import io.github.hubpolicy.rules.detect.TextScan;
import io.github.hubpolicy.rules.detect.TextScanner;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.ToLongFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bench [--rules DIR] [--threads N] [--seconds S] [ITEMS...]}: measures decisions per second
 * and latency per decision of a rule set on a set of items, and the detectors alone on the same
 * items (the floor: reading each text once).
 *
 * <p>Phases: compile the rules (timed: cold when it is the first build in the JVM), decide every
 * item once (the verdict mix; it counts as warm-up), warm up until S/3 seconds have passed, then
 * measure for S seconds. Measuring runs in rounds: each thread decides a chunk of
 * {@value #CHUNK} items in full, then runs the detectors alone on the same chunk, and moves on
 * to the next chunk. Both measurements thus see the same items and the same machine load, which
 * on a shared machine matters more than anything else for their ratio. Latency is each call's own
 * time from {@link System#nanoTime()} (a closed loop: no queueing); rates are items over the
 * summed time of the calls, added up over the threads.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures decisions per second and latency per decision (p50, p99, p99.9)",
                "of the rules on the items, and the detectors alone on the same items (reading",
                "each text once: the floor), in alternation, 20 items at a time. Without ITEMS",
                "it uses a generated corpus (see 'generate'). With the defaults it takes",
                "about 30 s. Compare ratios, and run it on an otherwise idle machine."})
final class BenchCommand implements Callable<Integer> {
    /** Items per round: small, so that a round is short even with long texts in it. */
    static final int CHUNK = 20;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "ITEMS",
            description = "Item files (JSON Lines or a JSON array). Default: a generated corpus.")
    private List<Path> files = List.of();

    @Mixin
    private RuleSetOptions ruleSet;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "N", description = "Threads deciding at once (default: ${DEFAULT-VALUE}).")
    private int threads;

    @Option(names = "--seconds", defaultValue = "15", paramLabel = "S",
            description = "How long to measure, full decisions and detectors together (default: ${DEFAULT-VALUE}); warm-up takes S/3 more.")
    private double seconds;

    @Option(names = "--count", defaultValue = "2000", paramLabel = "N", description = "Generated corpus: how many items (default: ${DEFAULT-VALUE}).")
    private int count;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "SEED", description = "Generated corpus: the seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    private volatile long sink;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (threads < 1 || !(seconds > 0) || count < 1) {
            err.println("policy-cli bench: --threads and --count must be at least 1 and --seconds positive");
            return PolicyCli.EXIT_USAGE;
        }
        List<ContentItem> items = new ArrayList<>();
        int unreadable = files.isEmpty() ? 0 : read(items, err);
        if (unreadable < 0) {
            return PolicyCli.EXIT_USAGE;
        }
        if (files.isEmpty()) {
            items.addAll(new CorpusGenerator(seed).items(count));
        } else if (items.isEmpty()) {
            err.println("policy-cli bench: no readable items");
            return PolicyCli.EXIT_USAGE;
        }

        DroolsPolicyEvaluator evaluator;
        TextScanner scanner;
        long compileStart = System.nanoTime();
        try {
            evaluator = ruleSet.builder().build();
            scanner = new TextScanner(ruleSet.phoneRegion);
        } catch (RuleCompilationException | IllegalArgumentException | UncheckedIOException e) {
            err.println("policy-cli bench: " + e.getMessage());
            return PolicyCli.EXIT_USAGE;
        }
        long compileNanos = System.nanoTime() - compileStart;

        out.println("policy-cli bench");
        out.printf(Locale.ROOT, "  items           %s%n", describe(items));
        out.printf(Locale.ROOT, "  rules           %d (%s), %s%n", evaluator.rules().size(),
                ruleSet.noBundledRules ? "from " + ruleSet.ruleDirectories
                        : ruleSet.ruleDirectories.isEmpty() ? "bundled" : "bundled + " + ruleSet.ruleDirectories,
                evaluator.policy().rules());
        out.printf(Locale.ROOT, "  compiled in     %d ms (cold when it is the first build in this JVM)%n", compileNanos / 1_000_000);
        out.printf(Locale.ROOT, "  threads         %d (of %d processors)%n", threads, Runtime.getRuntime().availableProcessors());
        ToLongFunction<ContentItem> full = item -> evaluator.evaluate(item).findings().size();
        ToLongFunction<ContentItem> detectors = item -> detect(scanner, item);
        long warmUpStart = System.nanoTime();
        String verdicts = verdictMix(evaluator, items);
        double warmedUp = (System.nanoTime() - warmUpStart) / 1e9;
        if (warmedUp < seconds / 3) {
            run(items, full, detectors, seconds / 3 - warmedUp);
        }
        out.printf(Locale.ROOT, "  verdicts        %s%n", verdicts);
        out.flush();
        Result result = run(items, full, detectors, seconds);

        out.printf(Locale.ROOT, "  measured        %.1f s: %,d rounds of %d items, each decided in full, then scanned by the detectors alone%n",
                result.seconds, result.rounds, CHUNK);
        out.printf(Locale.ROOT, "full evaluation  (%,d decisions)%n", result.items);
        out.printf(Locale.ROOT, "  decisions/s     %,.0f%n", result.fullRate);
        out.printf(Locale.ROOT, "  latency p50     %s%n", micros(percentile(result.full, 50)));
        out.printf(Locale.ROOT, "  latency p99     %s  (p99/p50 %.1fx)%n", micros(percentile(result.full, 99)),
                ratio(percentile(result.full, 99), percentile(result.full, 50)));
        out.printf(Locale.ROOT, "  latency p99.9   %s%n", micros(percentile(result.full, 99.9)));
        out.printf(Locale.ROOT, "  latency max     %s%n", micros(percentile(result.full, 100)));
        out.printf(Locale.ROOT, "detectors only   (the same %,d items: text scan and pickle imports, no rule engine)%n", result.items);
        out.printf(Locale.ROOT, "  detectors-only/s %,.0f%n", result.floorRate);
        out.printf(Locale.ROOT, "  latency p50     %s%n", micros(percentile(result.floor, 50)));
        out.printf(Locale.ROOT, "  latency p99     %s%n", micros(percentile(result.floor, 99)));
        out.printf(Locale.ROOT, "full/detectors-only  %.2fx the time per item (detectors-only/s / decisions/s)%n",
                result.floorRate / result.fullRate);
        out.flush();
        return unreadable == 0 ? PolicyCli.EXIT_OK : PolicyCli.EXIT_UNREADABLE_ITEMS;
    }

    /** Reads the item files; returns how many records were unreadable, or -1 when a file cannot be read. */
    private int read(List<ContentItem> items, PrintWriter err) {
        int unreadable = 0;
        ItemReader reader = ItemReader.strict();
        for (Path file : files) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (ReadResult result : reader.readAll(in)) {
                    if (result instanceof ReadResult.Parsed parsed) {
                        items.add(parsed.item());
                    } else if (result instanceof ReadResult.Unreadable bad) {
                        unreadable++;
                        err.println(file + ":" + bad.line() + ": " + (bad.id() == null ? "" : bad.id() + ": ") + bad.error());
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                err.println("policy-cli bench: cannot read " + file + ": " + e.getMessage());
                return -1;
            }
        }
        return unreadable;
    }

    private String describe(List<ContentItem> items) {
        int[] lengths = items.stream().mapToInt(i -> i.title().length() + i.text().length()).sorted().toArray();
        String source = files.isEmpty() ? "generated (seed " + seed + ")" : "from " + files;
        return String.format(Locale.ROOT, "%,d %s; text length median %s, p99 %s, max %s", items.size(), source,
                kib(lengths[lengths.length / 2]), kib(lengths[(int) Math.min(lengths.length - 1, Math.ceil(lengths.length * 0.99) - 1)]),
                kib(lengths[lengths.length - 1]));
    }

    private static String verdictMix(DroolsPolicyEvaluator evaluator, List<ContentItem> items) {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (ContentItem item : items) {
            Decision decision = evaluator.evaluate(item);
            counts.merge(decision.verdict(), 1, Integer::sum);
        }
        StringBuilder mix = new StringBuilder();
        for (Verdict verdict : Verdict.values()) {
            mix.append(mix.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%s %.1f%%", verdict,
                    100.0 * counts.getOrDefault(verdict, 0) / items.size()));
        }
        return mix.toString();
    }

    /** The detectors' part of a decision: the text scan and the pickle-import classification. */
    private static long detect(TextScanner scanner, ContentItem item) {
        TextScan scan = scanner.scan(item.title(), item.text(), item.kind().isCommunity());
        long found = scan.contactDetails().size() + scan.identifiers().size() + scan.credentials().size() + scan.links();
        for (ItemFile file : item.files()) {
            for (String name : file.pickleImports()) {
                found += PickleImports.classify(name).ordinal();
            }
        }
        return found;
    }

    /** What the measuring rounds gave, over all threads; latencies sorted. */
    private record Result(long items, long rounds, double seconds, double fullRate, double floorRate, long[] full, long[] floor) {
    }

    /** One worker thread's tally. */
    private static final class Tally {
        final LatencySamples full = new LatencySamples();
        final LatencySamples floor = new LatencySamples();
        long fullNanos;
        long floorNanos;
        long items;
        long rounds;
    }

    /**
     * Runs rounds on {@link #threads} threads for {@code seconds}: each round times {@code full},
     * then {@code floor}, on the same chunk of items; each thread starts at its own chunk.
     */
    private Result run(List<ContentItem> items, ToLongFunction<ContentItem> full, ToLongFunction<ContentItem> floor,
                       double seconds) {
        int chunks = (items.size() + CHUNK - 1) / CHUNK;
        CountDownLatch start = new CountDownLatch(1);
        long[] startedAt = new long[1];
        long nanos = (long) (seconds * 1e9);
        List<Tally> tallies = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        RuntimeException[] failure = new RuntimeException[1];
        for (int t = 0; t < threads; t++) {
            Tally tally = new Tally();
            tallies.add(tally);
            int firstChunk = (int) ((long) chunks * t / threads);
            Thread worker = new Thread(() -> {
                try {
                    start.await();
                    long deadline = startedAt[0] + nanos;
                    long local = 0;
                    int chunk = firstChunk;
                    while (System.nanoTime() < deadline) {
                        int from = chunk * CHUNK;
                        int to = Math.min(items.size(), from + CHUNK);
                        for (int i = from; i < to; i++) {
                            long before = System.nanoTime();
                            local += full.applyAsLong(items.get(i));
                            long took = System.nanoTime() - before;
                            tally.full.add(took);
                            tally.fullNanos += took;
                        }
                        for (int i = from; i < to; i++) {
                            long before = System.nanoTime();
                            local += floor.applyAsLong(items.get(i));
                            long took = System.nanoTime() - before;
                            tally.floor.add(took);
                            tally.floorNanos += took;
                        }
                        tally.items += to - from;
                        tally.rounds++;
                        chunk = chunk + 1 == chunks ? 0 : chunk + 1;
                    }
                    sink += local;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    synchronized (failure) {
                        failure[0] = e;
                    }
                }
            }, "bench-" + t);
            workers.add(worker);
            worker.start();
        }
        startedAt[0] = System.nanoTime();
        start.countDown();
        for (Thread worker : workers) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        long elapsed = System.nanoTime() - startedAt[0];
        synchronized (failure) {
            if (failure[0] != null) {
                throw failure[0];
            }
        }
        long total = 0;
        long rounds = 0;
        double fullRate = 0;
        double floorRate = 0;
        for (Tally tally : tallies) {
            total += tally.items;
            rounds += tally.rounds;
            fullRate += tally.items / (Math.max(1, tally.fullNanos) / 1e9);
            floorRate += tally.items / (Math.max(1, tally.floorNanos) / 1e9);
        }
        return new Result(total, rounds, elapsed / 1e9, fullRate, floorRate,
                LatencySamples.sortedUnion(tallies.stream().map(t -> t.full).toList()),
                LatencySamples.sortedUnion(tallies.stream().map(t -> t.floor).toList()));
    }

    private static long percentile(long[] sorted, double p) {
        return LatencySamples.percentile(sorted, p);
    }

    private static String micros(long nanos) {
        return String.format(Locale.ROOT, "%,.1f µs", nanos / 1000.0);
    }

    private static double ratio(long a, long b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static String kib(int chars) {
        return chars < 1024 ? chars + " chars" : String.format(Locale.ROOT, "%.1f KiB", chars / 1024.0);
    }
}
