package io.github.hubpolicy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The policy authors' workflow: validate, test (with coverage), diff. */
class AuthoringCommandsTest {
    private static final Path BUNDLED = Path.of("../policy-rules/src/main/resources/hubpolicy/rules");
    private static final Path SAMPLES = Path.of("samples/items.jsonl");



    /** A candidate hate.drl in which hateful artifacts are no longer softened by the research context. */
    private static Path candidate(Path dir) throws IOException {
        String hate = Files.readString(BUNDLED.resolve("hate.drl"));
        Files.writeString(dir.resolve("hate.drl"), hate.replace("@section(\"hate\") @bullet(4) @softenable", "@section(\"hate\") @bullet(4)"));
        return dir;
    }

    @Test
    void validateAcceptsAGoodDirectory(@TempDir Path dir) throws IOException {
        CliRun run = CliRun.of("validate", candidate(dir).toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("ok: ").contains("rules in").contains("sha256:");
    }

    @Test
    void validateReportsEveryProblemLocatedAndExitsNonZero(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("typo.drl"), """
                package hubpolicy.rules;
                import io.github.hubpolicy.rules.facts.*;
                rule "hate: a typo"
                    @section("hate") @bullet(9)
                when
                    Item( comunity )
                then
                end
                """);
        CliRun run = CliRun.of("validate", dir.toString());
        assertThat(run.exit()).isEqualTo(1);
        // both problems of the file: the lint's and the compiler's
        assertThat(run.lines()).hasSize(3);
        assertThat(run.lines().get(0)).startsWith(dir.resolve("typo.drl") + ":3:0: error: ").contains("does not record a finding");
        assertThat(run.lines().get(1)).startsWith(dir.resolve("typo.drl") + ":6:4: error: ").contains("comunity");
        assertThat(run.lines().get(2)).isEqualTo("2 errors, 0 warnings");
    }

    @Test
    void validateLintsMetadata(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("lint.drl"), """
                package hubpolicy.rules;
                import io.github.hubpolicy.api.Verdict;
                import io.github.hubpolicy.rules.facts.*;
                import function io.github.hubpolicy.rules.facts.Findings.finding;
                rule "hats: misspelt section"
                    @section("hats") @bullet(1)
                when
                    Item( community )
                then
                    finding( drools, Verdict.REVIEW ).because( "x" );
                end
                """);
        CliRun run = CliRun.of("validate", dir.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("lint.drl:5:0: error: rule \"hats: misspelt section\" names section \"hats\"");
    }

    private static final Path FIXTURES = Path.of("../policy-rules/src/test/resources/fixtures");

    @Test
    void validateTakesRulesLikeTheOtherCommandsAndKeepsPositionalDirectoriesAsADeprecatedAlias(@TempDir Path dir) throws IOException {
        // when
        CliRun withOption = CliRun.of("validate", "--rules", candidate(dir).toString());
        CliRun positional = CliRun.of("validate", dir.toString());

        // then
        assertThat(withOption.exit()).isZero();
        assertThat(withOption.err()).isEmpty();
        assertThat(positional.exit()).isZero();
        assertThat(positional.out()).isEqualTo(withOption.out());
        assertThat(positional.err()).contains("deprecated").contains("--rules");
    }

