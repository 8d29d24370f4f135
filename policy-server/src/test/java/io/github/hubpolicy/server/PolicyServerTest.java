package io.github.hubpolicy.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.hubpolicy.examples.cli.PolicyCli;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every endpoint and error of the service over loopback with a real HTTP client, in one shared
 * context. Decisions, statements, audit lines and sections are compared with what policy-cli
 * prints for the same items and rule set.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "hubpolicy.server.admin-token=" + PolicyServerTest.TOKEN,
        "hubpolicy.server.statements.policy-url=" + PolicyServerTest.POLICY_URL,
        "hubpolicy.server.audit.salt=" + PolicyServerTest.SALT,
        "hubpolicy.server.max-body-size=64KB",
        "hubpolicy.server.max-item-chars=32768",
        "hubpolicy.server.max-concurrent-decisions=8",
        "hubpolicy.server.retry-after=2s",
        // A small brake window, so that a misfiring rule is held after a few decisions.
        "hubpolicy.brake.window=10", "hubpolicy.brake.min-findings=3"})
class PolicyServerTest {
    static final String TOKEN = "s3cret-test-token";
    static final String POLICY_URL = "https://hub.example/policy";
    static final String SALT = "test-salt";
    private static final Path SAMPLES = Path.of("../policy-examples/samples");
    private static final Path RULES;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A new rule that fires on every community item: the emergency brake holds it after a few decisions. */
    private static final String MISFIRING_RULE = """
            package hubpolicy.rules;

            import io.github.hubpolicy.api.Action;
            import io.github.hubpolicy.api.Verdict;
            import io.github.hubpolicy.rules.facts.*;
            import function io.github.hubpolicy.rules.facts.Findings.finding;

            rule "spam: misfiring host rule"
                @section("spam") @bullet(10)
            when
                Item( community )
            then
                finding( drools, Verdict.REMOVE ).actions( Action.REMOVE ).because( "Misfires." );
            end
            """;
    private static final String COMMENT = "{\"id\":\"c/%s\",\"kind\":\"comment\",\"text\":\"Nice model, thanks.\"}";

