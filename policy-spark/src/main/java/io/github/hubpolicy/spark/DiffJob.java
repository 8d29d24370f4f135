package io.github.hubpolicy.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.when;

import io.github.hubpolicy.api.Action;
import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.api.DecisionChange;
import io.github.hubpolicy.api.Verdict;
import io.github.hubpolicy.json.DiffReport;
import io.github.hubpolicy.json.ReadResult;
import io.github.hubpolicy.rules.DroolsPolicyEvaluator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code diff --base DIR|bundled --candidate DIR OUTPUT INPUT...}: the shadow diff of {@code
 * policy-cli diff} over any number of items. Each item is decided by both rule sets in the same
 * pass; OUTPUT gets {@code changes/} (Parquet: every changed or unreadable item), {@code summary/}
 * (Parquet: items per section and transition) and {@code report.txt} (the text the CLI prints).
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Decides every item with a base and a candidate rule set in the same pass and writes every item "
                + "whose verdict, actions or sections changed, the per-section summary (hate: 12 items LABEL→REMOVE) and "
                + "the text report of policy-cli diff. The rule-set options apply to both sides.")
final class DiffJob implements Callable<Integer> {
    private static final String CHANGED = "changed";
    private static final String UNCHANGED = "unchanged";
    private static final String UNREADABLE = "unreadable";

    /** {@link Rows#CHANGES} with each item's status: what a task emits, before the unchanged items are counted and left out. */
    private static final StructType ALL = Rows.CHANGES.add("status", DataTypes.StringType, false);

    private final SparkSession spark;
    private final PrintWriter out;
    private final PrintWriter err;

    @Option(names = "--base", required = true, paramLabel = "DIR|bundled",
            description = "The rule set in service: 'bundled' (no directory of its own), or a rule directory.")
    private String base;

    @Option(names = "--candidate", required = true, paramLabel = "DIR", description = "The candidate rule directory.")
    private Path candidate;

