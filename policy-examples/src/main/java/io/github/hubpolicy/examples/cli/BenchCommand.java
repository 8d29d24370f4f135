package io.github.hubpolicy.examples.cli;

import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.api.Verdict;
import io.github.hubpolicy.testkit.corpus.CorpusGenerator;
import io.github.hubpolicy.examples.corpus.DetectorsOnly;
import io.github.hubpolicy.json.ItemReader;
import io.github.hubpolicy.json.ReadResult;
import io.github.hubpolicy.rules.DroolsPolicyEvaluator;
import io.github.hubpolicy.rules.RuleCompilationException;
import io.github.hubpolicy.rules.detect.Detectors;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.ToLongFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code bench [--rules DIR] [--threads N] [--seconds S] [ITEMS...]}: measures decisions per second
 * and latency per decision of a rule set on a set of items, and the detectors alone on the same
 * items (the floor: reading each text once).
 *
 * <p>Phases: compile the rules (timed: cold when it is the first build in the JVM), decide every
 * item once (the verdict mix; it counts as warm-up), warm up until the JIT compiler is quiet
 * (at least S/3, at most S seconds; see {@link #warmUp}), then
 * measure for S seconds in {@link BenchRounds}: full decisions and the detectors alone in
 * alternation, a chunk of items at a time. With N > 1 threads, measuring alternates slices of at
 * most {@value #SLICE_SECONDS} s on N threads and on one thread (half the time each), so that the
 * scaling N threads / 1 thread compares two rates measured under the same load.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures decisions per second and latency per decision (p50, p99, p99.9) of the rules on the items, "
                + "and the detectors alone on the same items (reading each text once: the floor), in alternation, 20 items "
                + "at a time. Without ITEMS it uses a generated corpus (see 'generate'). With N > 1 threads, it also "
                + "measures one thread in alternating slices and prints the scaling. With the defaults it takes about 30 s. "
                + "Compare ratios, and run it on an otherwise idle machine.")
final class BenchCommand implements Callable<Integer> {
    /** Compiling time per 1-second slice under which the JIT compiler counts as quiet. */
    static final long JIT_QUIET_MILLIS = 50;
    /** The longest slice on one number of threads when measuring how the rate scales with threads. */
    static final double SLICE_SECONDS = 1.0;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "ITEMS",
            description = "Item files (JSON Lines or a JSON array). Default: a generated corpus.")
    private List<Path> files = List.of();

    @Mixin
    private RuleSetOptions ruleSet;

    @ParentCommand
    private PolicyCli cli;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "N", description = "Threads deciding at once (default: ${DEFAULT-VALUE}).")
    private int threads;

    @Option(names = "--seconds", defaultValue = "15", paramLabel = "S",
            description = "How long to measure, full decisions and detectors together (default: ${DEFAULT-VALUE}); warm-up takes S/3 to S more, until the JIT compiler is quiet.")
    private double seconds;

    @Option(names = "--count", defaultValue = "2000", paramLabel = "N", description = "Generated corpus: how many items (default: ${DEFAULT-VALUE}).")
    private int count;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "SEED", description = "Generated corpus: the seed (default: ${DEFAULT-VALUE}).")
    private long seed;

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
        Detectors detectorPass;
        long compileStart = System.nanoTime();
        try {
            evaluator = ruleSet.builder().build();
            detectorPass = Detectors.forPhoneRegion(ruleSet.phoneRegion);
        } catch (RuleCompilationException | IllegalArgumentException | UncheckedIOException e) {
            err.println("policy-cli bench: " + e.getMessage());
            return PolicyCli.EXIT_USAGE;
        }
        long compileNanos = System.nanoTime() - compileStart;

        out.println("policy-cli bench");
        out.printf(Locale.ROOT, "  items           %s%n", describe(items));
        out.printf(Locale.ROOT, "  rules           %d (%s), %s%n", evaluator.rules().size(),
                ruleSet.describe(), evaluator.policy().rules());
        out.printf(Locale.ROOT, "  compiled in     %d ms (cold when it is the first build in this JVM)%n", compileNanos / 1_000_000);
        out.printf(Locale.ROOT, "  threads         %d (of %d processors)%n", threads, Runtime.getRuntime().availableProcessors());
        ToLongFunction<ContentItem> full = item -> evaluator.evaluate(item).findings().size();
        ToLongFunction<ContentItem> detectors = item -> DetectorsOnly.run(detectorPass, item);
        long warmUpStart = System.nanoTime();
        String verdicts = verdictMix(evaluator, items);
        boolean jitQuiet = warmUp(new BenchRounds(items, full, detectors), warmUpStart);
        double warmedUp = (System.nanoTime() - warmUpStart) / 1e9;
        out.printf(Locale.ROOT, "  verdicts        %s%n", verdicts);
        out.printf(Locale.ROOT, "  warmed up       %.1f s %s%n", warmedUp, jitQuiet
                ? "(until the JIT compiler was quiet for a second)"
                : "(the JIT compiler was still at work, which lowers the figures most on several threads: a larger --seconds warms up longer)");
        out.flush();
        BenchRounds rounds = new BenchRounds(items, full, detectors);
        measure(rounds);
        print(out, rounds);
        out.flush();
        return unreadable == 0 ? PolicyCli.EXIT_OK : PolicyCli.EXIT_UNREADABLE_ITEMS;
    }

    /**
     * Warms up (counting from {@code start}, the first pass over the items) on {@link #threads}
     * threads for at least S/3 seconds, then until the JIT compiler spent less than
     * {@value #JIT_QUIET_MILLIS} ms of a 1-second slice compiling (in the first seconds it takes
     * about a whole core), for S seconds at most. A compiler at work takes a core from the
     * workers, which shows most on N threads: measured after S/3 only, two threads gave 1.5-1.7x
     * one; after the JIT was quiet, 1.8-2.1x.
     *
     * @return whether the compiler was quiet (always false when the JVM cannot tell)
     */
    private boolean warmUp(BenchRounds rounds, long start) {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        boolean monitored = jit != null && jit.isCompilationTimeMonitoringSupported();
        while (true) {
            double spent = (System.nanoTime() - start) / 1e9;
            if (spent >= seconds) {
                return false;
            }
            long compiledBefore = monitored ? jit.getTotalCompilationTime() : 0;
            rounds.run(threads, Math.min(1.0, seconds - spent));
            boolean quiet = monitored && jit.getTotalCompilationTime() - compiledBefore < JIT_QUIET_MILLIS;
            if ((System.nanoTime() - start) / 1e9 >= seconds / 3 && (quiet || !monitored)) {
                return quiet;
            }
        }
    }

    /** The measured figures: full decisions (overall and by text length), the detectors alone, their ratio, and the scaling. */
    private void print(PrintWriter out, BenchRounds rounds) {
        BenchRounds.Result result = rounds.result(threads);

        out.printf(Locale.ROOT, "  measured        %.1f s%s: %,d rounds of %d items, each decided in full, then scanned by the detectors alone%n",
                result.seconds(), threads == 1 ? "" : " on " + threads + " threads", result.rounds(), BenchRounds.CHUNK);
        out.printf(Locale.ROOT, "full evaluation  (%,d decisions)%n", result.items());
        out.printf(Locale.ROOT, "  decisions/s     %,.0f%n", result.fullRate());
        long[] latencies = result.full();
        out.printf(Locale.ROOT, "  latency p50     %s%n", micros(percentile(latencies, 50)));
        out.printf(Locale.ROOT, "  latency p99     %s  (p99/p50 %.1fx)%n", micros(percentile(latencies, 99)),
                ratio(percentile(latencies, 99), percentile(latencies, 50)));
        out.printf(Locale.ROOT, "  latency p99.9   %s%n", micros(percentile(latencies, 99.9)));
        out.printf(Locale.ROOT, "  latency max     %s%n", micros(percentile(latencies, 100)));
        out.printf(Locale.ROOT, "  by text length  (cost is linear in length: the tail of latency is the tail of lengths)%n");
        for (Map.Entry<BenchRounds.Band, long[]> band : result.fullByBand().entrySet()) {
            long[] sorted = band.getValue();
            if (sorted.length > 0) {
                out.printf(Locale.ROOT, "    %-13s %5.1f%%  p50 %s  p99 %s  (p99/p50 %.1fx)%n", band.getKey().label,
                        100.0 * sorted.length / latencies.length, micros(percentile(sorted, 50)),
                        micros(percentile(sorted, 99)), ratio(percentile(sorted, 99), percentile(sorted, 50)));
            }
        }
        out.printf(Locale.ROOT, "  rate by length  (each band's items over the time of their own calls)%n");
        out.printf(Locale.ROOT, "    %-13s %12s %17s %20s%n", "", "decisions/s", "detectors-only/s", "full/detectors-only");
        for (Map.Entry<BenchRounds.Band, BenchRounds.Rates> band : result.ratesByBand().entrySet()) {
            BenchRounds.Rates rates = band.getValue();
            if (rates.items() > 0) {
                out.printf(Locale.ROOT, "    %-13s %,12.0f %,17.0f %19.2fx%n", band.getKey().label, rates.fullRate(),
                        rates.floorRate(), rates.floorRate() / rates.fullRate());
            }
        }
        out.printf(Locale.ROOT, "detectors only   (the same %,d items: text scan and pickle imports, no rule engine)%n", result.items());
        out.printf(Locale.ROOT, "  detectors-only/s %,.0f%n", result.floorRate());
        out.printf(Locale.ROOT, "  latency p50     %s%n", micros(percentile(result.floor(), 50)));
        out.printf(Locale.ROOT, "  latency p99     %s%n", micros(percentile(result.floor(), 99)));
        out.printf(Locale.ROOT, "full/detectors-only  %.2fx the time per item (detectors-only/s / decisions/s)%n",
                result.floorRate() / result.fullRate());
        if (threads > 1) {
            BenchRounds.Result one = rounds.result(1);
            out.printf(Locale.ROOT, "%d threads / 1 thread  %.2fx decisions/s (%,.0f on 1 thread), %.2fx detectors-only/s;"
                            + " measured in alternating slices, %.1f s on 1 thread%n",
                    threads, result.fullRate() / one.fullRate(), one.fullRate(), result.floorRate() / one.floorRate(), one.seconds());
        }
    }

    /** S seconds on {@link #threads} threads; with more than one, alternating with slices on one thread. */
    private void measure(BenchRounds rounds) {
        if (threads == 1) {
            rounds.run(1, seconds);
            return;
        }
        for (double left = seconds; left > 1e-3; ) {
            double slice = Math.min(SLICE_SECONDS, left / 2);
            rounds.run(threads, slice);
            rounds.run(1, slice);
            left -= 2 * slice;
        }
    }

    /** Reads the item files; returns how many records were unreadable, or -1 when a file cannot be read. */
    private int read(List<ContentItem> items, PrintWriter err) {
        List<String> names = InputFiles.names(files);
        String unreadableFile = InputFiles.problem(names);
        if (unreadableFile != null) {
            err.println("policy-cli bench: " + unreadableFile);
            return -1;
        }
        int[] unreadable = {0};
        String cannotRead = InputFiles.readItems(names, ItemReader.strict(), cli.stdin(), (file, record) -> {
            if (record instanceof ReadResult.Parsed parsed) {
                items.add(parsed.item());
            } else if (record instanceof ReadResult.Unreadable bad) {
                unreadable[0]++;
                err.println(InputFiles.located(file, bad));
            }
        });
        if (cannotRead != null) {
            err.println("policy-cli bench: " + cannotRead);
            return -1;
        }
        return unreadable[0];
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
