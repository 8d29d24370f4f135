package io.github.hubpolicy.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.hubpolicy.examples.cli.PolicyCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The playground's endpoints over loopback, with a candidate directory whose spam rule is softened
 * (REMOVE to RESTRICT): decisions and traces, field errors, the batch diff against what {@code
 * policy-cli diff} prints, the candidate's cases and coverage, the guidelines page and the headers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "hubpolicy.server.playground.enabled=true")
class PlaygroundApiTest {
    private static final Path CANDIDATE = CandidateDirectory.softened();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void candidate(DynamicPropertyRegistry registry) {
        registry.add("hubpolicy.server.playground.candidate", CANDIDATE::toString);
    }

    @LocalServerPort
    int port;

    @Test
    void stateNamesBothRuleSetsTheSectionsAndTheSamples() throws Exception {
        JsonNode state = JSON.readTree(get("/playground/api/state").body());
        assertThat(state.at("/base/rules").asText()).startsWith("sha256:");
        assertThat(state.at("/candidate/compiled").asBoolean()).isTrue();
        assertThat(state.at("/candidate/serving/rules").asText()).startsWith("sha256:")
                .isNotEqualTo(state.at("/base/rules").asText());
        assertThat(state.at("/candidate/problems")).isEmpty();
        assertThat(state.get("sections").findValuesAsText("id")).contains("spam", "hate", "consent.likeness");
        assertThat(state.get("samples").findValuesAsText("id")).contains("models/acme/bert-sentiment");
    }