    @Parameters(index = "0", paramLabel = "OUTPUT", description = "Output directory: changes/, summary/, report.txt.")
    private String output;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "INPUT",
            description = "Input files, directories or globs (any Hadoop file system).")
    private List<String> inputs;

    @Mixin
    private JobOptions options;

    DiffJob(SparkSession spark, PrintWriter out, PrintWriter err) {
        this.spark = spark;
        this.out = out;
        this.err = err;
    }

    private record Task(Broadcast<ShippedRuleSet> base, String baseDigest, Broadcast<ShippedRuleSet> candidate,
                        String candidateDigest) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Override
    public Integer call() {
        ShippedRuleSet baseRules;
        ShippedRuleSet candidateRules;
        DroolsPolicyEvaluator baseEvaluator;
        DroolsPolicyEvaluator candidateEvaluator;
        Inputs.Files files;
        try {
            baseRules = options.ruleSet(base.equals("bundled") ? null : Path.of(base));
            candidateRules = options.ruleSet(candidate);
            files = Inputs.expand(spark.sparkContext().hadoopConfiguration(), inputs);
            // Both compiled on the driver first: a side that does not compile stops the job before any task.
            baseEvaluator = Evaluators.of(baseRules);
            candidateEvaluator = Evaluators.of(candidateRules);
        } catch (RuntimeException e) {
            err.println("policy-spark diff: " + e.getMessage());
            return PolicySpark.EXIT_USAGE;
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Task task = new Task(jsc.broadcast(baseRules), baseEvaluator.policy().rules(), jsc.broadcast(candidateRules),
                candidateEvaluator.policy().rules());
        JavaRDD<Row> rows = Inputs.map(spark, options.inputFormat, files, options.lenient, options.splitBytes(),
                records -> diffAll(task, records));
        // Kept so that the items are decided once: counted, summarised, written and reported from here.
        Dataset<Row> all = spark.createDataFrame(rows, ALL).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            return report(all, task);
        } catch (IOException e) {
            err.println("policy-spark diff: cannot write the report: " + e.getMessage());
            return PolicySpark.EXIT_USAGE;
        } finally {
            all.unpersist();
        }
    }

    private int report(Dataset<Row> all, Task task) throws IOException {
        SaveMode mode = options.overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
        Row counts = all.agg(count(when(col("status").equalTo(CHANGED), 1)),
                count(when(col("status").equalTo(UNREADABLE), 1)), count(when(col("status").notEqual(UNREADABLE), 1))).first();
        long changed = counts.getLong(0);
        long unreadable = counts.getLong(1);
        long decided = counts.getLong(2);

        Dataset<Row> changes = all.filter(col("status").notEqual(UNCHANGED)).orderBy(col("order"), col("line"));
        changes.select("file", "line", "id", "status", "sections", "base", "candidate", "error")
                .write().mode(mode).parquet(output + "/changes");
        Dataset<Row> summary = all.filter(col("status").equalTo(CHANGED)).select(explode(col("sections")).as("s"))
                .groupBy(col("s.section").as("section"), col("s.from").as("from"), col("s.to").as("to"))
                .agg(count("*").as("items"))
                .orderBy("section", "from", "to");
        summary.coalesce(1).write().mode(mode).parquet(output + "/summary");
        // At most sections × verdicts² rows: small enough for the driver.
        List<DiffReport.SectionCount> sections = spark.read().parquet(output + "/summary").collectAsList().stream()
                .map(r -> new DiffReport.SectionCount(r.getString(0), verdict(r.getString(1)), verdict(r.getString(2)),
                        r.getLong(3)))
                .sorted(DiffReport.SectionCount.ORDER).toList();

        org.apache.hadoop.fs.Path reportPath = new org.apache.hadoop.fs.Path(output, "report.txt");
        FileSystem fs = reportPath.getFileSystem(spark.sparkContext().hadoopConfiguration());
        try (Writer report = new BufferedWriter(new OutputStreamWriter(fs.create(reportPath, options.overwrite),
                StandardCharsets.UTF_8))) {
            line(report, DiffReport.header(base, candidate.toString()));
            for (DiffReport.SectionCount section : sections) {
                line(report, DiffReport.section(section));
            }
            // Streamed partition by partition (never the whole list on the driver), in input order.
            Iterator<Row> changedItems = changes.filter(col("status").equalTo(CHANGED))
                    .select("id", "base.verdict", "base.actions", "candidate.verdict", "candidate.actions").toLocalIterator();
            while (changedItems.hasNext()) {
                Row r = changedItems.next();
                line(report, DiffReport.change(r.getString(0), Verdict.valueOf(r.getString(1)), actions(r.getList(2)),
                        Verdict.valueOf(r.getString(3)), actions(r.getList(4))));
            }
            Iterator<Row> errors = changes.filter(col("status").equalTo(UNREADABLE))
                    .select("file", "line", "id", "error").toLocalIterator();
            while (errors.hasNext()) {
                Row r = errors.next();
                line(report, DiffReport.unreadable(r.getString(0),
                        new ReadResult.Unreadable(r.getInt(1), r.getString(2), r.getString(3))));
            }
            line(report, DiffReport.footer(changed, decided, unreadable));
        }
        out.println("base " + base + ": rule set " + task.baseDigest());
        out.println("candidate " + candidate + ": rule set " + task.candidateDigest());
        sections.forEach(section -> out.println(DiffReport.section(section)));
        out.println(DiffReport.footer(changed, decided, unreadable));
        out.println("report: " + reportPath);
        out.flush();
        if (changed > 0) {
            return PolicySpark.EXIT_CHECKS_FAILED;
        }
        return unreadable == 0 ? PolicySpark.EXIT_OK : PolicySpark.EXIT_UNREADABLE_ITEMS;
    }

    /** One partition: both evaluators of this JVM, then one row per record, lazily. */
    private static Iterator<Row> diffAll(Task task, Iterator<Inputs.Numbered> records) {
        DroolsPolicyEvaluator base = PolicySpark.evaluator(task.base().value(), task.baseDigest());
        DroolsPolicyEvaluator candidate = PolicySpark.evaluator(task.candidate().value(), task.candidateDigest());
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return records.hasNext();
            }

            @Override
            public Row next() {
                Inputs.Numbered record = records.next();
                int line = record.result().line();
                if (record.result() instanceof ReadResult.Parsed parsed) {
                    Decision before = base.evaluate(parsed.item());
                    Decision after = candidate.evaluate(parsed.item());
                    Optional<DecisionChange> change = DecisionChange.between(before, after);
                    return change.map(c -> RowFactory.create(record.file(), line, c.id(),
                                    Rows.seq(c.sections().stream().map(Rows::sectionChange).toList()), Rows.decision(before),
                                    Rows.decision(after), null, record.fileIndex(), CHANGED))
                            .orElseGet(() -> RowFactory.create(record.file(), line, before.id(), null, null, null, null,
                                    record.fileIndex(), UNCHANGED));
                }
                ReadResult.Unreadable bad = (ReadResult.Unreadable) record.result();
                return RowFactory.create(record.file(), line, bad.id(), null, null, null, bad.error(), record.fileIndex(),
                        UNREADABLE);
            }
        };
    }

    private static void line(Writer report, String line) throws IOException {
        report.write(line);
        report.write('\n');
    }

    private static Verdict verdict(String name) {
        return name == null ? null : Verdict.valueOf(name);
    }

    private static List<Action> actions(List<String> names) {
        return names.stream().map(Action::valueOf).toList();
    }
}
