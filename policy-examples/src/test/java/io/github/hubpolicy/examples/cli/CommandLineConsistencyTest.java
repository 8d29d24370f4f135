package io.github.hubpolicy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Issue 13, must hold 4: one command line across the commands, and machine-readable outputs for CI. */
class CommandLineConsistencyTest {
    private static final Path BUNDLED = Path.of("../policy-rules/src/main/resources/hubpolicy/rules");
    private static final Path SAMPLES = Path.of("samples/items.jsonl");
    /** The rule-set options every command that builds an evaluator takes. */
    private static final List<String> RULE_SET_OPTIONS = List.of("--rules", "--no-bundled-rules", "--no-research-context",
            "--phone-region", "--likely", "--possible", "--failure-mode", "--max-text-chars", "--max-tags", "--max-files",
            "--max-people", "--max-reports", "--max-pickle-imports", "--max-phone-library-chars", "--disable-rule");
    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"evaluate", "test", "diff", "bench"})
    void everyCommandThatBuildsAnEvaluatorTakesTheSameRuleSetOptions(String command) {
        CliRun help = CliRun.of(command, "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains(RULE_SET_OPTIONS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"evaluate", "validate", "test", "diff", "sections", "generate", "bench", "service",
            "service status", "service release", "service reload"})
    void everyHelpShowsTheOneExitStatusTableWrappedOnce(String command) {
        CliRun top = CliRun.of("--help");
        List<String> args = new java.util.ArrayList<>(List.of(command.split(" ")));
        args.add("--help");
        CliRun help = CliRun.of(args.toArray(String[]::new));
        String table = top.out().substring(top.out().indexOf("Exit status"));
        assertThat(table).contains(" 0 ", " 1 ", " 2 ", " 3 ", " 4 ");
        assertThat(help.out()).contains(table.substring(table.indexOf('\n')));
        // Picocli wraps at the width (80 columns without a terminal); hand-wrapped text would leave short lines mid-paragraph.
        assertThat(help.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
    }

    @Test
    void settingsChangeDecisionsAndTheDigestInEveryCommand(@TempDir Path dir) throws IOException {
        Path item = dir.resolve("item.jsonl");
        Files.writeString(item, "{\"id\": \"c/1\", \"kind\": \"comment\", \"signals\": {\"hate\": 0.7}}\n");
        JsonNode plain = json.readTree(CliRun.of("evaluate", item.toString()).out());
        JsonNode stricter = json.readTree(CliRun.of("evaluate", "--likely", "0.6", item.toString()).out());
        assertThat(plain.get("verdict").asText()).isEqualTo("REVIEW");
        assertThat(stricter.get("verdict").asText()).isEqualTo("REMOVE");
        assertThat(stricter.at("/policy/rules").asText()).isNotEqualTo(plain.at("/policy/rules").asText());

        CliRun badThresholds = CliRun.of("evaluate", "--likely", "0.4", item.toString());
        assertThat(badThresholds.exit()).isEqualTo(2);
        assertThat(badThresholds.err()).contains("thresholds must satisfy 0 < possible <= likely <= 1");
    }

    @Test
    void aDisabledRuleNeverFiresAndAMisspeltOneIsAUsageError(@TempDir Path dir) throws IOException {
        Path item = dir.resolve("item.jsonl");
        Files.writeString(item, "{\"id\": \"c/1\", \"kind\": \"comment\", \"signals\": {\"hate\": 0.95}}\n");
        JsonNode killed = json.readTree(CliRun.of("evaluate", "--disable-rule", "hate: hateful community content",
                item.toString()).out());
        assertThat(killed.get("verdict").asText()).isEqualTo("ALLOW");

        CliRun typo = CliRun.of("evaluate", "--disable-rule", "hate: hatefull community content", item.toString());
        assertThat(typo.exit()).isEqualTo(2);
        assertThat(typo.err()).contains("cannot disable rule \"hate: hatefull community content\"");
    }

    @Test
    void diffAppliesTheSharedSettingsToBothSides(@TempDir Path dir) throws IOException {
        // given: the candidate changes only "hate: hateful artifact" (2 samples change, see diffWritesItsReportAsJson)
        String hate = Files.readString(BUNDLED.resolve("hate.drl"));
        Files.writeString(dir.resolve("hate.drl"), hate.replace("@section(\"hate\") @bullet(4) @softenable", "@section(\"hate\") @bullet(4)"));

        // when: that rule is switched off, on both sides
        CliRun run = CliRun.of("diff", "--disable-rule", "hate: hateful artifact", "--base", "bundled",
                "--candidate", dir.toString(), SAMPLES.toString());

        // then: no difference is left
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("0 of 23 items changed");
    }

    @Test
    void diffWritesItsReportAsJson(@TempDir Path dir) throws IOException {
        // given: a candidate in which hateful artifacts are no longer softened by the research context
        String hate = Files.readString(BUNDLED.resolve("hate.drl"));
        Files.writeString(dir.resolve("hate.drl"), hate.replace("@section(\"hate\") @bullet(4) @softenable", "@section(\"hate\") @bullet(4)"));

        // when
        CliRun run = CliRun.of("diff", "--format", "json", "--base", "bundled", "--candidate", dir.toString(), SAMPLES.toString());

        // then
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.lines()).hasSize(1);
        JsonNode report = json.readTree(run.out());
        assertThat(report.get("decided").asInt()).isEqualTo(23);
        assertThat(report.get("changed").asInt()).isEqualTo(2);
        assertThat(report.at("/base/policy/rules").asText()).startsWith("sha256:")
                .isNotEqualTo(report.at("/candidate/policy/rules").asText());
        assertThat(report.get("sections")).hasSize(2).allSatisfy(group -> {
            assertThat(group.get("section").asText()).isEqualTo("hate");
            assertThat(group.get("to").asText()).isEqualTo("REMOVE");
            assertThat(group.get("items").asInt()).isEqualTo(1);
        });
        JsonNode research = report.get("items").get(0);
        assertThat(research.get("id").asText()).isEqualTo("datasets/uni-lab/hate-speech-research");
        assertThat(research.at("/base/verdict").asText()).isEqualTo("LABEL");
        assertThat(research.at("/candidate/verdict").asText()).isEqualTo("REMOVE");
        assertThat(research.at("/candidate/findings/0/rule").asText()).isEqualTo("hate: hateful artifact");
    }

    @Test
    void diffReportsUnreadableItemsInItsReport(@TempDir Path dir) throws IOException {
        Files.copy(BUNDLED.resolve("hate.drl"), dir.resolve("hate.drl"));
        CliRun run = CliRun.of("diff", "--base", "bundled", "--candidate", dir.toString(), "samples/bad-items.jsonl");
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.out()).contains("bad-items.jsonl:1: models/kind/oops: field 'kind'").contains("could not be read");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void validateWritesProblemsAndTheirCountToOneStream(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("broken.drl"), "package hubpolicy.rules;\nrule \"x\"\nwhen\nthen\n");
        CliRun run = CliRun.of("validate", "--rules", dir.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("broken.drl:").containsPattern("\\d+ errors?, \\d+ warnings?");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void textFormatShowsActions() {
        CliRun run = CliRun.of("evaluate", "--format", "text", SAMPLES.toString());
        assertThat(run.lines().get(0)).containsSubsequence("ID", "VERDICT", "ACTIONS", "SECTIONS", "REASON");
        assertThat(run.lines()).anySatisfy(line -> assertThat(line).contains("models/x/undress-ai", "REMOVE", "consent.intimate")
                .containsPattern("REMOVE\\s+REMOVE"));
    }

    @Test
    void testWritesJunitXmlACiServerReads(@TempDir Path dir) throws Exception {
        // given: one case that passes, one that fails, and a case name that needs escaping
        Path cases = dir.resolve("mine.cases.jsonl");
        Files.writeString(cases, """
                {"case": "wrong <on> purpose & \\u0007", "item": {"id": "c/1", "kind": "comment", "signals": {"hate": 0.9}}, "verdict": "LABEL", "sections": ["hate"], "actions": ["ADD_AUDIENCE_TAG"]}
                {"case": "right", "item": {"id": "c/2", "kind": "comment", "signals": {"hate": 0.9}}, "verdict": "REMOVE", "sections": ["hate"], "actions": ["REMOVE", "WARN_AUTHOR"], "rules": ["hate: hateful community content"]}
                """);
        Path xml = dir.resolve("reports/TEST-policy.xml");
        Files.createDirectories(xml.getParent());

        // when
        CliRun run = CliRun.of("test", "--junit-xml", xml.toString(), cases.toString());

        // then
        assertThat(run.exit()).isEqualTo(1);
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
        Element root = document.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        assertThat(root.getAttribute("tests")).isEqualTo("2");
        assertThat(root.getAttribute("failures")).isEqualTo("1");
        NodeList suites = root.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isEqualTo(1);
        Element suite = (Element) suites.item(0);
        assertThat(suite.getAttribute("name")).isEqualTo(cases.toString());
        assertThat(suite.getAttribute("tests")).isEqualTo("2");
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        NodeList testcases = suite.getElementsByTagName("testcase");
        assertThat(testcases.getLength()).isEqualTo(2);
        Element failing = (Element) testcases.item(0);
        assertThat(failing.getAttribute("classname")).isEqualTo(cases.toString());
        assertThat(failing.getAttribute("name")).isEqualTo("1: wrong <on> purpose & \\u0007");
        Element failure = (Element) failing.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).isEqualTo("verdict: expected LABEL, was REMOVE");
        assertThat(failure.getTextContent()).contains("actions: expected [ADD_AUDIENCE_TAG], was [REMOVE, WARN_AUTHOR]");
        assertThat(((Element) testcases.item(1)).getElementsByTagName("failure").getLength()).isZero();
        assertThat(suite.getElementsByTagName("property").item(0).getAttributes().getNamedItem("value").getNodeValue())
                .startsWith("sha256:");
    }
}
