package io.github.hubpolicy.spark;

import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.json.ReadResult;
import io.github.hubpolicy.rules.DroolsPolicyEvaluator;
import io.github.hubpolicy.transparency.AuditRecords;
import io.github.hubpolicy.transparency.AuditSettings;
import io.github.hubpolicy.transparency.AutomatedDecision;
import io.github.hubpolicy.transparency.StatementSettings;
import io.github.hubpolicy.transparency.Statements;
import io.github.hubpolicy.transparency.TransparencyJson;
import java.io.PrintWriter;
import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code decide OUTPUT INPUT...}: one row per item, a decision or an error, as Parquet. */
@Command(name = "decide", mixinStandardHelpOptions = true,
        description = "Decides every item of the inputs and writes one Parquet row per item to OUTPUT: its file and line, "
                + "then the decision (id, verdict, actions, sections, findings, policy version and rule-set digest), or "
                + "the error that made the line unreadable (as policy-cli evaluate reports it). Nothing is dropped.")
final class DecideJob implements Callable<Integer> {
    /** Article 17(3)(f)'s three ways, as policy-cli's default; a host names its own complaint form. */
    static final String DEFAULT_REDRESS = "You can contest this decision through the hub's internal complaint-handling"
            + " system, before a certified out-of-court dispute settlement body (Article 21 DSA), or in court.";

    private final SparkSession spark;
    private final PrintWriter out;
    private final PrintWriter err;

    @Parameters(index = "0", paramLabel = "OUTPUT", description = "Output directory (Parquet).")
    private String output;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "INPUT",
            description = "Input files, directories or globs (any Hadoop file system).")
    private List<String> inputs;

    @Mixin
    private JobOptions options;

    @Option(names = "--policy-url", paramLabel = "URL",
            description = "Adds a 'statement' column: the DSA statement of reasons (JSON) of each RESTRICT or REMOVE "
                    + "decision, linking to URL#section-id.")
    private String policyUrl;

    @Option(names = "--redress", paramLabel = "TEXT", defaultValue = DEFAULT_REDRESS,
            description = "How the author can seek redress, for statements of reasons (default: Article 17(3)(f)'s three ways).")
    private String redress;

    @Option(names = "--automated-decision", paramLabel = "HOW", defaultValue = "FULLY",
            description = "automated_decision of the statements: FULLY (default), PARTIALLY, NOT_AUTOMATED.")
    private AutomatedDecision automatedDecision;

    @Option(names = "--audit-salt", paramLabel = "SALT",
            description = "Adds an 'audit' column: each decision's audit line (JSON), people's names hashed with SALT.")
    private String auditSalt;

    DecideJob(SparkSession spark, PrintWriter out, PrintWriter err) {
        this.spark = spark;
        this.out = out;
        this.err = err;
    }

    /** What a task needs besides its records, shipped with it. */
    private record Task(Broadcast<ShippedRuleSet> rules, String digest, String policyUrl, String redress,
                        AutomatedDecision automatedDecision, String auditSalt) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Override
    public Integer call() {
        ShippedRuleSet rules;
        DroolsPolicyEvaluator evaluator;
        Inputs.Files files;
        try {
            if (policyUrl != null) {
                statementSettings(policyUrl, redress, automatedDecision);
            }
            rules = options.ruleSet(null);
            files = Inputs.expand(spark.sparkContext().hadoopConfiguration(), inputs);
            // Compiled on the driver first: a rule set that does not compile stops the job before any task.
            evaluator = Evaluators.of(rules);
        } catch (RuntimeException e) {
            err.println("policy-spark decide: " + e.getMessage());
            return PolicySpark.EXIT_USAGE;
        }
        Task task = new Task(JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(rules),
                evaluator.policy().rules(), policyUrl, redress, automatedDecision, auditSalt);
        JavaRDD<Row> rows = Inputs.map(spark, options.inputFormat, files, options.lenient, options.splitBytes(),
                records -> decideAll(task, records));
        spark.createDataFrame(rows, Rows.decisions(policyUrl != null, auditSalt != null))
                .write().mode(options.overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists).parquet(output);

        Row counts = spark.read().parquet(output)
                .agg(functions.count(functions.lit(1)), functions.count(functions.col("error"))).first();
        long unreadable = counts.getLong(1);
        out.println(PolicySpark.digestLine(evaluator));
        out.printf("%d items decided, %d could not be read: %s%n", counts.getLong(0) - unreadable, unreadable, output);
        out.flush();
        return unreadable == 0 ? PolicySpark.EXIT_OK : PolicySpark.EXIT_UNREADABLE_ITEMS;
    }

    /** One partition: the evaluator of this JVM, then one row per record, lazily. */
    private static Iterator<Row> decideAll(Task task, Iterator<Inputs.Numbered> records) {
        DroolsPolicyEvaluator evaluator = PolicySpark.evaluator(task.rules().value(), task.digest());
        Statements statements = task.policyUrl() == null ? null
                : Statements.with(statementSettings(task.policyUrl(), task.redress(), task.automatedDecision()));
        AuditRecords audit = task.auditSalt() == null ? null : AuditRecords.with(AuditSettings.builder().salt(task.auditSalt()).build());
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return records.hasNext();
            }

            @Override
            public Row next() {
                Inputs.Numbered record = records.next();
                List<Object> row = new ArrayList<>(11);
                row.add(record.file());
                row.add(record.result().line());
                if (record.result() instanceof ReadResult.Parsed parsed) {
                    Decision decision = evaluator.evaluate(parsed.item());
                    row.add(decision.id());
                    row.addAll(Arrays.asList(Rows.decisionFields(decision)));
                    row.add(null);
                    if (statements != null) {
                        row.add(statements.of(decision, parsed.item()).map(TransparencyJson::toJson).orElse(null));
                    }
                    if (audit != null) {
                        row.add(TransparencyJson.toJson(audit.of(decision, parsed.item())));
                    }
                } else {
                    ReadResult.Unreadable bad = (ReadResult.Unreadable) record.result();
                    row.addAll(Arrays.asList(bad.id(), null, null, null, null, null, bad.error()));
                    if (statements != null) {
                        row.add(null);
                    }
                    if (audit != null) {
                        row.add(null);
                    }
                }
                return RowFactory.create(row.toArray());
            }
        };
    }

    private static StatementSettings statementSettings(String policyUrl, String redress, AutomatedDecision automated) {
        try {
            return StatementSettings.builder().policyDocument(new URI(policyUrl)).redress(redress)
                    .automatedDecision(automated).build();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--policy-url: " + e.getMessage(), e);
        }
    }
}
