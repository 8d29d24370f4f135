package io.github.hubpolicy.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the decision service's request time goes, from a flight recording of the server: each
 * execution sample on a request thread ({@code http-nio-...-exec-N}) or a batch worker
 * ({@code decide-N}) is charged to the first {@link Stage} any of its frames belongs to, so
 * deciding counts as deciding wherever it is called from, and what is left of the servlet chain
 * is the HTTP and Spring MVC overhead. Execution samples see only threads running Java code, so
 * it also prints the CPU load of the JVM's threads by group ({@code jdk.ThreadCPULoad}: request
 * threads, batch workers, the JIT compiler, the rest), user and kernel time
 * ({@code jdk.CPULoad}) and the recording's GC pauses; GC threads are not Java threads and show
 * only in the kernel's accounting ({@code /proc/PID/task}).
 *
 * <pre>
 * java -cp policy-benchmarks/target/benchmarks.jar io.github.hubpolicy.benchmarks.HttpLoadTest --clients 4 \
 *     --server-option -XX:StartFlightRecording=filename=server.jfr,settings=profile
 * java -cp policy-benchmarks/target/benchmarks.jar io.github.hubpolicy.benchmarks.ServerJfrBreakdown server.jfr
 * </pre>
 */
public final class ServerJfrBreakdown {
    /** Threads that serve requests; start-up and housekeeping samples are left out. */
    private static final String REQUEST_THREADS = "http-nio-.*-exec-\\d+|decide-\\d+";

    /** What a sample is spent on, in the order a sample is matched against them. */
    private enum Stage {
        /** The evaluator, detectors and rules included. */
        DECIDE("deciding (PolicyEvaluator.evaluate)", "DroolsPolicyEvaluator.evaluate"),
        /** A batch line or single body read into an item. */
        PARSE("parsing items (ItemReader, LineSource)", "hubpolicy.json.ItemReader.", "hubpolicy.json.LineSource."),
        /** A decision written as JSON. */
        WRITE("writing decisions (DecisionWriter)", "hubpolicy.json.DecisionWriter."),
        /** Micrometer: the decision metrics outside evaluate, and the HTTP server metrics. */
        METRICS("metrics (Micrometer)", "io.micrometer."),
        /** Socket reads and writes outside parsing (a batch's flushes, single items' bodies and answers). */
        SOCKET("socket reads and writes (Tomcat NIO)", "org.apache.tomcat.util.net.NioEndpoint$NioSocketWrapper.",
                "sun.nio.ch."),
        /** The batch's own plumbing: reading ahead, chunks handed to the workers and back, ordering, writing. */
        BATCH("read-ahead, hand-over, ordering, slots (ours)", "hubpolicy.server.OrderedDecisions.",
                "hubpolicy.server.DecisionSlots", "hubpolicy.server.RequestInput.", "hubpolicy.server.BatchController.",
                "java.util.concurrent.FutureTask.", "java.util.concurrent.ThreadPoolExecutor.getTask"),
        /** The rest of the servlet filters, Spring MVC and the controllers. */
        SERVLET("servlet chain and Spring MVC", "org.apache.catalina.core.ApplicationFilterChain"),
        /** Tomcat reading requests and writing responses. */
        TOMCAT("Tomcat connection handling", "org.apache.coyote.", "org.apache.tomcat.util.net.");

        private final String label;
        private final String[] frames;

        Stage(String label, String... frames) {
            this.label = label;
            this.frames = frames;
        }

        boolean matches(String frame) {
            for (String prefix : frames) {
                if (frame.contains(prefix)) {
                    return true;
                }
            }
            return false;
        }
    }

    private ServerJfrBreakdown() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ServerJfrBreakdown RECORDING.jfr");
            System.exit(2);
        }
        Map<Stage, Integer> stages = new HashMap<>();
        Map<String, Double> threadLoad = new HashMap<>();
        double jvmUser = 0;
        double jvmSystem = 0;
        int samples = 0;
        int other = 0;
        int collections = 0;
        long pauseNanos = 0;
        long longestPause = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            String type = event.getEventType().getName();
            if (type.equals("jdk.GarbageCollection")) {
                long pause = event.getDuration("sumOfPauses").toNanos();
                collections++;
                pauseNanos += pause;
                longestPause = Math.max(longestPause, pause);
                continue;
            }
            if (type.equals("jdk.ThreadCPULoad") && event.getThread() != null) {
                threadLoad.merge(threadGroup(event.getThread().getJavaName()),
                        event.getDouble("user") + event.getDouble("system"), Double::sum);
                continue;
            }
            if (type.equals("jdk.CPULoad")) {
                jvmUser += event.getDouble("jvmUser");
                jvmSystem += event.getDouble("jvmSystem");
                continue;
            }
            if (!type.equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            String thread = event.getThread("sampledThread").getJavaName();
            if (thread == null || !thread.matches(REQUEST_THREADS)) {
                continue;
            }
            samples++;
            Stage stage = stageOf(event.getStackTrace().getFrames());
            if (stage == null) {
                other++;
            } else {
                stages.merge(stage, 1, Integer::sum);
            }
        }
        System.out.printf(Locale.ROOT, "%d execution samples on request threads and batch workers%n", samples);
        for (Stage stage : Stage.values()) {
            System.out.printf(Locale.ROOT, "  %-46s %5.1f%%%n", stage.label, percent(stages.getOrDefault(stage, 0), samples));
        }
        System.out.printf(Locale.ROOT, "  %-46s %5.1f%%%n", "other", percent(other, samples));
        double load = threadLoad.values().stream().mapToDouble(Double::doubleValue).sum();
        System.out.println("CPU load of the JVM's threads by group (GC threads not included)");
        threadLoad.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).forEach(group ->
                System.out.printf(Locale.ROOT, "  %-46s %5.1f%%%n", group.getKey(), percent(group.getValue(), load)));
        System.out.printf(Locale.ROOT, "JVM CPU: user %.1f%%, kernel %.1f%%%n", percent(jvmUser, jvmUser + jvmSystem),
                percent(jvmSystem, jvmUser + jvmSystem));
        System.out.printf(Locale.ROOT, "GC: %d collections, pauses %.1f ms in all, the longest %.1f ms%n", collections,
                pauseNanos / 1e6, longestPause / 1e6);
    }

    private static String threadGroup(String name) {
        if (name == null) {
            return "other";
        } else if (name.matches("http-nio-.*-exec-\\d+")) {
            return "request threads (http-nio-*-exec-N)";
        } else if (name.matches("decide-\\d+")) {
            return "batch workers (decide-N)";
        } else if (name.contains("CompilerThread")) {
            return "JIT compiler";
        }
        return "other";
    }

    private static Stage stageOf(List<RecordedFrame> frames) {
        for (Stage stage : Stage.values()) {
            for (RecordedFrame frame : frames) {
                if (stage.matches(frame.getMethod().getType().getName() + "." + frame.getMethod().getName())) {
                    return stage;
                }
            }
        }
        return null;
    }

    private static double percent(double part, double whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
