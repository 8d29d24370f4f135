package io.github.hubpolicy.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.testkit.corpus.CorpusGenerator;
import io.github.hubpolicy.json.DecisionWriter;
import io.github.hubpolicy.json.ItemWriter;
import io.github.hubpolicy.rules.DroolsPolicyEvaluator;
import io.github.hubpolicy.transparency.AuditRecord;
import io.github.hubpolicy.transparency.TransparencyJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both jobs in local mode ({@code local[2]}, inputs split into several partitions), compared with
 * {@code policy-cli} run in-process on the same input: the bundled samples, a generated corpus of
 * 20,000 items, malformed lines, and a broken candidate rule set.
 */
class PolicySparkTest {
    private static final Path SAMPLES = Path.of("../policy-examples/samples").toAbsolutePath().normalize();
    private static final String ITEMS = SAMPLES.resolve("items.jsonl").toString();
    private static final String BAD_ITEMS = SAMPLES.resolve("bad-items.jsonl").toString();
    private static final int CORPUS_SIZE = 20_000;

    private static SparkSession spark;

    @TempDir
    static Path dir;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("policy-spark tests")
                .config("spark.ui.enabled", false)
                .config("spark.sql.shuffle.partitions", 4)
                .getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void decideOnTheSamplesEqualsEvaluateRowForRow() {
        // given the sample items and the unreadable ones, in ranges of 4 KiB (several partitions)
        String output = dir.resolve("decide-samples").toString();

        // when
        Runs job = Runs.spark(spark, "decide", "--max-split-bytes", "4096", output, ITEMS, BAD_ITEMS);
        Runs cli = Runs.cli("evaluate", ITEMS, BAD_ITEMS);

        // then every line of the CLI is a row, in the same order, with the same content
        assertThat(job.status()).as(job.err()).isEqualTo(cli.status()).isEqualTo(3);
        List<Row> rows = spark.read().parquet(output).orderBy("file", "line").collectAsList();
        // items.jsonl sorts before bad-items.jsonl by the CLI's argument order, not by name
        List<String> ordered = new ArrayList<>();
        rows.stream().filter(r -> r.<String>getAs("file").equals(ITEMS)).map(WireJson::of).forEach(ordered::add);
        rows.stream().filter(r -> r.<String>getAs("file").equals(BAD_ITEMS)).map(WireJson::of).forEach(ordered::add);
        assertThat(ordered).hasSize(rows.size()).containsExactlyElementsOf(cli.outLines());
        assertThat(spark.read().parquet(output).inputFiles()).as("part files, one per non-empty partition").hasSizeGreaterThan(1);
        assertThat(job.out()).contains("24 items decided, 4 could not be read");
        // one evaluator for the whole job in this JVM, though several tasks on two threads used it
        assertThat(Evaluators.builds(ShippedRuleSet.read(true, List.of(), ShippedRuleSet.Settings.DEFAULT))).isEqualTo(1);
    }

    @Test
    void decideOnAGeneratedCorpusEqualsTheLibraryRowForRow() throws IOException {
        // given
        Path corpus = corpus();
        String output = dir.resolve("decide-corpus").toString();

        // when
        Runs job = Runs.spark(spark, "decide", "--max-split-bytes", String.valueOf(2 * 1024 * 1024), output, corpus.toString());

        // then
        assertThat(job.status()).as(job.err()).isZero();
        List<String> rows = spark.read().parquet(output).orderBy("line").collectAsList().stream().map(WireJson::of).toList();
        DroolsPolicyEvaluator evaluator = DroolsPolicyEvaluator.builder().build();
        List<String> expected = new CorpusGenerator(CorpusGenerator.DEFAULT_SEED).items(CORPUS_SIZE).stream()
                .map(item -> DecisionWriter.toJson(evaluator.evaluate(item))).toList();
        assertThat(rows).hasSize(CORPUS_SIZE);
        for (int i = 0; i < CORPUS_SIZE; i++) {
            assertThat(rows.get(i)).as("line %d", i + 1).isEqualTo(expected.get(i));
        }
        assertThat(spark.read().parquet(output).inputFiles()).hasSizeGreaterThan(4);
    }