    @Test
    void validateReportsEveryProblemOfEveryFileInOneRunOnStandardOutput() {
        // when
        CliRun run = CliRun.of("validate", "--no-bundled-rules", "--rules", FIXTURES.resolve("every-problem-in-one-run").toString());

        // then
        Path dir = FIXTURES.resolve("every-problem-in-one-run");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.lines()).extracting(line -> line.substring(0, line.indexOf(": ", line.indexOf(".drl:")) + 2)
                        + line.substring(line.indexOf(": ", line.indexOf(".drl:")) + 2).split(":")[0])
                .containsExactly(
                        dir.resolve("a-syntax-error.drl") + ":15:0: error",
                        dir.resolve("b-unknown-phase.drl") + ":11:19: error",
                        dir.resolve("c-unknown-signal.drl") + ":12:36: error",
                        dir.resolve("c-unknown-signal.drl") + ":14:87: error",
                        dir.resolve("d-type-error.drl") + ":11:4: error",
                        dir.resolve("e-or-beside-and.drl") + ":12:64: warning",
                        "5 errors, 1 warning");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void warningsPassUnlessStrict() {
        // given
        String dir = FIXTURES.resolve("or-beside-and").toString();

        // when
        CliRun lenient = CliRun.of("validate", "--no-bundled-rules", "--rules", dir);
        CliRun strict = CliRun.of("validate", "--no-bundled-rules", "--rules", dir, "--strict");

        // then
        assertThat(lenient.exit()).isZero();
        assertThat(lenient.lines()).hasSize(2);
        assertThat(lenient.lines().get(0)).contains("or-beside-and.drl:12:64: warning: rule \"minors: unparenthesised or and and\"");
        assertThat(lenient.lines().get(1)).startsWith("ok: 1 rules in 1 files, rule set sha256:").endsWith("; 1 warning");
        assertThat(strict.exit()).isEqualTo(1);
        assertThat(strict.lines()).containsExactly(lenient.lines().get(0).replace(": warning: ", ": error: "), "1 error, 0 warnings");
    }

