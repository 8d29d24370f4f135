package io.github.hubpolicy.benchmarks;

import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.json.ItemWriter;
import io.github.hubpolicy.rules.DroolsPolicyEvaluator;
import java.io.IOException;
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
 * /v1/decide/batch}), next to the in-process rate of the same items on the same number of
 * threads in this run (measured while the server is idle). Each scenario stops after its time or
 * its request cap; the server is stopped with SIGTERM at the end.
 *
 * <pre>
 * mvn -B -ntp -q package -DskipTests -pl policy-server,policy-benchmarks -am
 * java -cp policy-benchmarks/target/benchmarks.jar io.github.hubpolicy.benchmarks.HttpLoadTest \
 *     [--jar policy-server/target/policy-server.jar] [--seconds 5] [--clients 1,4,16] [--batch 100]
 * </pre>
 */
public final class HttpLoadTest {
    /** Requests per client per scenario at most, so that a fast machine still stops soon. */
    private static final int MAX_REQUESTS_PER_CLIENT = 200_000;

    private final List<ContentItem> items;
    private final List<String> json;
    private final Duration time;
    private final int batch;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private URI decide;
    private URI decideBatch;

    private HttpLoadTest(List<ContentItem> items, Duration time, int batch) {
        this.items = items;
        this.json = items.stream().map(ItemWriter::toJson).toList();
        this.time = time;
        this.batch = batch;
    }

    /** One scenario's outcome. */
    private record Result(long decisions, double seconds, long[] latenciesNanos) {
        double rate() {
            return decisions / seconds;
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
        for (int i = 0; i < args.length; i += 2) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--jar" -> jar = Path.of(value);
                case "--seconds" -> time = Duration.ofSeconds(Long.parseLong(value));
                case "--clients" -> clients = Arrays.stream(value.split(",")).mapToInt(Integer::parseInt).toArray();
                case "--batch" -> batch = Integer.parseInt(value);
                default -> {
                    System.err.println("usage: HttpLoadTest [--jar JAR] [--seconds N] [--clients 1,4,16] [--batch N]");
                    System.exit(2);
                }
            }
        }
        if (!Files.isRegularFile(jar)) {
            System.err.println("HttpLoadTest: no server jar at " + jar + " (mvn package -pl policy-server -am)");
            System.exit(2);
        }
        new HttpLoadTest(Corpora.named("upTo1KiB"), time, batch).run(jar, clients);
    }

    private void run(Path jar, int[] clientCounts) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = Files.createTempFile("policy-server-load", ".log");
        int maxClients = Arrays.stream(clientCounts).max().orElse(1);
        Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar.toString(), "--server.port=" + port, "--server.address=127.0.0.1",
                "--hubpolicy.server.max-concurrent-decisions=" + Math.max(16, maxClients * 2))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            decide = URI.create("http://127.0.0.1:" + port + "/v1/decide");
            decideBatch = URI.create("http://127.0.0.1:" + port + "/v1/decide/batch");
            awaitReady(server, port, log);
            DroolsPolicyEvaluator evaluator = DroolsPolicyEvaluator.builder().build();
            System.out.printf(Locale.ROOT, "items: %d generated (upTo1KiB, seed %d); %d s per scenario; batches of %d;"
                    + " %d cores%n", items.size(), Corpora.SEED, time.toSeconds(), batch,
                    Runtime.getRuntime().availableProcessors());
            // Warm-up: both sides JIT-compile before anything is measured.
            measure(4, Duration.ofSeconds(3), this::single);
            measure(4, Duration.ofSeconds(3), this::batch);
            measure(4, Duration.ofSeconds(3), (client, n) -> inProcess(evaluator, client, n));
            System.out.println("mode    clients  decisions/s   p50 ms   p99 ms  in-process/s  HTTP/in-process");
            for (int clients : clientCounts) {
                Result local = measure(clients, time, (client, n) -> inProcess(evaluator, client, n));
                Result single = measure(clients, time, this::single);
                Result batched = measure(clients, time, this::batch);
                print("single", clients, single, local);
                print("batch", clients, batched, local);
            }
        } finally {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    private static void print(String mode, int clients, Result http, Result local) {
        System.out.printf(Locale.ROOT, "%-7s %7d %12.0f %8.2f %8.2f %13.0f %15.2f%n", mode, clients, http.rate(),
                http.percentileMillis(0.50), http.percentileMillis(0.99), local.rate(), http.rate() / local.rate());
    }

    /** One client's step: does request {@code n} and returns how many decisions it made. */
    private interface Step {
        int run(int client, int n) throws Exception;
    }

    private int single(int client, int n) throws IOException, InterruptedException {
        String item = json.get((client * 7919 + n) % json.size());
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(decide).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(item)).build(),
                HttpResponse.BodyHandlers.ofString());
        check(response);
        return 1;
    }

    private int batch(int client, int n) throws IOException, InterruptedException {
        int start = ((client * 7919 + n) * batch) % json.size();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < batch; i++) {
            body.append(json.get((start + i) % json.size())).append('\n');
        }
        // Batches small enough that their answers fit the socket buffers: HttpClient reads the
        // response only after sending the whole body.
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(decideBatch).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build(), HttpResponse.BodyHandlers.ofString());
        check(response);
        long lines = response.body().lines().count();
        if (lines != batch) {
            throw new IllegalStateException("batch of " + batch + " answered with " + lines + " records");
        }
        return batch;
    }

    private int inProcess(DroolsPolicyEvaluator evaluator, int client, int n) {
        evaluator.evaluate(items.get((client * 7919 + n) % items.size()));
        return 1;
    }

    private static void check(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
        }
    }

    /** Runs {@code clients} threads doing steps for {@code duration} (or the request cap), timing each step. */
    private static Result measure(int clients, Duration duration, Step step) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
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
            long[] latencies = all.stream().flatMapToLong(Arrays::stream).toArray();
            return new Result(Arrays.stream(decisions).sum(), seconds, latencies);
        } finally {
            pool.shutdownNow();
        }
    }

    private void awaitReady(Process server, int port, Path log) throws Exception {
        URI readiness = URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
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
        throw new IllegalStateException("the server was not ready within 180 s");
    }
}