    @Test
    void diffOnTheSamplesEqualsPolicyCliDiff() throws IOException {
        // given a candidate that removes safeguarded hateful research datasets (README, "For policy authors")
        Path candidate = hateWithoutResearchSoftening(dir.resolve("candidate-samples"));
        String output = dir.resolve("diff-samples").toString();

        // when
        Runs job = Runs.spark(spark, "diff", "--base", "bundled", "--candidate", candidate.toString(),
                "--max-split-bytes", "4096", output, ITEMS, BAD_ITEMS);
        Runs cli = Runs.cli("diff", "--base", "bundled", "--candidate", candidate.toString(), ITEMS, BAD_ITEMS);

        // then the report is the CLI's, line for line, and so is the exit status
        assertThat(job.status()).as(job.err()).isEqualTo(cli.status()).isEqualTo(1);
        assertThat(Files.readString(Path.of(output, "report.txt"))).isEqualTo(cli.out());
        assertThat(cli.out()).contains("hate: 1 item LABEL→REMOVE", "hate: 1 item RESTRICT→REMOVE");
        // the Parquet summary and changes say the same
        List<String> summary = spark.read().parquet(output + "/summary").collectAsList().stream()
                .map(r -> r.getString(0) + " " + r.getString(1) + " " + r.getString(2) + " " + r.getLong(3)).toList();
        assertThat(summary).containsExactlyInAnyOrder("hate LABEL REMOVE 1", "hate RESTRICT REMOVE 1");
        List<Row> changed = spark.read().parquet(output + "/changes").filter("status = 'changed'").orderBy("line").collectAsList();
        assertThat(changed).extracting(r -> r.<String>getAs("id"))
                .containsExactly("datasets/uni-lab/hate-speech-research", "datasets/anon/slur-collection");
        assertThat(changed).extracting(r -> r.<Row>getAs("candidate").<String>getAs("verdict")).containsOnly("REMOVE");
        assertThat(spark.read().parquet(output + "/changes").filter("status = 'unreadable'").count()).isEqualTo(4);
        assertThat(job.out()).contains("2 of 24 items changed, 4 could not be read");
    }

    @Test
    void diffOnAGeneratedCorpusEqualsPolicyCliDiff() throws IOException {
        // given
        Path corpus = corpus();
        Path candidate = hateWithoutResearchSoftening(dir.resolve("candidate-corpus"));
        Files.writeString(candidate.resolve("violence.drl"), bundled("violence.drl")
                .replace("finding( drools, Verdict.LABEL )", "finding( drools, Verdict.REVIEW )"));
        String output = dir.resolve("diff-corpus").toString();

        // when
        Runs job = Runs.spark(spark, "diff", "--base", "bundled", "--candidate", candidate.toString(),
                "--max-split-bytes", String.valueOf(2 * 1024 * 1024), output, corpus.toString());
        Runs cli = Runs.cli("diff", "--base", "bundled", "--candidate", candidate.toString(), corpus.toString());

        // then
        assertThat(job.status()).as(job.err()).isEqualTo(cli.status()).isEqualTo(1);
        String report = Files.readString(Path.of(output, "report.txt"));
        assertThat(report).isEqualTo(cli.out());
        assertThat(report.lines().filter(l -> l.startsWith("  ")).count()).as("changed items").isGreaterThan(10);
    }

    @Test
    void malformedLinesBecomeErrorRowsAndTheRestIsDecided() throws IOException {
        // given CRLF line ends, a blank line, broken JSON, an array, an unknown value and bytes that are not UTF-8
        byte[] notUtf8 = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        List<byte[]> lines = List.of(
                bytes("{\"id\": \"c/1\", \"kind\": \"comment\", \"text\": \"thanks!\"}"),
                bytes("   "),
                bytes("{\"id\": \"c/2\", \"kind\": \"comment\", \"text\": "),
                notUtf8,
                bytes("[1, 2]"),
                bytes("{\"id\": \"c/3\", \"kind\": \"comnent\"}"),
                bytes("{\"id\": \"c/4\", \"kind\": \"comment\", \"text\": \"hello\"}"));
        Path input = write(dir.resolve("malformed.jsonl"), lines, null);
        // the CLI refuses a file that is not UTF-8: compare with the same file, that line blank
        Path sameButBlank = write(dir.resolve("malformed-blank.jsonl"), lines, notUtf8);
        String output = dir.resolve("decide-malformed").toString();

        // when
        Runs job = Runs.spark(spark, "decide", "--max-split-bytes", "64", output, input.toString());
        Runs cli = Runs.cli("evaluate", sameButBlank.toString());

        // then
        assertThat(job.status()).as(job.err()).isEqualTo(3);
        List<Row> rows = spark.read().parquet(output).orderBy("line").collectAsList();
        assertThat(rows).extracting(r -> r.<Integer>getAs("line")).containsExactly(1, 3, 4, 5, 6, 7);
        Row utf8 = rows.get(2);
        assertThat(utf8.<String>getAs("error")).isEqualTo("not valid UTF-8 at byte 7");
        assertThat(utf8.<String>getAs("verdict")).isNull();
        List<String> others = new ArrayList<>(rows.stream().map(WireJson::of).toList());
        others.remove(2);
        assertThat(others).containsExactlyElementsOf(cli.outLines());
        assertThat(others.get(1)).startsWith("{\"line\":3,\"id\":\"c/2\",\"error\":\"malformed JSON");
        assertThat(job.out()).contains("2 items decided, 4 could not be read");
    }

