import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How far this machine scales text work of the detectors' kind from 1 to 2 threads when the
 * threads share nothing they write: each goes through the same 2,000 read-only texts (about
 * 4 MiB, like the generated corpus), copies each lower-cased, runs a regular expression over it
 * and builds a string. One and two threads alternate in slices of half a second, 20 of
 * each, so both see the same load; prints the median ratio and its range. This is the ceiling to
 * read {@code policy-cli bench --threads 2} against (docs/performance.md).
 *
 * <p>Run with the JDK alone: {@code java docs/MachineScaling.java}
 */
public class MachineScaling {
    private static final Pattern TOKENS = Pattern.compile("[a-z]+@[a-z.]+|\\d+(?:[-. ]\\d+)*|[a-z]{4,}");
    private static volatile long sink;
    /** 2,000 texts of 0.1 to 12 KiB, about 4 MiB in all, read by every thread: a working set like the corpus's. */
    private static final List<String> TEXTS = texts();

    private static List<String> texts() {
        java.util.Random random = new java.util.Random(1);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            String line = "Model card v2." + i + " trained 2024-05-01 on 8x A100, contact bob" + i
                    + "@example.org, call 555 123 " + (1000 + i) + "; results: accuracy 91." + (i % 10) + " f1 88.7\n";
            texts.add(line.repeat(1 + (int) Math.min(100, Math.abs(random.nextGaussian()) * 15)));
        }
        return List.copyOf(texts);
    }

    public static void main(String[] args) throws InterruptedException {
        slice(1, 2_000_000_000L);   // warm-up
        slice(2, 2_000_000_000L);
        double[] ratios = new double[20];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = slice(2, 500_000_000L) / slice(1, 500_000_000L);
        }
        Arrays.sort(ratios);
        System.out.printf(Locale.ROOT, "2 threads / 1 thread, nothing shared: median %.2fx (%.2f-%.2f over %d slice pairs) on %d processors%n",
                ratios[ratios.length / 2], ratios[0], ratios[ratios.length - 1], ratios.length,
                Runtime.getRuntime().availableProcessors());
    }

    /** Texts processed per second by {@code threads} threads in {@code nanos}. */
    private static double slice(int threads, long nanos) throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        long[] done = new long[threads];
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int id = t;
            Thread worker = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                long deadline = System.nanoTime() + nanos;
                long local = 0;
                int next = id * TEXTS.size() / threads;
                while (System.nanoTime() < deadline) {
                    String text = TEXTS.get(next);
                    next = next + 1 == TEXTS.size() ? 0 : next + 1;
                    Matcher tokens = TOKENS.matcher(text.toLowerCase(Locale.ROOT));
                    StringBuilder out = new StringBuilder();
                    while (tokens.find()) {
                        out.append(tokens.start()).append(',');
                    }
                    local += out.toString().hashCode();
                    done[id]++;
                }
                sink += local;
            });
            workers.add(worker);
            worker.start();
        }
        long begin = System.nanoTime();
        start.countDown();
        for (Thread worker : workers) {
            worker.join();
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        return Arrays.stream(done).sum() / seconds;
    }
}
