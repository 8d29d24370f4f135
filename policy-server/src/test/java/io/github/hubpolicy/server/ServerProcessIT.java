package io.github.hubpolicy.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
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
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The packaged jar as operators run it: a separate process with a small heap, started with
 * {@code java -jar}. A generated batch streams through it (size: {@code -Dhubpolicy.it.batch-mb},
 * default 64), then SIGTERM arrives during a batch that never ends by itself.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServerProcessIT {
    private static final Path JAR = Path.of("target/policy-server.jar");
    private static final String HEAP = "-Xmx128m";
    /** Long enough to see readiness down while requests are still served, on a loaded machine. */
    private static final Duration DRAIN_DELAY = Duration.ofSeconds(4);
    private static final long BATCH_MB = Long.getLong("hubpolicy.it.batch-mb", 64);
    /** A comment of about 4 KB: ordinary prose, so that the detectors scan real text. */
    private static final String TEXT = "This model card describes a small sentiment classifier trained on public product"
            + " reviews; it is released for research and evaluation, with its limitations documented below. ";

    private static Process server;
    private static Path log;
    private static int port;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        assertThat(JAR).as("mvn package builds the jar first").exists();
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        log = Files.createTempFile("h17-server", ".log");
        server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                "-jar", JAR.toString(), "--server.port=" + port, "--server.address=127.0.0.1",
                "--spring.lifecycle.timeout-per-shutdown-phase=5s", "--server.tomcat.connection-timeout=2s",
                "--hubpolicy.server.drain-delay=" + DRAIN_DELAY.toSeconds() + "s")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (true) {
            assertThat(server.isAlive()).as("server exited: %s", Files.readString(log)).isTrue();
            try {
                if (HTTP.send(HttpRequest.newBuilder(uri("/actuator/health/readiness")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    break;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            assertThat(System.nanoTime() - deadline).as("ready within 300 s").isNegative();
            Thread.sleep(250);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null && server.isAlive()) {
            server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    @Order(0)
    void aStalledClientIsCutOffAfterTheReadTimeout() throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("POST /v1/decide HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 100\r\n\r\n{\"id\":").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            long start = System.nanoTime();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);   // until closed
            Duration held = Duration.ofNanos(System.nanoTime() - start);
            assertThat(held).as("released after the 2 s read timeout").isLessThan(Duration.ofSeconds(15));
            assertThat(answer).doesNotContain("Exception").doesNotContain("<html");
        }
    }

    @Test
    @Order(1)
    void aLargeGeneratedBatchStreamsThroughInASmallHeap() throws Exception {
        long bytes = BATCH_MB << 20;
        Items items = new Items(bytes, new AtomicBoolean(true));
        long[] records = {0};
        DuplexBatch.End end = DuplexBatch.post(port, items, line -> {
            records[0]++;
            if (records[0] % 1000 == 1) {   // spot checks: in order, decided
                JsonNode decision = PolicyServerTest.json(line);
                assertThat(decision.get("id").asText()).isEqualTo("c/" + records[0]);
                assertThat(decision.get("verdict").asText()).isNotBlank();
            }
        });
        assertThat(end).isEqualTo(DuplexBatch.End.COMPLETE);
        assertThat(records[0]).as("one record per line sent (%d bytes)", items.sent()).isEqualTo(items.lines());
        assertThat(items.sent()).isGreaterThanOrEqualTo(bytes);
        assertThat(server.isAlive()).as("%s heap was enough", HEAP).isTrue();
    }

    @Test
    @Order(2)
    void sigtermTakesReadinessDownFirstThenEndsTheBatchCleanlyRefusesNewRequestsAndExits() throws Exception {
        Items endless = new Items(Long.MAX_VALUE, new AtomicBoolean(true));
        List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.CountDownLatch flowing = new java.util.concurrent.CountDownLatch(200);
        java.util.concurrent.ExecutorService batch = java.util.concurrent.Executors.newSingleThreadExecutor();
        java.util.concurrent.Future<DuplexBatch.End> end = batch.submit(() -> DuplexBatch.post(port, endless, line -> {
            lines.add(line);
            flowing.countDown();
        }));
        assertThat(flowing.await(60, TimeUnit.SECONDS)).as("the batch is flowing").isTrue();

        server.destroy();   // SIGTERM
        long start = System.nanoTime();

        // 1. readiness goes down while requests are still served (the drain delay)
        HttpResponse<String> readiness = null;
        while (System.nanoTime() - start < DRAIN_DELAY.toNanos()) {
            readiness = HTTP.send(HttpRequest.newBuilder(uri("/actuator/health/readiness")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (readiness.statusCode() == 503) {
                break;
            }
            Thread.sleep(50);
        }
        assertThat(readiness).isNotNull();
        assertThat(readiness.statusCode()).as("readiness down within the drain delay").isEqualTo(503);
        assertThat(readiness.body()).contains("\"readinessState\":{\"status\":\"OUT_OF_SERVICE\"}");
        HttpResponse<String> stillServed = HTTP.send(HttpRequest.newBuilder(uri("/v1/decide"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"c/drain\",\"kind\":\"comment\",\"text\":\"Thanks!\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("still inside the drain delay").isLessThan(DRAIN_DELAY);
        assertThat(stillServed.statusCode()).as("served during the drain delay").isEqualTo(200);
        assertThat(PolicyServerTest.json(stillServed.body()).get("verdict").asText()).isEqualTo("ALLOW");

        // 2. the batch in flight ends at a record boundary with a record saying why
        assertThat(end.get(30, TimeUnit.SECONDS)).as("the batch ended cleanly, with its last record")
                .isEqualTo(DuplexBatch.End.COMPLETE);
        batch.shutdown();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("batches are told only after the drain delay")
                .isGreaterThanOrEqualTo(DRAIN_DELAY);
        for (int i = 0; i < lines.size() - 1; i++) {
            assertThat(PolicyServerTest.json(lines.get(i)).get("id").asText()).isEqualTo("c/" + (i + 1));
        }
        JsonNode last = PolicyServerTest.json(lines.get(lines.size() - 1));
        assertThat(last.get("line").asInt()).isZero();
        assertThat(last.get("error").asText()).startsWith("the service is shutting down");

        // 3. new requests are refused: the connector is closed (or the process is gone), nothing is served
        // (a new client, so that no kept-alive connection of the requests above is reused)
        HttpClient fresh = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        assertThatThrownBy(() -> fresh.send(HttpRequest.newBuilder(uri("/v1/policy")).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString())).isInstanceOf(IOException.class);

        // 4. the process exits within the grace period
        assertThat(server.waitFor(30, TimeUnit.SECONDS)).as("exits within the grace period: %s", Files.readString(log))
                .isTrue();
        assertThat(server.exitValue()).isIn(0, 143);
        assertThat(Files.readString(log)).contains("Commencing graceful shutdown").doesNotContain("Exception in thread");
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Generated JSON Lines, comments c/1, c/2, ... of about 4 KB each, up to a size, in bounded memory. */
    static final class Items extends InputStream {
        private final long limit;
        private final AtomicBoolean going;
        private byte[] line = new byte[0];
        private int pos;
        private long sent;
        private long lines;

        Items(long limit, AtomicBoolean going) {
            this.limit = limit;
            this.going = going;
        }

        long sent() {
            return sent;
        }

        long lines() {
            return lines;
        }

        void stop() {
            going.set(false);
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) {
            if (pos == line.length) {
                if (sent >= limit || !going.get()) {
                    return -1;
                }
                lines++;
                line = ("{\"id\":\"c/" + lines + "\",\"kind\":\"comment\",\"text\":\"" + TEXT.repeat(20) + "\"}\n")
                        .getBytes(StandardCharsets.UTF_8);
                pos = 0;
            }
            int n = Math.min(length, line.length - pos);
            System.arraycopy(line, pos, bytes, offset, n);
            pos += n;
            sent += n;
            return n;
        }
    }
}