    @Test
    void validateWritesOneJsonObjectForCi() throws IOException {
        // when
        CliRun bad = CliRun.of("validate", "--no-bundled-rules", "--rules", FIXTURES.resolve("unknown-signal").toString(), "--format", "json");
        CliRun good = CliRun.of("validate", "--format", "json");

        // then
        com.fasterxml.jackson.databind.JsonNode report = new com.fasterxml.jackson.databind.ObjectMapper().readTree(bad.out());
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.lines()).hasSize(1);
        assertThat(report.get("ok").asBoolean()).isFalse();
        assertThat(report.get("errors").asInt()).isEqualTo(2);
        assertThat(report.get("warnings").asInt()).isZero();
        assertThat(report.get("ruleSet").isNull()).isTrue();
        assertThat(report.get("problems").get(0).get("file").asText()).endsWith("unknown-signal.drl");
        assertThat(report.get("problems").get(0).get("line").asInt()).isEqualTo(12);
        assertThat(report.get("problems").get(0).get("column").asInt()).isEqualTo(36);
        assertThat(report.get("problems").get(0).get("severity").asText()).isEqualTo("error");
        assertThat(report.get("problems").get(0).get("message").asText()).contains("reads signal \"hat\"").contains("did you mean \"hate\"");
        com.fasterxml.jackson.databind.JsonNode ok = new com.fasterxml.jackson.databind.ObjectMapper().readTree(good.out());
        assertThat(good.exit()).isZero();
        assertThat(ok.get("ok").asBoolean()).isTrue();
        assertThat(ok.get("rules").asInt()).isEqualTo(51);   // the six per-section repeat-offender rules are one since issue 11
        assertThat(ok.get("ruleSet").asText()).startsWith("sha256:");
        assertThat(ok.get("problems")).isEmpty();
    }

    @Test
    void evaluateWarnsOncePerUnreadNameAndStrictNamesTurnsItIntoAnErrorRecord(@TempDir Path dir) throws IOException {
        // given: two items with a misspelt signal, one with a correct one
        Path items = dir.resolve("items.jsonl");
        Files.writeString(items, """
                {"id": "c/1", "kind": "comment", "text": "x", "signals": {"hat": 0.95}}
                {"id": "c/2", "kind": "comment", "text": "x", "signals": {"hat": 0.95}}
                {"id": "c/3", "kind": "comment", "text": "x", "signals": {"hate": 0.95}}
                """);

        // when
        CliRun lenient = CliRun.of("evaluate", "--format", "text", items.toString());
        CliRun strict = CliRun.of("evaluate", "--strict-names", items.toString());

        // then: decided (the name is kept), and one warning with a did-you-mean
        assertThat(lenient.exit()).isZero();
        assertThat(lenient.err().lines()).containsExactly("policy-cli evaluate: warning: signals.hat: no rule reads signal"
                + " \"hat\" (did you mean \"hate\"?); the name is kept and not reported again");
        // strict: an error record naming the field in each item's place, exit status 3
        assertThat(strict.exit()).isEqualTo(3);
        assertThat(strict.lines()).hasSize(3);
        assertThat(strict.lines().get(0)).contains("\"line\":1").contains("\"id\":\"c/1\"")
                .contains("field 'signals.hat': no rule reads signal \\\"hat\\\" (did you mean \\\"hate\\\"?)");
        assertThat(strict.lines().get(1)).contains("\"id\":\"c/2\"").contains("signals.hat");
        assertThat(strict.lines().get(2)).contains("\"verdict\":\"REMOVE\"");
    }

    @Test
    void bundledCasesPassWithFullCoverage() throws IOException {
        String[] files;
        try (var list = Files.list(BUNDLED)) {
            files = list.filter(f -> f.toString().endsWith(".cases.jsonl")).map(Path::toString).sorted().toArray(String[]::new);
        }
        String[] args = new String[files.length + 3];
        args[0] = "test";
        args[1] = "--quiet";
        args[2] = "--coverage";
        System.arraycopy(files, 0, args, 3, files.length);

        CliRun run = CliRun.of(args);

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("(100%)").doesNotContain("Rules no case fires").doesNotContain("Sections with no case");
        assertThat(run.out().strip()).matches("(?s).*\\n\\d+ passed, 0 failed");
    }

    @Test
    void aFailingCaseShowsWhatDifferedAndExitsOne(@TempDir Path dir) throws IOException {
        Path cases = dir.resolve("mine.cases.jsonl");
        Files.writeString(cases, """
                {"case": "wrong on purpose", "item": {"id": "c/1", "kind": "comment", "signals": {"hate": 0.9}}, "verdict": "LABEL", "sections": ["hate"], "actions": ["ADD_AUDIENCE_TAG"]}
                {"case": "right", "item": {"id": "c/2", "kind": "comment", "signals": {"hate": 0.9}}, "verdict": "REMOVE", "sections": ["hate"], "actions": ["REMOVE", "WARN_AUTHOR"], "rules": ["hate: hateful community content"]}
                """);
        CliRun run = CliRun.of("test", "--coverage", cases.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL " + cases + ":1 wrong on purpose")
                .contains("verdict: expected LABEL, was REMOVE")
                .contains("actions: expected [ADD_AUDIENCE_TAG], was [REMOVE, WARN_AUTHOR]")
                .contains("PASS " + cases + ":2 right")
                .contains("Rules no case fires:").contains("Sections with no case:")
                .contains("1 passed, 1 failed");
    }

    @Test
    void anUnreadableCaseFileIsAUsageError(@TempDir Path dir) throws IOException {
        Path cases = dir.resolve("bad.cases.jsonl");
        Files.writeString(cases, "{\"case\": \"x\", \"item\": {\"id\": \"c/1\", \"kind\": \"comment\"}, \"verdict\": \"MAYBE\", \"sections\": []}\n");
        CliRun run = CliRun.of("test", cases.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains(cases + ":1: 'verdict': unknown value 'MAYBE'");
    }

    @Test
    void diffReportsChangesBySectionAndExitsOne(@TempDir Path dir) throws IOException {
        CliRun run = CliRun.of("diff", "--base", "bundled", "--candidate", candidate(dir).toString(), SAMPLES.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("hate: 1 item LABEL→REMOVE").contains("hate: 1 item RESTRICT→REMOVE")
                .contains("datasets/uni-lab/hate-speech-research: LABEL [ADD_AUDIENCE_TAG] → REMOVE [REMOVE]")
                .doesNotContain("->")
                .contains("2 of 23 items changed");
    }

    @Test
    void diffOfIdenticalRuleSetsExitsZero(@TempDir Path dir) throws IOException {
        Files.copy(BUNDLED.resolve("hate.drl"), dir.resolve("hate.drl"));
        CliRun run = CliRun.of("diff", "--base", "bundled", "--candidate", dir.toString(), SAMPLES.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("0 of 23 items changed");
    }

    @Test
    void evaluateTakesARuleDirectory(@TempDir Path dir) throws IOException {
        CliRun run = CliRun.of("evaluate", "--rules", candidate(dir).toString(), SAMPLES.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("{\"id\":\"datasets/uni-lab/hate-speech-research\",\"verdict\":\"REMOVE\"");
    }
}