    @Test
    void decidesByBaseAndCandidateWithTheTraceAndTheChange() throws Exception {
        HttpResponse<String> response = post("/playground/api/decide", "application/json", CandidateDirectory.SPAM_COMMENT);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.at("/base/decision/verdict").asText()).isEqualTo("REMOVE");
        assertThat(body.at("/base/decision/actions").toString()).isEqualTo("[\"REMOVE\"]");
        assertThat(body.at("/base/decision/findings/0/section").asText()).isEqualTo("spam");
        assertThat(texts(body.at("/base/fired"))).contains("spam: likely spam in community content");
        JsonNode rule = body.at("/base/rules/0");
        assertThat(rule.get("name").asText()).isEqualTo("spam: likely spam in community content");
        assertThat(rule.get("bullet").asInt()).isEqualTo(1);
        assertThat(rule.get("file").asText()).endsWith("spam.drl");
        assertThat(body.at("/candidate/decision/verdict").asText()).isEqualTo("RESTRICT");
        assertThat(body.at("/candidate/decision/actions").toString()).isEqualTo("[\"HUMAN_REVIEW\",\"DOWNRANK\"]");
        assertThat(body.get("changed").asBoolean()).isTrue();
        assertThat(body.at("/changes/0/transition").asText()).isEqualTo("REMOVE→RESTRICT");
        assertThat(body.at("/changes/0/section").asText()).isEqualTo("spam");
    }

    @Test
    void anItemBothDecideAlikeIsNotAChange() throws Exception {
        JsonNode body = JSON.readTree(post("/playground/api/decide", "application/json",
                "{\"id\":\"c/1\",\"kind\":\"comment\",\"text\":\"Thanks, works well.\"}").body());
        assertThat(body.at("/base/decision/verdict").asText()).isEqualTo("ALLOW");
        assertThat(body.get("changed").asBoolean()).isFalse();
        assertThat(body.get("changes")).isEmpty();
    }

    @Test
    void anItemThatCannotBeReadNamesTheField() throws Exception {
        HttpResponse<String> typo = post("/playground/api/decide", "application/json",
                "{\"id\":\"m/1\",\"kind\":\"modle\",\"title\":\"A typo\"}");
        assertThat(typo.statusCode()).isEqualTo(400);
        JsonNode error = JSON.readTree(typo.body());
        assertThat(error.get("field").asText()).isEqualTo("kind");
        assertThat(error.get("message").asText()).startsWith("field 'kind': ");
        assertThat(error.get("code").asText()).isEqualTo("invalid_item");

        HttpResponse<String> malformed = post("/playground/api/decide", "application/json", "{\"id\": \"c/2\", \"kind\":");
        assertThat(malformed.statusCode()).isEqualTo(400);
        JsonNode second = JSON.readTree(malformed.body());
        assertThat(second.get("code").asText()).isEqualTo("malformed_json");
        assertThat(second.has("field")).isFalse();
        assertThat(second.get("message").asText()).doesNotContain("Exception");
    }

    @Test
    void aBatchInChunksReportsWhatPolicyCliDiffReports() throws Exception {
        Path samples = Path.of("../policy-examples/samples/items.jsonl");
        String file = Files.readString(samples) + CandidateDirectory.SPAM_COMMENT + "\n"
                + "{\"id\":\"c/bad\",\"kind\":\"comment\",\"txet\":\"typo\"}\n";
        Path items = Files.createTempFile("playground-batch", ".jsonl");
        Files.writeString(items, file);
        List<String> lines = file.lines().toList();

        String id = JSON.readTree(post("/playground/api/batches", "application/json", "").body()).get("id").asText();
        int half = lines.size() / 2;
        List<JsonNode> records = new ArrayList<>();
        records.addAll(chunk(id, 1, lines.subList(0, half)));
        records.addAll(chunk(id, half + 1, lines.subList(half, lines.size())));

        List<JsonNode> perItem = records.stream().filter(r -> !r.has("summary")).toList();
        assertThat(perItem).hasSize(lines.size());
        assertThat(perItem.stream().map(r -> r.get("line").asInt()).toList())
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, lines.size()).boxed().toList());
        JsonNode bad = perItem.get(perItem.size() - 1);
        assertThat(bad.get("error").asText()).contains("txet");

        JsonNode summary = records.get(records.size() - 1).get("summary");
        String cli = cli("diff", "--base", "bundled", "--candidate", CANDIDATE.toString(), items.toString());
        List<String> expected = new ArrayList<>();
        summary.get("groups").forEach(g -> expected.add(g.get("line").asText()));
        perItem.stream().filter(r -> r.has("report")).forEach(r -> expected.add(r.get("report").asText()));
        // policy-cli diff prints the header, the groups, the changes, the unreadable records, the footer.
        List<String> printed = cli.lines().toList();
        assertThat(printed.subList(1, 1 + expected.size())).isEqualTo(expected);
        assertThat(printed.get(printed.size() - 1)).isEqualTo(summary.get("footer").asText());
        assertThat(summary.get("groups").findValuesAsText("section")).contains("spam");
        assertThat(summary.get("changed").asLong()).isPositive();
        assertThat(summary.get("unreadable").asLong()).isEqualTo(1);
    }

    @Test
    void aChunkOfAnUnknownBatchIsRefusedInTheErrorShape() throws Exception {
        HttpResponse<String> response = post("/playground/api/batches/nope", "application/x-ndjson",
                CandidateDirectory.SPAM_COMMENT + "\n");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(response.body()).get("code").asText()).isEqualTo("no_batch");
    }

    @Test
    void theCandidatesCasesRunAsPolicyCliTestRunsThemWithCoverage() throws Exception {
        JsonNode cases = JSON.readTree(get("/playground/api/cases").body());
        assertThat(cases.has("problem")).isFalse();
        Path caseFile = CANDIDATE.resolve("spam.cases.jsonl");
        List<String> printed = cli("test", "--rules", CANDIDATE.toString(), caseFile.toString()).lines().toList();
        // policy-cli test: PASS/FAIL <file>:<line> <name>, each difference indented under a FAIL, then the counts.
        List<String> expected = new ArrayList<>();
        for (String line : printed) {
            if (line.startsWith("PASS ") || line.startsWith("FAIL ")) {
                expected.add(line.substring(0, 5) + line.substring(5).replace(caseFile.toString(), "spam.cases.jsonl"));
            } else if (line.startsWith("     ")) {
                expected.add(line.strip());
            }
        }
        List<String> shown = new ArrayList<>();
        cases.get("cases").forEach(c -> {
            shown.add((c.get("passed").asBoolean() ? "PASS " : "FAIL ") + c.get("location").asText() + " "
                    + c.get("name").asText());
            c.get("differences").forEach(d -> shown.add(d.asText()));
        });
        assertThat(shown).isEqualTo(expected);
        assertThat(printed.get(printed.size() - 1))
                .isEqualTo(cases.get("passed").asInt() + " passed, " + cases.get("failed").asInt() + " failed");
        assertThat(cases.get("failed").asInt()).isPositive();
        assertThat(shown).contains("verdict: expected REMOVE, was RESTRICT");

        JsonNode spam = cases.get("coverage").get(0);
        assertThat(spam.get("section").asText()).isEqualTo("spam");
        assertThat(spam.get("rules").findValuesAsText("name")).contains("spam: likely spam in community content");
        io.github.hubpolicy.testkit.RuleCoverage coverage = io.github.hubpolicy.testkit.RuleCoverage.of(CANDIDATE);
        List<String> neverFired = new ArrayList<>();
        List<String> withoutNearMiss = new ArrayList<>();
        cases.get("coverage").forEach(section -> section.get("rules").forEach(rule -> {
            if (!rule.get("fired").asBoolean()) {
                neverFired.add(rule.get("name").asText());
            }
            if (!rule.get("nearMiss").asBoolean()) {
                withoutNearMiss.add(rule.get("name").asText());
            }
        }));
        assertThat(neverFired).containsExactlyInAnyOrderElementsOf(coverage.neverFired());
        assertThat(withoutNearMiss).containsExactlyInAnyOrderElementsOf(coverage.withoutNearMiss());
    }

    @Test
    void theGuidelinesPageAnchorsEverySection() throws Exception {
        HttpResponse<String> page = get("/playground/guidelines");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        for (JsonNode section : JSON.readTree(get("/playground/api/state").body()).get("sections")) {
            assertThat(page.body()).contains("id=\"sec-" + section.get("id").asText() + "\"");
        }
    }

    @Test
    void thePageIsServedWithAStrictContentSecurityPolicy() throws Exception {
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<script type=\"module\" src=\"/playground.js\">");
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("default-src 'self'", "script-src 'self'").doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(get("/playground.js").statusCode()).isEqualTo(200);
        assertThat(get("/playground.css").statusCode()).isEqualTo(200);
        // The /v1 contract is untouched by the playground.
        assertThat(post("/v1/decide", "application/json", CandidateDirectory.SPAM_COMMENT).headers()
                .firstValue("Content-Security-Policy")).isEmpty();
    }

    @Test
    void noEndpointTakesRuleText() throws Exception {
        for (String path : List.of("/playground/api/rules", "/playground/api/candidate", "/playground/api/compile")) {
            HttpResponse<String> response = post(path, "text/plain", "rule \"x\" when then end");
            assertThat(response.statusCode()).as(path).isIn(404, 405);
            assertThat(JSON.readTree(response.body()).has("code")).isTrue();
        }
    }

    private List<JsonNode> chunk(String id, int firstLine, List<String> lines) throws Exception {
        HttpResponse<String> response = post("/playground/api/batches/" + id + "?firstLine=" + firstLine,
                "application/x-ndjson", String.join("\n", lines) + "\n");
        assertThat(response.statusCode()).isEqualTo(200);
        List<JsonNode> records = new ArrayList<>();
        for (String line : response.body().lines().toList()) {
            records.add(JSON.readTree(line));
        }
        return records;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String contentType, String body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String cli(String... args) {
        StringWriter out = new StringWriter();
        PolicyCli.run(new PrintWriter(out), new PrintWriter(new StringWriter()), args);
        return out.toString();
    }
}
