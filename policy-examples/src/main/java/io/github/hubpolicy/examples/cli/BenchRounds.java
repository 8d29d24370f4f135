package io.github.hubpolicy.examples.cli;

import io.github.hubpolicy.api.ContentItem;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.ToLongFunction;

/**
 * The measuring loop of {@code bench}: rounds in which each thread decides a chunk of
 * {@value #CHUNK} items in full, then runs the detectors alone on the same chunk, and moves on.
 * Both measurements thus see the same items under the same machine load, which on a shared
 * machine matters more than anything else for their ratio.
 *
 * <p>Measuring happens in slices ({@link #run}), each on a given number of threads; the tallies of
 * all slices on the same number of threads add up, and each thread resumes at the chunk where it
 * stopped. Alternating short slices on N threads and on one thread is how {@code bench} measures
 * how the rate scales with threads without the machine's load drifting between the two.
 *
 * <p>Latency is each call's own time from {@link System#nanoTime()} (a closed loop: no
 * queueing), kept per text-length band. Rates are items over the summed time of the calls, added
 * up over the threads. Not thread-safe: one caller drives it.
 */
final class BenchRounds {
    /** Items per round: small, so that a round is short even with long texts in it. */
    static final int CHUNK = 20;

    /** Text-length bands latency is reported by: cost is linear in length, so the tail of the corpus is the tail of its lengths. */
    enum Band {
        UP_TO_1_KIB("up to 1 KiB"), UP_TO_10_KIB("1 to 10 KiB"), LONGER("over 10 KiB");

        final String label;

        Band(String label) {
            this.label = label;
        }

        static Band of(ContentItem item) {
            int length = item.title().length() + item.text().length();
            return length <= 1024 ? UP_TO_1_KIB : length <= 10 * 1024 ? UP_TO_10_KIB : LONGER;
        }
    }

    /**
     * What the slices on one number of threads gave: latencies sorted, overall and by band, and the
     * rates by band (so that typical items, up to 1 KiB, read from the same run as the whole set).
     */
    record Result(int threads, long items, long rounds, double seconds, double fullRate, double floorRate,
                  long[] full, long[] floor, Map<Band, long[]> fullByBand, Map<Band, Rates> ratesByBand) {
    }

    /**
     * The items of one band measured, and their rates in full and detectors alone: items over the
     * summed time of their own calls, added up over the threads (as the overall rates are).
     */
    record Rates(long items, double fullRate, double floorRate) {
    }

    private final List<ContentItem> items;
    private final Band[] bands;
    private final ToLongFunction<ContentItem> full;
    private final ToLongFunction<ContentItem> floor;
    private final Map<Integer, Slices> byThreads = new HashMap<>();
    private volatile long sink;

    BenchRounds(List<ContentItem> items, ToLongFunction<ContentItem> full, ToLongFunction<ContentItem> floor) {
        this.items = List.copyOf(items);
        this.bands = this.items.stream().map(Band::of).toArray(Band[]::new);
        this.full = full;
        this.floor = floor;
    }

