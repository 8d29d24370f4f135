package io.github.hubpolicy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hubpolicy.testkit.corpus.CorpusGenerator;
import io.github.hubpolicy.json.ItemWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateAndBenchCommandTest {


    @Test
    void generateWritesTheGeneratorsItemsAsJsonLines() {
        CliRun run = CliRun.of("generate", "--count", "40", "--seed", "7");

        assertThat(run.exit()).isZero();
        assertThat(run.out().lines().toList()).isEqualTo(
                new CorpusGenerator(7).items(40).stream().map(ItemWriter::toJson).toList());
    }

    @Test
    void generateObfuscatesTheShareItIsGiven() {
        CliRun run = CliRun.of("generate", "--count", "40", "--seed", "7", "--obfuscate", "0.5");

        assertThat(run.exit()).as(run.err()).isZero();
        List<String> obfuscated = new CorpusGenerator(7, 0.5).items(40).stream().map(ItemWriter::toJson).toList();
        assertThat(run.out().lines().toList()).isEqualTo(obfuscated)
                .isNotEqualTo(new CorpusGenerator(7).items(40).stream().map(ItemWriter::toJson).toList());
    }

    @Test
    void generateRefusesAShareOutsideZeroToOne() {
        CliRun run = CliRun.of("generate", "--count", "4", "--obfuscate", "1.5");

        assertThat(run.exit()).isEqualTo(PolicyCli.EXIT_USAGE);
        assertThat(run.err()).isEqualTo("policy-cli generate: --obfuscate must be from 0 to 1, was 1.5" + System.lineSeparator());
        assertThat(run.out()).isEmpty();
    }

    @Test
    void generateWritesToAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("corpus.jsonl");

        CliRun run = CliRun.of("generate", "--count", "5", "--output", file.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readAllLines(file)).hasSize(5)
                .first().isEqualTo(ItemWriter.toJson(new CorpusGenerator(1).item(0)));
    }

    @Test
    void benchPrintsEveryFigure() {
        CliRun run = CliRun.of("bench", "--seconds", "1", "--count", "30");

        assertThat(run.exit()).as(run.err()).isZero();
        assertFigures(run.out());
        assertThat(run.out()).contains("30 generated (seed 1)").doesNotContain("threads / 1 thread")
                .containsPattern("up to 1 KiB +\\d+\\.\\d%  p50 [\\d,.]+ µs  p99 [\\d,.]+ µs  \\(p99/p50 \\d+\\.\\dx\\)")
                .containsPattern("up to 1 KiB +[\\d,]+ +[\\d,]+ +\\d+\\.\\d\\dx");
    }

    @Test
    void benchMeasuresTheGivenItemsWithAnAddedRuleDirectoryOnTwoThreads(@TempDir Path rules) throws IOException {
        // given: a host rule that never fires
        Files.writeString(rules.resolve("host.drl"), """
                package hubpolicy.rules;

                import io.github.hubpolicy.api.Verdict;
                import io.github.hubpolicy.rules.facts.*;
                import function io.github.hubpolicy.rules.facts.Findings.finding;

                rule "spam: host rule that never fires"
                    @section("spam") @bullet(100)
                when
                    Item( likely("host/never") )
                then
                    finding( drools, Verdict.REVIEW ).because( "never" );
                end
                """);
        // a signal the catalog does not name: the directory declares it
        Files.writeString(rules.resolve("names.properties"), "signals = host/never\n");

        // when
        CliRun run = CliRun.of("bench", "--seconds", "1", "--threads", "2", "--rules", rules.toString(), "samples/items.jsonl");

        // then
        assertThat(run.exit()).as(run.err()).isZero();
        assertFigures(run.out());
        assertThat(run.out()).contains("23 from [samples/items.jsonl]").contains("threads         2")
                .containsPattern("2 threads / 1 thread  \\d+\\.\\d\\dx decisions/s \\([\\d,]+ on 1 thread\\), \\d+\\.\\d\\dx detectors-only/s");
    }

    @Test
    void benchRejectsNonsense() {
        assertThat(CliRun.of("bench", "--threads", "0").exit()).isEqualTo(PolicyCli.EXIT_USAGE);
        assertThat(CliRun.of("bench", "--seconds", "0", "--count", "3").exit()).isEqualTo(PolicyCli.EXIT_USAGE);
        assertThat(CliRun.of("bench", "no-such-file.jsonl").exit()).isEqualTo(PolicyCli.EXIT_USAGE);
    }

    private static void assertFigures(String out) {
        for (String label : List.of("decisions/s", "latency p50", "latency p99 ", "latency p99.9", "detectors-only/s",
                "full/detectors-only", "compiled in", "verdicts", "warmed up")) {
            assertThat(out).as(label).containsPattern(java.util.regex.Pattern.quote(label) + ".*\\d");
        }
    }
}
