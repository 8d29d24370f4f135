package io.github.hubpolicy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyCliTest {
    private static final Path SAMPLES = Path.of("samples/items.jsonl");
    private static final Path BAD_SAMPLES = Path.of("samples/bad-items.jsonl");
    private final ObjectMapper json = new ObjectMapper();



    @Test
    void decidesEverySampleInInputOrderAsJsonLines() throws IOException {
        // given
        List<String> ids = new ArrayList<>();
        for (String line : Files.readAllLines(SAMPLES)) {
            ids.add(json.readTree(line).get("id").asText());
        }

        // when
        CliRun run = CliRun.of("evaluate", SAMPLES.toString());

        // then
        assertThat(run.exit()).isZero();
        List<JsonNode> decisions = new ArrayList<>();
        for (String line : run.lines()) {
            decisions.add(json.readTree(line));
        }
        assertThat(decisions).extracting(d -> d.get("id").asText()).containsExactlyElementsOf(ids);
        assertThat(decisions).extracting(d -> d.get("verdict").asText())
                .contains("ALLOW", "LABEL", "REVIEW", "RESTRICT", "REMOVE");
        assertThat(decisions).allSatisfy(d -> {
            assertThat(d.get("policy").get("version").asText()).isEqualTo("2023-08-30");
            assertThat(d.get("policy").get("rules").asText()).startsWith("sha256:");
        });
    }

    @Test
    void samplesCoverEverySection() throws IOException {
        CliRun run = CliRun.of("evaluate", SAMPLES.toString());
        List<String> sections = new ArrayList<>();
        for (String line : run.lines()) {
            json.readTree(line).get("findings").forEach(f -> sections.add(f.get("section").asText()));
        }
        assertThat(sections).contains("minors", "consent.intimate", "consent.likeness", "consent.personal-data", "privacy",
                "sexual.audience", "violence", "harassment", "hate", "unlawful", "security.malware",
                "security.credentials", "ip", "spam", "reports");
    }

    @Test
    void unreadableItemsYieldErrorRecordsInPlaceAndExitThree() throws IOException {
        CliRun run = CliRun.of("evaluate", BAD_SAMPLES.toString());

        assertThat(run.exit()).isEqualTo(3);
        List<String> lines = run.lines();
        assertThat(lines).hasSize(Files.readAllLines(BAD_SAMPLES).size());
        JsonNode first = json.readTree(lines.get(0));
        assertThat(first.get("line").asInt()).isEqualTo(1);
        assertThat(first.get("id").asText()).isEqualTo("models/kind/oops");
        assertThat(first.get("error").asText()).startsWith("field 'kind': unknown value 'modle'");
        assertThat(json.readTree(lines.get(1)).get("verdict").asText()).isEqualTo("ALLOW");
        assertThat(json.readTree(lines.get(2)).get("error").asText()).startsWith("field 'signals.hate'");
        assertThat(json.readTree(lines.get(3)).get("error").asText()).startsWith("field 'txet'");
        assertThat(json.readTree(lines.get(4)).get("line").asInt()).isEqualTo(5);
        assertThat(run.err()).contains("bad-items.jsonl:1: models/kind/oops: field 'kind'");
    }

    @Test
    void textFormatPrintsATable() {
        CliRun run = CliRun.of("evaluate", "--format", "text", SAMPLES.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.lines().get(0)).startsWith("ID").contains("VERDICT", "SECTIONS", "REASON");
        assertThat(run.out()).contains("models/x/undress-ai").contains("REMOVE").contains("consent.intimate");
    }

    @Test
    void jsonArrayInputIsReadToo(@TempDir Path dir) throws IOException {
        Path array = dir.resolve("items.json");
        Files.writeString(array, "[{\"id\": \"c/1\", \"kind\": \"comment\"}, {\"id\": \"c/2\", \"kind\": \"comment\", \"signals\": {\"hate\": 0.95}}]");
        CliRun run = CliRun.of("evaluate", array.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.lines()).hasSize(2);
        assertThat(run.lines().get(1)).contains("\"verdict\":\"REMOVE\"");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(CliRun.of("evaluate").exit()).isEqualTo(2);
        assertThat(CliRun.of("evaluate", "--format", "yaml", SAMPLES.toString()).exit()).isEqualTo(2);
        CliRun missing = CliRun.of("evaluate", "no/such/file.jsonl");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("cannot read no/such/file.jsonl");
        assertThat(CliRun.of("frobnicate").exit()).isEqualTo(2);
    }

    @Test
    void helpExplainsEveryOption() {
        CliRun run = CliRun.of("evaluate", "--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("--format", "--lenient", "--no-research-context", "--phone-region", "FILE");
        assertThat(CliRun.of("--help").out()).contains("evaluate", "Exit status");
    }
}
