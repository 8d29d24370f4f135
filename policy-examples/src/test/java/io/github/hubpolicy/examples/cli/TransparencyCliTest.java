package io.github.hubpolicy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.api.Verdict;
import io.github.hubpolicy.api.catalog.PolicySections;
import io.github.hubpolicy.json.ItemReader;
import io.github.hubpolicy.json.ReadResult;
import io.github.hubpolicy.rules.DroolsPolicyEvaluator;
import io.github.hubpolicy.transparency.AuditRecord;
import io.github.hubpolicy.transparency.TransparencyJson;
import java.io.InputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class TransparencyCliTest {
    private static final Path SAMPLES = Path.of("samples/items.jsonl");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static DroolsPolicyEvaluator evaluator;
    private static List<ReadResult> samples;

    @BeforeAll
    static void setUp() throws IOException {
        evaluator = DroolsPolicyEvaluator.builder().build();
        try (InputStream in = Files.newInputStream(SAMPLES)) {
            samples = ItemReader.strict().readAll(in);
        }
    }

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = PolicyCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        assertThat(exit).as(err.toString()).isZero();
        return out.toString().split("\n");
    }

    @Test
    void sectionsPrintsTheCrosswalkTable() {
        String[] lines = run("sections");

        assertThat(lines).hasSize(1 + PolicySections.all().size());
        assertThat(lines[0]).startsWith("SECTION").contains("DSA CATEGORY (STATEMENT_CATEGORY_)", "LLAMA GUARD 3");
        assertThat(lines[1]).startsWith("minors").contains("PROTECTION_OF_MINORS", "CHILD_SEXUAL_ABUSE_MATERIAL",
                "sexual/minors", "S4 Child Sexual Exploitation");
    }

    @Test
    void sectionsAsJsonIsOneLinePerSectionInCatalogOrder() throws IOException {
        String[] lines = run("sections", "--format", "json");

        List<String> ids = new ArrayList<>();
        for (String line : lines) {
            JsonNode section = JSON.readTree(line);
            ids.add(section.get("id").asText());
            assertThat(section.get("dsaCategory").asText()).startsWith("STATEMENT_CATEGORY_");
            assertThat(section.get("summary").asText()).isNotBlank();
        }
        assertThat(ids).containsExactlyElementsOf(PolicySections.all().stream().map(s -> s.id()).toList());
    }

    /** As EvaluateCommand is to call it: the item and its decision, or the unreadable record. */
    @Test
    void statementPrinterPrintsOneStatementPerRestrictingDecisionAndPassesErrorsThrough() throws IOException {
        StringWriter text = new StringWriter();
        StatementPrinter printer = new StatementPrinter(new PrintWriter(text, true), options("--policy-url",
                "https://hub.example/policy").statements());
        List<String> restricting = new ArrayList<>();

        for (ReadResult result : samples) {
            ContentItem item = ((ReadResult.Parsed) result).item();
            Decision decision = evaluator.evaluate(item);
            if (decision.verdict().atLeast(Verdict.RESTRICT)) {
                restricting.add(item.id());
            }
            printer.decision(decision, item);
        }
        printer.unreadable(new ReadResult.Unreadable(7, null, "field 'kind': is required"));
        printer.finish();

        List<String> lines = text.toString().lines().toList();
        assertThat(lines).hasSize(restricting.size() + 1);
        for (int i = 0; i < restricting.size(); i++) {
            JsonNode statement = JSON.readTree(lines.get(i));
            assertThat(statement.get("id").asText()).isEqualTo(restricting.get(i));
            assertThat(statement.get("decision_ground").asText()).isEqualTo("DECISION_GROUND_INCOMPATIBLE_CONTENT");
            assertThat(statement.get("decision_ground_reference_url").asText()).startsWith("https://hub.example/policy#");
            assertThat(statement.get("automated_decision").asText()).isEqualTo("AUTOMATED_DECISION_FULLY");
            assertThat(statement.get("redress").asText()).isEqualTo(TransparencyOptions.DEFAULT_REDRESS);
        }
        assertThat(lines.get(lines.size() - 1)).isEqualTo("{\"line\":7,\"id\":null,\"error\":\"field 'kind': is required\"}");
    }

    @Test
    void auditLogAppendsOneReplayableLinePerDecisionAcrossRuns(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("audit.jsonl");
        TransparencyOptions options = options("--audit", file.toString(), "--audit-salt", "s3cret");
        List<ContentItem> items = samples.stream().map(r -> ((ReadResult.Parsed) r).item()).toList();

        for (int run = 0; run < 2; run++) {
            try (AuditLog audit = options.openAudit()) {
                for (ContentItem item : items) {
                    audit.append(evaluator.evaluate(item), item);
                }
            }
        }

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2 * items.size());
        for (int i = 0; i < lines.size(); i++) {
            AuditRecord record = TransparencyJson.parseAudit(lines.get(i));
            ContentItem item = items.get(i % items.size());
            assertThat(record.decision().id()).isEqualTo(item.id());
            assertThat(record.decision().verdict()).isEqualTo(evaluator.evaluate(item).verdict());
            assertThat(record.decision().policy()).isEqualTo(evaluator.policy());
        }
        assertThat(String.join("\n", lines)).doesNotContain("Jane Doe").contains("person:");
    }

    @Test
    void optionsSayWhatIsMissing() throws IOException {
        assertThatThrownBy(() -> options().statements()).hasMessage("--format statement needs --policy-url");
        assertThatThrownBy(() -> options("--policy-url", "ftp://x/y").statements())
                .isInstanceOf(IllegalArgumentException.class);
        if (System.getenv("HUBPOLICY_AUDIT_SALT") == null) {
            assertThatThrownBy(() -> options("--audit", "x.jsonl").openAudit()).hasMessageContaining("--audit-salt");
        }
        assertThat(options().openAudit()).isNull();
    }

    @Command(name = "holder")
    static final class Holder {
        @Mixin
        TransparencyOptions options;
    }

    private static TransparencyOptions options(String... args) {
        Holder holder = new Holder();
        new CommandLine(holder).parseArgs(args);
        return holder.options;
    }
}
