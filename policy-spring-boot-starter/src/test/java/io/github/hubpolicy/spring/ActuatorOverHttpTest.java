package io.github.hubpolicy.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.ContentKind;
import io.github.hubpolicy.api.PolicyEvaluator;
import io.github.hubpolicy.api.Signal;
import io.github.hubpolicy.api.catalog.PolicySections;
import io.github.hubpolicy.rules.DroolsPolicyEvaluator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A web application with the starter and Actuator, asked over HTTP: health, info and the
 * Prometheus scrape, before and after a broken edit of a watched rule file. The bodies are kept
 * in {@code target/actuator-samples/} (the README's samples come from there).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.endpoints.web.exposure.include=health,info,prometheus",
        "management.endpoint.health.show-details=always",
        "hubpolicy.reload.watch=true",
        "hubpolicy.reload.debounce=200ms"})
class ActuatorOverHttpTest {
    private static final Path RULES;
    private static final Path SAMPLES = Path.of("target/actuator-samples");

    static {
        try {
            RULES = Files.createTempDirectory("hubpolicy-rules");
            Files.writeString(RULES.resolve("host.drl"), HubPolicyAutoConfigurationTest.hostRule("REVIEW"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
    }

    @DynamicPropertySource
    static void rules(DynamicPropertyRegistry registry) {
        registry.add("hubpolicy.rule-directories", RULES::toString);
    }

    @AfterAll
    static void deleteRules() throws IOException {
        try (Stream<Path> files = Files.walk(RULES)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    PolicyEvaluator evaluator;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    private String get(String path, String sample) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        Files.createDirectories(SAMPLES);
        Files.writeString(SAMPLES.resolve(sample), response.body());
        return response.body();
    }

    @Test
    void healthInfoAndScrapeOverHttpBeforeAndAfterARejectedReload() throws Exception {
        // given: some decisions
        DroolsPolicyEvaluator drools = (DroolsPolicyEvaluator) evaluator;
        evaluator.evaluate(ContentItem.builder("c/1", ContentKind.COMMENT).text("Thanks, works for me.").build());
        evaluator.evaluate(ContentItem.builder("c/2", ContentKind.COMMENT).text("x").signal(Signal.HATE, 0.93).build());
        evaluator.evaluate(ContentItem.builder("m/1", ContentKind.MODEL).text("A model card.").build());
        String digest = drools.policy().rules();

        // when / then: health, info, scrape
        JsonNode health = json.readTree(get("/actuator/health", "health.json")).path("components").path("hubpolicy");
        assertThat(health.path("status").asString()).isEqualTo("UP");
        assertThat(health.path("details").path("ruleSet").asString()).isEqualTo(digest);
        assertThat(health.path("details").path("rules").asInt()).isEqualTo(drools.rules().size());

        JsonNode info = json.readTree(get("/actuator/info", "info.json")).path("hubpolicy");
        assertThat(info.path("policyVersion").asString()).isEqualTo(PolicySections.POLICY_VERSION);
        assertThat(info.path("ruleSet").asString()).isEqualTo(digest);
        assertThat(info.path("sections").get(0).asString()).isEqualTo("minors");

        String scrape = get("/actuator/prometheus", "prometheus.txt");
        assertThat(scrape).contains("hubpolicy_decisions_total{verdict=\"REMOVE\"} 1.0")
                .contains("hubpolicy_findings_total{rule=\"hate: hateful community content\",section=\"hate\"} 1.0")
                .contains("hubpolicy_evaluation_seconds_count 3")
                .contains("hubpolicy_rule_set{digest=\"" + digest + "\"")
                .contains("hubpolicy_reload_failing 0.0");

        // when: a broken edit of the watched rule file
        Files.writeString(RULES.resolve("host.drl"), HubPolicyAutoConfigurationTest.hostRule("REVIEW").replace("when", "wen"));

        // then: rejected, reported in health and metrics, and the last good rule set keeps serving
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                json.readTree(get("/actuator/health", "health-after-rejected-reload.json")).path("components")
                        .path("hubpolicy").path("details").has("lastRejectedReload"));
        JsonNode rejected = json.readTree(Files.readString(SAMPLES.resolve("health-after-rejected-reload.json")))
                .path("components").path("hubpolicy");
        assertThat(rejected.path("status").asString()).isEqualTo("UP");
        assertThat(rejected.path("details").path("ruleSet").asString()).isEqualTo(digest);
        assertThat(rejected.path("details").path("lastRejectedReload").path("problems").get(0).asString()).startsWith("host.drl:");
        assertThat(get("/actuator/prometheus", "prometheus-after-rejected-reload.txt"))
                .contains("hubpolicy_reloads_total{result=\"rejected\"} 1.0")
                .contains("hubpolicy_reload_failing 1.0")
                .contains("hubpolicy_rule_set{digest=\"" + digest + "\"");
        assertThat(drools.policy().rules()).isEqualTo(digest);
    }
}