    @Test
    void aBrokenCandidateStopsTheJobBeforeAnyTaskWithTheCompilersLocations() throws IOException {
        // given
        Path candidate = Files.createDirectories(dir.resolve("candidate-broken"));
        Files.writeString(candidate.resolve("host.drl"), """
                package hubpolicy.rules;

                rule "spam: host rule"
                    @section("spam") @bullet(9)
                wen
                    Item( community )
                then
                end
                """);
        String output = dir.resolve("diff-broken").toString();
        spark.sparkContext().setJobGroup("broken-candidate", "a broken candidate", false);

        // when
        Runs job = Runs.spark(spark, "diff", "--base", "bundled", "--candidate", candidate.toString(), output, ITEMS);
        Runs cli = Runs.cli("diff", "--base", "bundled", "--candidate", candidate.toString(), ITEMS);
        spark.sparkContext().clearJobGroup();

        // then the same problems as the CLI, no Spark job, no output
        assertThat(job.status()).isEqualTo(cli.status()).isEqualTo(2);
        assertThat(job.err()).startsWith("policy-spark diff: ").contains("host.drl:5:0:")
                .isEqualTo(cli.err().replace("policy-cli diff: ", "policy-spark diff: "));
        assertThat(spark.sparkContext().statusTracker().getJobIdsForGroup("broken-candidate")).isEmpty();
        assertThat(Path.of(output)).doesNotExist();
    }

    @Test
    void parquetItemsAreDecidedAsTheirJsonLines() {
        // given the samples as a Parquet table, the item format's fields as columns
        String table = dir.resolve("items-parquet").toString();
        spark.read().json(ITEMS).coalesce(1).write().parquet(table);
        String output = dir.resolve("decide-parquet").toString();

        // when
        Runs job = Runs.spark(spark, "decide", "--input-format", "parquet", output, table);
        Runs cli = Runs.cli("evaluate", ITEMS);

        // then
        assertThat(job.status()).as(job.err() + job.out()).isZero();
        List<String> rows = spark.read().parquet(output).orderBy("line").collectAsList().stream().map(WireJson::of).toList();
        assertThat(rows).containsExactlyElementsOf(cli.outLines());
    }

    @Test
    void statementsAndAuditLinesAreColumnsBesideTheDecisions() {
        // given
        String output = dir.resolve("decide-transparency").toString();

        // when
        Runs job = Runs.spark(spark, "decide", "--policy-url", "https://hub.example/policy", "--audit-salt", "pepper",
                output, ITEMS);
        Runs cli = Runs.cli("evaluate", "--format", "statement", "--policy-url", "https://hub.example/policy", ITEMS);

        // then a statement for each RESTRICT or REMOVE decision, as many as the CLI's, and an audit line for every one
        assertThat(job.status()).as(job.err()).isZero();
        List<Row> rows = spark.read().parquet(output).orderBy("line").collectAsList();
        for (Row row : rows) {
            String verdict = row.getAs("verdict");
            String statement = row.getAs("statement");
            assertThat(statement != null).as("statement of %s", verdict).isEqualTo(verdict.equals("RESTRICT") || verdict.equals("REMOVE"));
            AuditRecord audit = TransparencyJson.parseAudit(row.getAs("audit"));
            assertThat(audit.decision().id()).isEqualTo(row.<String>getAs("id"));
            assertThat(audit.decision().verdict().name()).isEqualTo(verdict);
            assertThat(audit.decision().policy().rules()).isEqualTo(row.<Row>getAs("policy").getString(1));
        }
        assertThat(rows.stream().filter(r -> r.getAs("statement") != null).count()).isEqualTo(cli.outLines().size()).isPositive();
    }

    private static Path corpus() throws IOException {
        Path corpus = dir.resolve("corpus.jsonl");
        if (!Files.exists(corpus)) {
            List<String> lines = new ArrayList<>(CORPUS_SIZE);
            for (ContentItem item : new CorpusGenerator(CorpusGenerator.DEFAULT_SEED).items(CORPUS_SIZE)) {
                lines.add(ItemWriter.toJson(item));
            }
            Files.write(corpus, lines, StandardCharsets.UTF_8);
        }
        return corpus;
    }

    private static Path hateWithoutResearchSoftening(Path candidate) throws IOException {
        Files.createDirectories(candidate);
        String hate = bundled("hate.drl");
        assertThat(hate).contains("@section(\"hate\") @bullet(4) @softenable");
        Files.writeString(candidate.resolve("hate.drl"),
                hate.replace("@section(\"hate\") @bullet(4) @softenable", "@section(\"hate\") @bullet(4)"));
        return candidate;
    }

    private static String bundled(String file) throws IOException {
        try (InputStream in = DroolsPolicyEvaluator.class.getResourceAsStream("/hubpolicy/rules/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The lines with CRLF ends; {@code blank} (if given) written as an empty line instead. */
    private static Path write(Path file, List<byte[]> lines, byte[] blank) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            for (byte[] line : lines) {
                if (line != blank) {
                    out.write(line);
                }
                out.write(new byte[] {'\r', '\n'});
            }
        }
        return file;
    }

}
