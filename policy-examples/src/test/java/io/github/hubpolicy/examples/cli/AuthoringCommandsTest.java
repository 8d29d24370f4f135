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
        assertThat(run.out()).startsWith(dir.resolve("typo.drl") + ":6:").contains("comunity");
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
        assertThat(run.out()).contains("lint.drl:5:0: rule \"hats: misspelt section\" names section \"hats\"");
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
