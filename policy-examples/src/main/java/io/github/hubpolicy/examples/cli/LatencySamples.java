package io.github.hubpolicy.examples.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Nanosecond latencies of one thread, kept as a plain array and sorted once at the end, which
 * gives exact percentiles with no dependency and no allocation per sample (the array only
 * doubles, a few dozen times at most). Past {@link #CAPACITY} samples it keeps a uniform random
 * sample of them (reservoir sampling), so a long run stays within 32 MiB per thread. Not
 * thread-safe: one per worker thread, merged after the run.
 */
final class LatencySamples {
    /** The most samples kept per thread: 4 Mi, 32 MiB. */
    static final int CAPACITY = 1 << 22;

    private long[] samples = new long[1 << 14];
    private int size;
    private long seen;
    private final Random random = new Random(1);

    void add(long nanos) {
        seen++;
        if (size < samples.length) {
            samples[size++] = nanos;
        } else if (size < CAPACITY) {
            samples = Arrays.copyOf(samples, Math.min(CAPACITY, samples.length * 2));
            samples[size++] = nanos;
        } else {
            long slot = (long) (random.nextDouble() * seen);
            if (slot < CAPACITY) {
                samples[(int) slot] = nanos;
            }
        }
    }

    /** All threads' samples, sorted. */
    static long[] sortedUnion(List<LatencySamples> parts) {
        int total = 0;
        for (LatencySamples part : parts) {
            total += part.size;
        }
        long[] all = new long[total];
        int at = 0;
        for (LatencySamples part : parts) {
            System.arraycopy(part.samples, 0, all, at, part.size);
            at += part.size;
        }
        Arrays.sort(all);
        return all;
    }

    /** The nearest-rank percentile ({@code p} in (0, 100]) of sorted samples, or 0 when there are none. */
    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