    static {
        try {
            RULES = Files.createTempDirectory("h17-rules");
            Files.writeString(RULES.resolve("host.drl"), hostRules(1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void ruleDirectory(DynamicPropertyRegistry registry) {
        registry.add("hubpolicy.rule-directories", RULES::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    DecisionPermits permits;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Two rules that fire on every community item, both naming the version of the file they come from. */
    static String hostRules(int version) {
        return """
                package hubpolicy.rules;

                import io.github.hubpolicy.api.Action;
                import io.github.hubpolicy.api.Verdict;
                import io.github.hubpolicy.rules.facts.*;
                import function io.github.hubpolicy.rules.facts.Findings.finding;

                rule "spam: host rule one"
                    @section("spam") @bullet(8)
                when
                    Item( community )
                then
                    finding( drools, Verdict.REVIEW ).actions( Action.HUMAN_REVIEW ).because( "Host rule one, version %1$d." );
                end

                rule "spam: host rule two"
                    @section("spam") @bullet(9)
                when
                    Item( community )
                then
                    finding( drools, Verdict.REVIEW ).actions( Action.HUMAN_REVIEW ).because( "Host rule two, version %1$d." );
                end
                """.formatted(version);
    }

    /** Puts back the first rule set; for the tests that change the rule files. */
    private void restoreRules() throws Exception {
        Files.writeString(RULES.resolve("host.drl"), hostRules(1));
        Files.deleteIfExists(RULES.resolve("misfire.drl"));
        assertThat(post("/v1/reload", "", "application/json", TOKEN).statusCode()).isEqualTo(200);
    }

    // ---- decide, batch, statement, audit: what the CLI prints

    @Test
    void aDecisionIsByteForByteWhatTheCliPrints() throws Exception {
        List<String> items = Files.readAllLines(SAMPLES.resolve("items.jsonl"));
        List<String> printed = cli("evaluate", SAMPLES.resolve("items.jsonl").toString(), "--rules", RULES.toString())
                .lines().toList();
        assertThat(printed).hasSize(items.size());
        for (int i = 0; i < items.size(); i++) {
            HttpResponse<String> response = post("/v1/decide", items.get(i), "application/json", null);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
            assertThat(response.body()).isEqualTo(printed.get(i) + "\n");
        }
    }

    @Test
    void aBatchIsWhatTheCliPrintsWithErrorRecordsInPlace() throws Exception {
        String batch = Files.readString(SAMPLES.resolve("items.jsonl")) + Files.readString(SAMPLES.resolve("bad-items.jsonl"));
        HttpResponse<String> response = post("/v1/decide/batch", batch, "application/x-ndjson", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/x-ndjson");
        String expected = cli("evaluate", file(batch).toString(), "--rules", RULES.toString());
        assertThat(response.body()).isEqualTo(expected);
        assertThat(response.body().lines().filter(l -> l.startsWith("{\"line\":")).count())
                .isEqualTo(expected.lines().filter(l -> l.startsWith("{\"line\":")).count()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aClientThatSendsLinesAndWaitsGetsTheirAnswersBeforeSendingMore() throws Exception {
        // given a client that sends two lines, waits for their answers, then sends a third in two pieces
        CountDownLatch answered = new CountDownLatch(2);
        AtomicBoolean answeredBeforeMore = new AtomicBoolean();
        List<String> records = java.util.Collections.synchronizedList(new ArrayList<>());
        byte[][] pieces = {(COMMENT.formatted("w1") + "\n" + COMMENT.formatted("w2") + "\n").getBytes(StandardCharsets.UTF_8),
                "{\"id\":\"c/w3\",".getBytes(StandardCharsets.UTF_8),
                "\"kind\":\"comment\",\"text\":\"Thanks!\"}\n".getBytes(StandardCharsets.UTF_8)};
        InputStream body = new InputStream() {
            private int piece;

            @Override
            public int read() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (piece == 1) {
                    // within the server's read timeout (10 s), so that only answering before blocking can pass
                    try {
                        answeredBeforeMore.set(answered.await(8, TimeUnit.SECONDS));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IOException(e);
                    }
                } else if (piece == 2) {
                    try {
                        Thread.sleep(200);   // the server reads the first half of the line alone
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IOException(e);
                    }
                }
                if (piece == pieces.length) {
                    return -1;
                }
                byte[] next = pieces[piece++];
                System.arraycopy(next, 0, buffer, offset, next.length);
                return next.length;
            }
        };
        // when
        DuplexBatch.End end = DuplexBatch.post(port, body, record -> {
            records.add(record);
            answered.countDown();
        });
        // then
        assertThat(answeredBeforeMore).as("the first two lines answered while the client waited").isTrue();
        assertThat(end).isEqualTo(DuplexBatch.End.COMPLETE);
        assertThat(records).extracting(record -> json(record).get("id").asText()).containsExactly("c/w1", "c/w2", "c/w3");
        assertThat(records).allSatisfy(record -> assertThat(json(record).has("verdict")).as("a decision: %s", record).isTrue());
    }

    @Test
    void aBatchMayBeAJsonArray() throws Exception {
        String array = "[" + COMMENT.formatted(1) + ",\n{\"id\":\"c/2\",\"kind\":\"comment\",\"colour\":1}]";
        HttpResponse<String> response = post("/v1/decide/batch", array, "application/json", null);
        List<JsonNode> records = response.body().lines().map(PolicyServerTest::json).toList();
        assertThat(records).hasSize(2);
        assertThat(records.get(0).get("id").asText()).isEqualTo("c/1");
        assertThat(records.get(1).get("error").asText()).contains("colour");
    }

    @Test
    void aStatementIsWhatTheCliPrintsAndAMildDecisionHasNone() throws Exception {
        List<String> printed = cli("evaluate", "--format", "statement", "--policy-url", POLICY_URL,
                SAMPLES.resolve("items.jsonl").toString(), "--rules", RULES.toString()).lines().toList();
        List<String> served = new ArrayList<>();
        int none = 0;
        for (String item : Files.readAllLines(SAMPLES.resolve("items.jsonl"))) {
            String verdict = json(post("/v1/decide", item, "application/json", null).body()).get("verdict").asText();
            HttpResponse<String> response = post("/v1/statement", item, "application/json", null);
            if (verdict.equals("RESTRICT") || verdict.equals("REMOVE")) {
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.body()).endsWith("\n");
                served.add(response.body().strip());
            } else {
                assertThat(response.statusCode()).isEqualTo(204);
                none++;
            }
        }
        assertThat(served).isNotEmpty();
        assertThat(none).isPositive();
        // Each statement has its own random platform id (puid); everything else is the CLI's.
        assertThat(served.stream().map(PolicyServerTest::withoutPuid).toList())
                .isEqualTo(printed.stream().map(PolicyServerTest::withoutPuid).toList());
    }

    private static String withoutPuid(String statement) {
        assertThat(statement).containsPattern("\"puid\":\"sor-[0-9a-f]{32}\"");
        return statement.replaceFirst("\"puid\":\"[^\"]*\"", "\"puid\":\"\"");
    }

    @Test
    void anAuditLineIsWhatTheCliAppendsButForItsTime() throws Exception {
        Path audit = Files.createTempFile("h17-audit", ".jsonl");
        Files.delete(audit);
        String item = Files.readAllLines(SAMPLES.resolve("items.jsonl")).get(2);   // names a depicted person
        cli("evaluate", file(item).toString(), "--rules", RULES.toString(), "--audit", audit.toString(),
                "--audit-salt", SALT);
        HttpResponse<String> response = post("/v1/audit", item, "application/json", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(withoutTime(response.body())).isEqualTo(withoutTime(Files.readString(audit)));
        assertThat(json(response.body()).get("time").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    }

    private static String withoutTime(String line) {
        return line.replaceFirst("\"time\":\"[^\"]*\"", "\"time\":\"\"");
    }

    // ---- catalog, policy, rules

    @Test
    void sectionsAreTheCatalogAsTheCliPrintsIt() throws Exception {
        HttpResponse<String> response = get("/v1/sections");
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> cliLines = cli("sections", "--format", "json").lines().toList();
        assertThat(response.body()).isEqualTo("[" + String.join(",", cliLines) + "]\n");
    }

    @Test
    void policyAndRulesNameTheRuleSetThatDecides() throws Exception {
        JsonNode policy = json(get("/v1/policy").body());
        JsonNode decision = json(post("/v1/decide", COMMENT.formatted(1), "application/json", null).body());
        assertThat(policy.get("rules").asText()).startsWith("sha256:").isEqualTo(decision.at("/policy/rules").asText());
        assertThat(policy.get("version").asText()).isEqualTo(decision.at("/policy/version").asText());
        JsonNode rules = json(get("/v1/rules").body());
        assertThat(rules.size()).isEqualTo(policy.get("ruleCount").asInt()).isGreaterThan(20);
        List<String> names = new ArrayList<>();
        rules.forEach(rule -> names.add(rule.get("name").asText()));
        assertThat(names).contains("spam: host rule one", "spam: host rule two");
    }

    // ---- reload and the brake

    @Test
    void reloadNeedsTheTokenAndARejectedRuleSetKeepsTheLastGoodOne() throws Exception {
        try {
            String serving = json(get("/v1/policy").body()).get("rules").asText();
            assertError(post("/v1/reload", "", "application/json", null), 401, "unauthorized");
            assertError(post("/v1/reload", "", "application/json", "wrong-token"), 401, "unauthorized");

            Files.writeString(RULES.resolve("host.drl"), hostRules(2));
            HttpResponse<String> reloaded = post("/v1/reload", "", "application/json", TOKEN);
            assertThat(reloaded.statusCode()).isEqualTo(200);
            String next = json(reloaded.body()).get("rules").asText();
            assertThat(next).isNotEqualTo(serving);

            Files.writeString(RULES.resolve("host.drl"), "rule \"broken\" when then wat");
            HttpResponse<String> rejected = post("/v1/reload", "", "application/json", TOKEN);
            JsonNode error = assertError(rejected, 422, "rules_rejected");
            assertThat(error.get("message").asText()).contains("host.drl:").contains("still serving " + next);
            assertThat(json(post("/v1/decide", COMMENT.formatted(1), "application/json", null).body()).at("/policy/rules")
                    .asText()).isEqualTo(next);
        } finally {
            restoreRules();
        }
    }

    @Test
    void reloadUnderLoadFailsNoRequestAndNeverMixesRuleSets() throws Exception {
        try {
            Map<String, Integer> versionOfDigest = new ConcurrentHashMap<>();
            versionOfDigest.put(json(get("/v1/policy").body()).get("rules").asText(), 1);
            AtomicBoolean running = new AtomicBoolean(true);
            int clients = 8;   // as many as hubpolicy.server.max-concurrent-decisions: no request is refused
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            List<Future<List<JsonNode>>> results = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                results.add(pool.submit(() -> {
                    List<JsonNode> decisions = new ArrayList<>();
                    for (int i = 0; running.get() || i < 20; i++) {
                        HttpResponse<String> response = client % 2 == 0
                                ? post("/v1/decide", COMMENT.formatted(client + "-" + i), "application/json", null)
                                : post("/v1/decide/batch", COMMENT.formatted(client + "-" + i) + "\n"
                                + COMMENT.formatted(client + "-" + i + "b") + "\n", "application/x-ndjson", null);
                        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                        response.body().lines().map(PolicyServerTest::json).forEach(decisions::add);
                    }
                    return decisions;
                }));
            }
            for (int version = 2; version <= 4; version++) {
                Files.writeString(RULES.resolve("host.drl"), hostRules(version));
                HttpResponse<String> reloaded = post("/v1/reload", "", "application/json", TOKEN);
                assertThat(reloaded.statusCode()).as(reloaded.body()).isEqualTo(200);
                versionOfDigest.put(json(reloaded.body()).get("rules").asText(), version);
                Thread.sleep(150);
            }
            running.set(false);
            pool.shutdown();
            int decided = 0;
            Set<Integer> versionsSeen = ConcurrentHashMap.newKeySet();
            for (Future<List<JsonNode>> result : results) {
                for (JsonNode decision : result.get()) {
                    decided++;
                    String digest = decision.at("/policy/rules").asText();
                    assertThat(versionOfDigest).as("a decision names a rule set in service").containsKey(digest);
                    int version = versionOfDigest.get(digest);
                    versionsSeen.add(version);
                    List<String> rationales = new ArrayList<>();
                    decision.get("findings").forEach(f -> {
                        if (f.get("rule").asText().startsWith("spam: host rule")) {
                            rationales.add(f.get("rationale").asText());
                        }
                    });
                    assertThat(rationales).hasSize(2).allSatisfy(r -> assertThat(r).endsWith("version " + version + "."));
                }
            }
            assertThat(decided).isGreaterThan(100);
            assertThat(versionsSeen).as("decisions were made under several rule sets").hasSizeGreaterThan(2);
        } finally {
            restoreRules();
        }
    }

    /** What {@code policy-cli service} printed and returned. */
    private record ServiceRun(int exit, String out, String err) {
    }

    private static ServiceRun service(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = PolicyCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new ServiceRun(exit, out.toString(), err.toString());
    }

    @Test
    void theServiceCommandShowsReloadsAndReleasesAHeldRule() throws Exception {
        String url = "http://127.0.0.1:" + port;
        Path token = Files.createTempFile("admin", ".token");
        Path wrongToken = Files.createTempFile("wrong", ".token");
        Files.writeString(token, TOKEN + "\n");
        Files.writeString(wrongToken, "not-the-token");
        String held = "spam: misfiring host rule";
        try {
            Files.writeString(RULES.resolve("misfire.drl"), MISFIRING_RULE);
            ServiceRun reload = service("service", "reload", "--url", url, "--token-file", token.toString());
            assertThat(reload.exit()).as(reload.err()).isZero();
            JsonNode policy = json(get("/v1/policy").body());
            String inService = policy.get("rules").asText() + " (" + policy.get("ruleCount").asInt() + " rules)";
            assertThat(reload.out()).startsWith("reloaded: now serving " + inService);

            for (int i = 0; i < 4; i++) {
                post("/v1/decide", COMMENT.formatted("cli-" + i), "application/json", null);
            }
            ServiceRun status = service("service", "status", "--url", url);
            assertThat(status.exit()).as(status.err()).isZero();
            assertThat(status.out().lines()).contains("rules    " + inService, "held     " + held);
            ServiceRun asJson = service("service", "status", "--url", url, "--format", "json");
            assertThat(json(asJson.out()).get("held").get(0).asText()).isEqualTo(held);

            ServiceRun refused = service("service", "release", held, "--url", url, "--token-file", wrongToken.toString());
            assertThat(refused.exit()).isEqualTo(4);
            assertThat(refused.err()).startsWith("policy-cli: the service refused (HTTP 401, unauthorized): ");
            assertThat(json(get("/v1/brake").body()).get("held").toString()).contains(held);

            ServiceRun released = service("service", "release", held, "--url", url, "--token-file", token.toString());
            assertThat(released.exit()).as(released.err()).isZero();
            assertThat(released.out().strip()).isEqualTo("released \"" + held + "\"; still held: none");
            assertThat(json(get("/v1/brake").body()).get("held").size()).isZero();

            ServiceRun again = service("service", "release", held, "--url", url, "--token-file", token.toString());
            assertThat(again.exit()).isEqualTo(4);
            assertThat(again.err()).contains("(HTTP 404, rule_not_held)");
        } finally {
            restoreRules();
        }
    }

    @Test
    void theServiceCommandSaysWhenTheServiceCannotBeReachedOrTheAddressIsWrong() throws IOException {
        // Port 1 on loopback: nothing listens there, the connection is refused at once.
        ServiceRun unreachable = service("service", "status", "--url", "http://127.0.0.1:1", "--timeout", "5s");
        assertThat(unreachable.exit()).isEqualTo(4);
        assertThat(unreachable.err()).startsWith("policy-cli: cannot reach the service at http://127.0.0.1:1");

        ServiceRun badUrl = service("service", "status", "--url", "ftp://127.0.0.1:" + port);
        assertThat(badUrl.exit()).isEqualTo(2);
        assertThat(badUrl.err()).isEqualTo("policy-cli service status: --url 'ftp://127.0.0.1:" + port
                + "' is not a service address: write it as http://host:port, e.g. http://127.0.0.1:8080\n");

        Path empty = Files.createTempFile("empty", ".token");
        ServiceRun noToken = service("service", "reload", "--url", "http://127.0.0.1:" + port, "--token-file",
                empty.toString());
        assertThat(noToken.exit()).isEqualTo(2);
        assertThat(noToken.err()).isEqualTo("policy-cli service reload: --token-file " + empty + " is empty\n");
    }

    @Test
    void aHeldRuleIsListedAndStaysHeldUntilReleasedWithTheToken() throws Exception {
        try {
            Files.writeString(RULES.resolve("misfire.drl"), MISFIRING_RULE);
            assertThat(post("/v1/reload", "", "application/json", TOKEN).statusCode()).isEqualTo(200);
            for (int i = 0; i < 4; i++) {
                post("/v1/decide", COMMENT.formatted("brake-" + i), "application/json", null);
            }
            JsonNode brake = json(get("/v1/brake").body());
            assertThat(brake.get("held").toString()).contains("spam: misfiring host rule");
            JsonNode capped = json(post("/v1/decide", COMMENT.formatted("brake-x"), "application/json", null).body());
            assertThat(capped.get("verdict").asText()).isEqualTo("REVIEW");

            String release = "/v1/brake/release?rule=" + URLEncoder.encode("spam: misfiring host rule", StandardCharsets.UTF_8);
            assertError(post(release, "", "application/json", null), 401, "unauthorized");
            HttpResponse<String> released = post(release, "", "application/json", TOKEN);
            assertThat(released.statusCode()).as(released.body()).isEqualTo(200);
            assertThat(json(released.body()).get("released").asBoolean()).isTrue();
            assertThat(json(get("/v1/brake").body()).get("held").size()).isZero();
            assertThat(json(post("/v1/decide", COMMENT.formatted("brake-y"), "application/json", null).body())
                    .get("verdict").asText()).isEqualTo("REMOVE");
            assertError(post(release, "", "application/json", TOKEN), 404, "rule_not_held");
        } finally {
            restoreRules();
        }
    }

    // ---- errors: JSON with a stable code and a message naming the field, never a trace or HTML

    @Test
    void malformedJsonNamesWhereItBreaks() throws Exception {
        JsonNode error = assertError(post("/v1/decide", "{\"id\":\"x\",\"kind\":", "application/json", null), 400,
                "malformed_json");
        assertThat(error.get("message").asText()).contains("column");
    }

    @Test
    void anUnknownFieldOrValueIsNamed() throws Exception {
        JsonNode unknown = assertError(post("/v1/decide", "{\"id\":\"x\",\"kind\":\"comment\",\"colour\":\"red\"}",
                "application/json", null), 400, "unknown_field");
        assertThat(unknown.get("message").asText()).contains("'colour'");
        JsonNode invalid = assertError(post("/v1/decide", "{\"id\":\"x\",\"kind\":\"modle\"}", "application/json", null),
                400, "invalid_item");
        assertThat(invalid.get("message").asText()).contains("'kind'");
        assertError(post("/v1/decide", "", "application/json", null), 400, "empty_body");
    }

    @Test
    void aWrongContentTypeIs415() throws Exception {
        JsonNode error = assertError(post("/v1/decide", COMMENT.formatted(1), "text/plain", null), 415,
                "unsupported_content_type");
        assertThat(error.get("message").asText()).contains("text/plain").contains("application/json");
        assertError(post("/v1/decide/batch", COMMENT.formatted(1), "text/csv", null), 415, "unsupported_content_type");
    }

    @Test
    void aBodyOverTheLimitIs413AndAnItemOverItsLimitToo() throws Exception {
        String big = "{\"id\":\"x\",\"kind\":\"comment\",\"text\":\"" + "a".repeat(70_000) + "\"}";
        JsonNode error = assertError(post("/v1/decide", big, "application/json", null), 413, "body_too_large");
        assertThat(error.get("message").asText()).contains("65536 bytes");
        String longItem = "{\"id\":\"x\",\"kind\":\"comment\",\"text\":\"" + "a".repeat(40_000) + "\"}";
        assertError(post("/v1/decide", longItem, "application/json", null), 413, "item_too_large");
        // In a batch, an item over the limit is an error record in its place; the rest is decided.
        HttpResponse<String> batch = post("/v1/decide/batch", COMMENT.formatted(1) + "\n" + longItem + "\n"
                + COMMENT.formatted(3) + "\n", "application/x-ndjson", null);
        List<JsonNode> records = batch.body().lines().map(PolicyServerTest::json).toList();
        assertThat(records).hasSize(3);
        assertThat(records.get(1).get("line").asInt()).isEqualTo(2);
        assertThat(records.get(1).get("error").asText()).contains("longer than the limit of 32768");
        assertThat(records.get(2).get("id").asText()).isEqualTo("c/3");
    }

    @Test
    void unknownPathsAndMethodsAreJsonErrorsEvenForABrowser() throws Exception {
        HttpResponse<String> missing = http.send(HttpRequest.newBuilder(uri("/v1/nope")).header("Accept", "text/html")
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertError(missing, 404, "not_found");
        HttpResponse<String> method = http.send(HttpRequest.newBuilder(uri("/v1/decide")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertError(method, 405, "method_not_allowed");
        HttpResponse<String> root = http.send(HttpRequest.newBuilder(uri("/error")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(root.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(root.body()).doesNotContain("Whitelabel").doesNotContain("trace");
    }

    // ---- limits

    @Test
    void beyondTheConcurrencyBoundA503WithRetryAfterAtOnce() throws Exception {
        List<DecisionPermits.Permit> taken = new ArrayList<>();
        try {
            while (permits.available() > 0) {
                taken.add(permits.acquire());
            }
            long start = System.nanoTime();
            HttpResponse<String> refused = post("/v1/decide", COMMENT.formatted(1), "application/json", null);
            assertError(refused, 503, "overloaded");
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("2");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("refused, not queued").isLessThan(Duration.ofSeconds(5));
            assertError(post("/v1/decide/batch", COMMENT.formatted(1), "application/x-ndjson", null), 503, "overloaded");
        } finally {
            taken.forEach(DecisionPermits.Permit::close);
        }
        assertThat(post("/v1/decide", COMMENT.formatted(1), "application/json", null).statusCode()).isEqualTo(200);
    }

    // ---- operations

    @Test
    void livenessReadinessAndPrometheus() throws Exception {
        assertThat(json(get("/actuator/health/liveness").body()).get("status").asText()).isEqualTo("UP");
        JsonNode readiness = json(get("/actuator/health/readiness").body());
        assertThat(readiness.get("status").asText()).isEqualTo("UP");
        assertThat(readiness.at("/components/hubpolicy/status").asText()).isEqualTo("UP");
        post("/v1/decide", COMMENT.formatted(1), "application/json", null);
        String scrape = get("/actuator/prometheus").body();
        assertThat(scrape).contains("hubpolicy_decisions_total{").contains("hubpolicy_evaluation_seconds")
                .contains("http_server_requests_seconds_count{").contains("uri=\"/v1/decide\"");
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() throws Exception {
        JsonNode doc = json(get("/v3/api-docs").body());
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        JsonNode paths = doc.get("paths");
        for (String post : List.of("/v1/decide", "/v1/decide/batch", "/v1/statement", "/v1/audit", "/v1/reload",
                "/v1/brake/release")) {
            assertThat(paths.at(pointer(post) + "/post").isObject()).as(post).isTrue();
        }
        for (String get : List.of("/v1/sections", "/v1/policy", "/v1/rules", "/v1/brake")) {
            assertThat(paths.at(pointer(get) + "/get").isObject()).as(get).isTrue();
        }
        assertThat(paths.at(pointer("/v1/decide") + "/post/requestBody/content/application~1json").isObject()).isTrue();
        assertThat(paths.at(pointer("/v1/decide/batch") + "/post/requestBody/content/application~1x-ndjson").isObject())
                .isTrue();
        assertThat(paths.at(pointer("/v1/decide") + "/post/responses/413").isObject()).isTrue();
    }

    private static String pointer(String path) {
        return "/" + path.replace("~", "~0").replace("/", "~1");
    }

    // ---- helpers

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body, String contentType, String token)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Asserts a JSON error with the status and code, and nothing a client should not see. */
    private static JsonNode assertError(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        JsonNode error = json(response.body());
        assertThat(error.get("code").asText()).isEqualTo(code);
        assertThat(error.get("message").asText()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("<html");
        return error;
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + text, e);
        }
    }

    private static Path file(String content) throws IOException {
        Path file = Files.createTempFile("h17-items", ".jsonl");
        Files.writeString(file, content.endsWith("\n") ? content : content + "\n");
        file.toFile().deleteOnExit();
        return file;
    }

    /** What policy-cli prints on standard output. */
    private static String cli(String... args) {
        StringWriter out = new StringWriter();
        PolicyCli.run(new PrintWriter(out), new PrintWriter(new StringWriter()), args);
        return out.toString();
    }
}
