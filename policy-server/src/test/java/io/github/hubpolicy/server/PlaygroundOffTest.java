package io.github.hubpolicy.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** Off by default: no page, no playground endpoint, no candidate; {@code /} is the API's JSON 404. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlaygroundOffTest {
    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void thePageAndItsEndpointsAnswer404InTheServersErrorShape() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String path : new String[] {"/", "/index.html", "/playground.js", "/playground/guidelines",
                "/playground/api/state", "/playground/api/events", "/playground/api/samples.jsonl"}) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            JsonNode error = new ObjectMapper().readTree(response.body());
            assertThat(error.get("code").asText()).as(path).isEqualTo("not_found");
            assertThat(error.get("message").asText()).as(path).contains(path);
        }
        assertThat(context.getBeanNamesForType(PlaygroundController.class)).isEmpty();
        assertThat(context.getBeanNamesForType(CandidateRules.class)).isEmpty();
    }
}
