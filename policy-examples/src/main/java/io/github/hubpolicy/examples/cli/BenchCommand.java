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
import java.util.Arrays;
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
 * <p>Phases: compile the rules (timed: a cold build in this JVM), decide every item once (the
 * verdict mix, and a first warm-up), warm up for S/2 seconds on full decisions and S/4 on the
 * detectors, then measure full decisions for S seconds and the detectors for S/2. Every phase runs
 * the same N threads, each cycling through all the items from its own starting point. Latency is
 * each call's own time (a closed loop: no queueing), from {@link System#nanoTime()}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures decisions per second and latency per decision (p50, p99, p99.9) of the rules on the",
                "items, and the detectors alone on the same items (reading each text once: the floor).",
                "Without ITEMS it uses a generated corpus (see 'generate'). With the defaults it takes about 25 s.",
                "The machine matters: compare ratios, and run on an otherwise idle machine."})
final class BenchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "ITEMS",
            description = "Item files (JSON Lines or a JSON array). Default: a generated corpus.")
    private List<Path> files = List.of();

    @Mixin
    private RuleSetOptions ruleSet;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "N", description = "Threads deciding at once (default: ${DEFAULT-VALUE}).")
    private int threads;

    @Option(names = "--seconds", defaultValue = "10", paramLabel = "S",
            description = "How long to measure full decisions (default: ${DEFAULT-VALUE}); warm-up takes 3/4 of it, the detectors half.")
    private double seconds;

    @Option(names = "--count", defaultValue = "2000", paramLabel = "N", description = "Generated corpus: how many items (default: ${DEFAULT-VALUE}).")
    private int count;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Generated corpus: the seed (default: ${DEFAULT-VALUE}).")
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
        out.printf(Locale.ROOT, "  verdicts        %s%n", verdictMix(evaluator, items));
        out.flush();

        ToLongFunction<ContentItem> full = item -> evaluator.evaluate(item).findings().size();
        ToLongFunction<ContentItem> detectors = item -> detect(scanner, item);
        run(items, full, seconds / 2);
        run(items, detectors, seconds / 4);
        Result decisions = run(items, full, seconds);
        Result floor = run(items, detectors, seconds / 2);

        out.printf(Locale.ROOT, "full evaluation  (%.1f s, %,d decisions)%n", decisions.seconds, decisions.operations);
        out.printf(Locale.ROOT, "  decisions/s     %,.0f%n", decisions.rate());
        out.printf(Locale.ROOT, "  latency p50     %s%n", micros(decisions.p50));
        out.printf(Locale.ROOT, "  latency p99     %s  (p99/p50 %.1fx)%n", micros(decisions.p99), ratio(decisions.p99, decisions.p50));
        out.printf(Locale.ROOT, "  latency p99.9   %s%n", micros(decisions.p999));
        out.printf(Locale.ROOT, "  latency max     %s%n", micros(decisions.max));
        out.printf(Locale.ROOT, "detectors only   (%.1f s, %,d items: text scan and pickle imports, no rule engine)%n",
                floor.seconds, floor.operations);
        out.printf(Locale.ROOT, "  detectors-only/s %,.0f%n", floor.rate());
        out.printf(Locale.ROOT, "  latency p50     %s%n", micros(floor.p50));
        out.printf(Locale.ROOT, "  latency p99     %s%n", micros(floor.p99));
        out.printf(Locale.ROOT, "full/detectors-only  %.2fx the time per item (detectors-only/s / decisions/s)%n",
                floor.rate() / decisions.rate());
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

    /** What one timed phase measured, over all threads. */
    private record Result(long operations, double seconds, long p50, long p99, long p999, long max) {
        double rate() {
            return operations / seconds;
        }
    }

    /** Runs {@code work} on {@link #threads} threads for {@code seconds}, each cycling through the items. */
    private Result run(List<ContentItem> items, ToLongFunction<ContentItem> work, double seconds) {
        long nanos = (long) (seconds * 1e9);
        CountDownLatch start = new CountDownLatch(1);
        List<LatencySamples> samples = new ArrayList<>();
        long[] operations = new long[threads];
        long[] ends = new long[threads];
        RuntimeException[] failure = new RuntimeException[1];
        List<Thread> workers = new ArrayList<>();
        long[] startedAt = new long[1];
        for (int t = 0; t < threads; t++) {
            LatencySamples mine = new LatencySamples();
            samples.add(mine);
            int worker = t;
            int offset = (int) ((long) items.size() * t / threads);
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                    long deadline = startedAt[0] + nanos;
                    long local = 0;
                    long ops = 0;
                    int next = offset;
                    long now = System.nanoTime();
                    while (now < deadline) {
                        ContentItem item = items.get(next);
                        next = next + 1 == items.size() ? 0 : next + 1;
                        long before = now;
                        local += work.applyAsLong(item);
                        now = System.nanoTime();
                        mine.add(now - before);
                        ops++;
                    }
                    operations[worker] = ops;
                    ends[worker] = now;
                    sink += local;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    synchronized (failure) {
                        failure[0] = e;
                    }
                }
            }, "bench-" + t);
            workers.add(thread);
            thread.start();
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
        synchronized (failure) {
            if (failure[0] != null) {
                throw failure[0];
            }
        }
        long end = Arrays.stream(ends).max().orElse(startedAt[0]);
        long total = Arrays.stream(operations).sum();
        long[] sorted = LatencySamples.sortedUnion(samples);
        return new Result(total, Math.max(1, end - startedAt[0]) / 1e9,
                LatencySamples.percentile(sorted, 50), LatencySamples.percentile(sorted, 99),
                LatencySamples.percentile(sorted, 99.9), sorted.length == 0 ? 0 : sorted[sorted.length - 1]);
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
