package io.github.hubpolicy.benchmarks;

import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.json.DecisionWriter;
import io.github.hubpolicy.json.ItemReader;
import io.github.hubpolicy.json.ItemWriter;
import io.github.hubpolicy.rules.DroolsPolicyEvaluator;
import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A bounded load test of the decision service over loopback: starts the packaged server jar as a
 * process, then for 1, 4 and 16 concurrent clients measures decisions per second and latency
 * (p50, p99) of single items ({@code POST /v1/decide}) and of batches ({@code POST
 * /v1/decide/batch}), next to two in-process rates of the same items on the same number of
 * threads in this run (measured while the server is idle): {@code evaluate(ContentItem)} on
 * items parsed beforehand (the engine alone), and "JSON in, JSON out" (a JSON line parsed, decided
 * and its decision written as JSON: what {@code policy-cli evaluate} does per line, and what the
 * server does per item besides HTTP). It also reports the CPU time each process spent per
 * decision in each HTTP scenario: on a small machine the clients share the cores with the
 * server. Each scenario stops after its time or its request cap; the server is stopped with
 * SIGTERM at the end.
 *
 * <pre>
 * mvn -B -ntp -q package -DskipTests -pl policy-server,policy-benchmarks -am
 * java -cp policy-benchmarks/target/benchmarks.jar io.github.hubpolicy.benchmarks.HttpLoadTest \
 *     [--jar policy-server/target/policy-server.jar] [--seconds 5] [--clients 1,4,16] [--batch 100]
 *     [--modes single,batch] [--server-option -XX:+UseParallelGC ...]
 * </pre>
 *
 * <p>{@code --server-option} (repeatable) passes a JVM option to the server process, e.g. a
 * flight recording: {@code --server-option -XX:StartFlightRecording=filename=server.jfr}.
 *
 * <p>The clients are {@link KeepAliveClient}s (one kept-alive connection each), light enough that
 * on a small machine the figures are the server's; they run on the same machine, so on 2 cores
 * client and server share the CPU.
 *
 * <pre>
 * </pre>
 */
public final class HttpLoadTest {
    /** Requests per client per scenario at most, so that a fast machine still stops soon. */
    private static final int MAX_REQUESTS_PER_CLIENT = 200_000;
    /** Per mode at least before anything is measured: both JVMs JIT-compile the paths first. */
    private static final Duration WARM_UP = Duration.ofSeconds(10);
    /** Warm-up goes on after {@link #WARM_UP}, up to this long in all, until neither JIT compiler is busy. */
    private static final Duration MAX_WARM_UP = Duration.ofSeconds(90);
    /**
     * Compiling time per 1-second slice under which a JIT compiler counts as quiet (as in
     * {@code policy-cli bench}). A compiler at work takes a core: after 10 s of warm-up only, the
     * server's compiler threads took 28-52% of its CPU in the batch scenarios (2 busy cores).
     */
    private static final long JIT_QUIET_MILLIS = 50;

    private final List<ContentItem> items;
    private final List<String> json;
    private final ItemReader reader = ItemReader.strict();
    private final Duration time;
    private final int batch;
    private final List<byte[]> singles;
    private final List<byte[]> batches = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private int port;
    private ProcessHandle serverProcess;
    /** Connections of the scenario running; closed when it ends. */
    private final List<KeepAliveClient> open = java.util.Collections.synchronizedList(new ArrayList<>());