    /** Runs rounds on {@code threads} threads for {@code seconds}; each thread starts at its own chunk. */
    void run(int threads, double seconds) {
        Slices slices = byThreads.computeIfAbsent(threads, n -> new Slices(n, chunks()));
        CountDownLatch start = new CountDownLatch(1);
        long[] startedAt = new long[1];
        long nanos = (long) (seconds * 1e9);
        List<Thread> workers = new ArrayList<>();
        RuntimeException[] failure = new RuntimeException[1];
        for (Tally tally : slices.tallies) {
            Thread worker = new Thread(() -> {
                try {
                    start.await();
                    rounds(tally, startedAt[0] + nanos);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    synchronized (failure) {
                        failure[0] = e;
                    }
                }
            }, "bench-" + workers.size());
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
        slices.nanos += System.nanoTime() - startedAt[0];
        synchronized (failure) {
            if (failure[0] != null) {
                throw failure[0];
            }
        }
    }

    private void rounds(Tally tally, long deadline) {
        long local = 0;
        int chunks = chunks();
        while (System.nanoTime() < deadline) {
            int from = tally.chunk * CHUNK;
            int to = Math.min(items.size(), from + CHUNK);
            for (int i = from; i < to; i++) {
                long before = System.nanoTime();
                local += full.applyAsLong(items.get(i));
                long took = System.nanoTime() - before;
                tally.full.add(took);
                tally.fullByBand.get(bands[i]).add(took);
                tally.fullBandNanos[bands[i].ordinal()] += took;
                tally.bandItems[bands[i].ordinal()]++;
                tally.fullNanos += took;
            }
            for (int i = from; i < to; i++) {
                long before = System.nanoTime();
                local += floor.applyAsLong(items.get(i));
                long took = System.nanoTime() - before;
                tally.floor.add(took);
                tally.floorBandNanos[bands[i].ordinal()] += took;
                tally.floorNanos += took;
            }
            tally.items += to - from;
            tally.rounds++;
            tally.chunk = tally.chunk + 1 == chunks ? 0 : tally.chunk + 1;
        }
        sink += local;
    }

    /** Everything the slices on {@code threads} threads measured; all zeros when none ran. */
    Result result(int threads) {
        Slices slices = byThreads.computeIfAbsent(threads, n -> new Slices(n, chunks()));
        long total = 0;
        long rounds = 0;
        double fullRate = 0;
        double floorRate = 0;
        for (Tally tally : slices.tallies) {
            total += tally.items;
            rounds += tally.rounds;
            fullRate += tally.items / (Math.max(1, tally.fullNanos) / 1e9);
            floorRate += tally.items / (Math.max(1, tally.floorNanos) / 1e9);
        }
        Map<Band, long[]> byBand = new EnumMap<>(Band.class);
        Map<Band, Rates> rates = new EnumMap<>(Band.class);
        for (Band band : Band.values()) {
            byBand.put(band, LatencySamples.sortedUnion(slices.tallies.stream().map(t -> t.fullByBand.get(band)).toList()));
            int b = band.ordinal();
            long items = 0;
            double full = 0;
            double floor = 0;
            for (Tally tally : slices.tallies) {
                if (tally.bandItems[b] > 0) {
                    items += tally.bandItems[b];
                    full += tally.bandItems[b] / (Math.max(1, tally.fullBandNanos[b]) / 1e9);
                    floor += tally.bandItems[b] / (Math.max(1, tally.floorBandNanos[b]) / 1e9);
                }
            }
            rates.put(band, new Rates(items, full, floor));
        }
        return new Result(threads, total, rounds, slices.nanos / 1e9, fullRate, floorRate,
                LatencySamples.sortedUnion(slices.tallies.stream().map(t -> t.full).toList()),
                LatencySamples.sortedUnion(slices.tallies.stream().map(t -> t.floor).toList()), byBand, rates);
    }

    private int chunks() {
        return (items.size() + CHUNK - 1) / CHUNK;
    }

    /** The tallies of every slice on one number of threads. */
    private static final class Slices {
        final List<Tally> tallies = new ArrayList<>();
        long nanos;

        Slices(int threads, int chunks) {
            for (int t = 0; t < threads; t++) {
                tallies.add(new Tally((int) ((long) chunks * t / threads)));
            }
        }
    }

    /** One worker thread's tally; only that thread writes it while a slice runs. */
    private static final class Tally {
        final LatencySamples full = new LatencySamples();
        final LatencySamples floor = new LatencySamples();
        final Map<Band, LatencySamples> fullByBand = new EnumMap<>(Band.class);
        final long[] fullBandNanos = new long[Band.values().length];
        final long[] floorBandNanos = new long[Band.values().length];
        final long[] bandItems = new long[Band.values().length];
        long fullNanos;
        long floorNanos;
        long items;
        long rounds;
        int chunk;

        Tally(int firstChunk) {
            this.chunk = firstChunk;
            for (Band band : Band.values()) {
                fullByBand.put(band, new LatencySamples());
            }
        }
    }
}