    private HttpLoadTest(List<ContentItem> items, Duration time, int batch) {
        this.items = items;
        this.json = items.stream().map(ItemWriter::toJson).toList();
        this.time = time;
        this.batch = batch;
        this.singles = json.stream().map(j -> j.getBytes(StandardCharsets.UTF_8)).toList();
        for (int start = 0; start + batch <= json.size(); start += batch) {
            batches.add((String.join("\n", json.subList(start, start + batch)) + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * One scenario's outcome; CPU time of this process (the clients, or the in-process threads)
     * and of the server process over the scenario.
     */
    private record Result(long decisions, double seconds, long[] latenciesNanos, long clientCpuNanos, long serverCpuNanos) {
        double rate() {
            return decisions / seconds;
        }

        double clientMicrosPerDecision() {
            return clientCpuNanos / 1e3 / decisions;
        }

        double serverMicrosPerDecision() {
            return serverCpuNanos / 1e3 / decisions;
        }

        double percentileMillis(double p) {
            if (latenciesNanos.length == 0) {
                return Double.NaN;
            }
            long[] sorted = latenciesNanos.clone();
            Arrays.sort(sorted);
            return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
        }
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of("policy-server/target/policy-server.jar");
        Duration time = Duration.ofSeconds(5);
        int[] clients = {1, 4, 16};
        int batch = 100;
        List<String> modes = List.of("single", "batch");
        List<String> serverOptions = new ArrayList<>();
        for (int i = 0; i < args.length; i += 2) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--jar" -> jar = Path.of(value);
                case "--seconds" -> time = Duration.ofSeconds(Long.parseLong(value));
                case "--clients" -> clients = Arrays.stream(value.split(",")).mapToInt(Integer::parseInt).toArray();
                case "--batch" -> batch = Integer.parseInt(value);
                case "--modes" -> modes = List.of(value.split(","));
                case "--server-option" -> serverOptions.add(value);
                default -> {
                    System.err.println("usage: HttpLoadTest [--jar JAR] [--seconds N] [--clients 1,4,16] [--batch N]"
                            + " [--modes single,batch] [--server-option JVM-OPTION]...");
                    System.exit(2);
                }
            }
        }
        if (!Files.isRegularFile(jar)) {
            System.err.println("HttpLoadTest: no server jar at " + jar + " (mvn package -pl policy-server -am)");
            System.exit(2);
        }
        new HttpLoadTest(Corpora.named("upTo1KiB"), time, batch).run(jar, clients, modes, serverOptions);
    }

    private void run(Path jar, int[] clientCounts, List<String> modes, List<String> serverOptions) throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = Files.createTempFile("policy-server-load", ".log");
        int maxClients = Arrays.stream(clientCounts).max().orElse(1);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(serverOptions);
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port, "--server.address=127.0.0.1",
                "--hubpolicy.server.max-concurrent-decisions=" + Math.max(16, maxClients * 2)));
        Process server = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        serverProcess = server.toHandle();
        try {
            awaitReady(server, port, log);
            DroolsPolicyEvaluator evaluator = DroolsPolicyEvaluator.builder().build();
            System.out.printf(Locale.ROOT, "items: %d generated (upTo1KiB, seed %d); %d s per scenario; batches of %d;"
                    + " %d cores%n", items.size(), Corpora.SEED, time.toSeconds(), batch,
                    Runtime.getRuntime().availableProcessors());
            if (!serverOptions.isEmpty()) {
                System.out.println("server JVM options: " + String.join(" ", serverOptions));
            }
            // Warm-up: both sides JIT-compile before anything is measured.
            for (String mode : modes) {
                warmUp(mode, http(mode.equals("batch") ? this::batch : this::single), true);
            }
            warmUp("in-process", (client, n) -> inProcess(evaluator, client, n), false);
            warmUp("json-in-process", (client, n) -> inProcessJson(evaluator, client, n), false);
            System.out.println("mode    clients  decisions/s   p50 ms   p99 ms  server-CPU us/dec  client-CPU us/dec"
                    + "  in-process/s  HTTP/in-process  json-in-process/s  HTTP/json  in-process CPU us/dec  server-JIT");
            for (int clients : clientCounts) {
                Result local = measure(clients, time, (client, n) -> inProcess(evaluator, client, n));
                Result localJson = measure(clients, time, (client, n) -> inProcessJson(evaluator, client, n));
                for (String mode : modes) {
                    long compiling = serverCompilingMillis();
                    Result http = measure(clients, time, http(mode.equals("batch") ? this::batch : this::single));
                    double jitShare = (serverCompilingMillis() - compiling) * 1e6 / Math.max(1, http.serverCpuNanos());
                    print(mode, clients, http, local, localJson, jitShare);
                }
            }
            System.out.printf(Locale.ROOT, "in-process/s: evaluate(ContentItem) on items parsed beforehand, this JVM;"
                    + " json-in-process/s: a JSON line parsed, decided, its decision written as JSON (the CLI's work per"
                    + " line). HTTP adds Tomcat and Spring MVC, and the clients (this JVM) share the %d cores with the"
                    + " server: CPU us/dec is each process's CPU time per decision over the scenario (in-process: this"
                    + " JVM's, evaluate only); server-JIT: the server's JIT compiling time over its CPU time in the"
                    + " scenario (a compiler still at work takes CPU from the requests; the JVM counts compiling time"
                    + " as elapsed time, so on a busy machine this overstates it, even past 1).%n",
                    Runtime.getRuntime().availableProcessors());
        } finally {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    private static void print(String mode, int clients, Result http, Result local, Result localJson, double jitShare) {
        System.out.printf(Locale.ROOT, "%-7s %7d %12.0f %8.2f %8.2f %18.1f %18.1f %13.0f %16.2f %18.0f %10.2f %22.1f %11.2f%n",
                mode, clients, http.rate(), http.percentileMillis(0.50), http.percentileMillis(0.99),
                http.serverMicrosPerDecision(), http.clientMicrosPerDecision(), local.rate(), http.rate() / local.rate(),
                localJson.rate(), http.rate() / localJson.rate(), local.clientMicrosPerDecision(), jitShare);
    }

    /** One client's step: does request {@code n} and returns how many decisions it made. */
    private interface Step {
        int run(int client, int n) throws Exception;
    }

    /** A step over HTTP: the client's own kept-alive connection. */
    private interface HttpStep {
        int run(KeepAliveClient connection, int client, int n) throws IOException;
    }

    /** Each client thread opens its connection on its first request and keeps it for the scenario. */
    private Step http(HttpStep step) {
        ThreadLocal<KeepAliveClient> connections = new ThreadLocal<>();
        return (client, n) -> {
            KeepAliveClient connection = connections.get();
            if (connection == null || n == 0) {
                connection = new KeepAliveClient(port);
                connections.set(connection);
                open.add(connection);
            }
            return step.run(connection, client, n);
        };
    }

    private int single(KeepAliveClient client, int index, int n) throws IOException {
        client.post("/v1/decide", "application/json", singles.get((index * 7919 + n) % singles.size()));
        return 1;
    }

    private int batch(KeepAliveClient client, int index, int n) throws IOException {
        byte[] response = client.post("/v1/decide/batch", "application/x-ndjson", batches.get((index * 31 + n) % batches.size()));
        int lines = 0;
        for (byte b : response) {
            lines += b == '\n' ? 1 : 0;
        }
        if (lines != batch) {
            throw new IllegalStateException("a batch of " + batch + " answered with " + lines + " records");
        }
        return batch;
    }

    private int inProcess(DroolsPolicyEvaluator evaluator, int client, int n) {
        evaluator.evaluate(items.get((client * 7919 + n) % items.size()));
        return 1;
    }

    /** JSON in, JSON out: the bytes of a line decoded and parsed, the item decided, its decision written and encoded. */
    private int inProcessJson(DroolsPolicyEvaluator evaluator, int client, int n) {
        String line = new String(singles.get((client * 7919 + n) % singles.size()), StandardCharsets.UTF_8);
        byte[] out = DecisionWriter.toJson(evaluator.evaluate(reader.parse(line))).getBytes(StandardCharsets.UTF_8);
        return out.length > 0 ? 1 : 0;
    }

    /**
     * Runs {@code step} on 4 clients for {@link #WARM_UP}, then in 1-second slices until this JVM's
     * JIT compiler and (for HTTP) the server's spent under {@value #JIT_QUIET_MILLIS} ms compiling
     * in a slice, for {@link #MAX_WARM_UP} at most; prints how long it took.
     */
    private void warmUp(String what, Step step, boolean overHttp) throws Exception {
        long start = System.nanoTime();
        measure(4, WARM_UP, step);
        boolean quiet = false;
        while (!quiet && System.nanoTime() - start < MAX_WARM_UP.toNanos()) {
            long own = ownCompilingMillis();
            long server = overHttp ? serverCompilingMillis() : 0;
            measure(4, Duration.ofSeconds(1), step);
            quiet = ownCompilingMillis() - own < JIT_QUIET_MILLIS
                    && (!overHttp || serverCompilingMillis() - server < JIT_QUIET_MILLIS);
        }
        System.out.printf(Locale.ROOT, "warm-up %s: %.0f s%s%n", what, (System.nanoTime() - start) / 1e9,
                quiet ? " (until the JIT compilers were quiet for a second)" : " (the JIT compilers were still busy)");
    }

    /** This JVM's JIT compiling time so far, in ms (0 when the JVM cannot tell). */
    private static long ownCompilingMillis() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    /** The server's JIT compiling time so far, in ms, from its Prometheus scrape ({@code jvm_compilation_time_ms_total}). */
    private long serverCompilingMillis() throws IOException, InterruptedException {
        HttpResponse<String> scrape = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString());
        return scrape.body().lines().filter(line -> line.startsWith("jvm_compilation_time_ms_total"))
                .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    /** Runs {@code clients} threads doing steps for {@code duration} (or the request cap), timing each step. */
    private Result measure(int clients, Duration duration, Step step) throws Exception {
        try {
            return measureOnce(clients, duration, step);
        } finally {
            synchronized (open) {
                for (KeepAliveClient connection : open) {
                    connection.close();
                }
                open.clear();
            }
        }
    }

    private Result measureOnce(int clients, Duration duration, Step step) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            long clientCpu = cpuNanos(ProcessHandle.current());
            long serverCpu = cpuNanos(serverProcess);
            long start = System.nanoTime();
            long end = start + duration.toNanos();
            List<Future<long[]>> futures = new ArrayList<>();
            long[] decisions = new long[clients];
            for (int c = 0; c < clients; c++) {
                int client = c;
                futures.add(pool.submit(() -> {
                    long[] latencies = new long[1024];
                    int count = 0;
                    for (int n = 0; n < MAX_REQUESTS_PER_CLIENT && System.nanoTime() < end; n++) {
                        long t0 = System.nanoTime();
                        decisions[client] += step.run(client, n);
                        if (count == latencies.length) {
                            latencies = Arrays.copyOf(latencies, count * 2);
                        }
                        latencies[count++] = System.nanoTime() - t0;
                    }
                    return Arrays.copyOf(latencies, count);
                }));
            }
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> future : futures) {
                all.add(future.get());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            clientCpu = cpuNanos(ProcessHandle.current()) - clientCpu;
            serverCpu = cpuNanos(serverProcess) - serverCpu;
            long[] latencies = all.stream().flatMapToLong(Arrays::stream).toArray();
            return new Result(Arrays.stream(decisions).sum(), seconds, latencies, clientCpu, serverCpu);
        } finally {
            pool.shutdownNow();
        }
    }

    /** CPU time (user and system, all threads) of a process so far. */
    private static long cpuNanos(ProcessHandle process) {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    private void awaitReady(Process server, int port, Path log) throws Exception {
        URI readiness = URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(600);
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("the server exited: " + Files.readString(log));
            }
            try {
                if (http.send(HttpRequest.newBuilder(readiness).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the server was not ready within 600 s");
    }
}
