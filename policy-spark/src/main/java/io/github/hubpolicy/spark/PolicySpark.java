package io.github.hubpolicy.spark;

import io.github.hubpolicy.rules.DroolsPolicyEvaluator;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The Spark application: {@code decide} re-decides every item, {@code diff} shadow-diffs a
 * candidate rule set against the one in service. Run it with {@code spark-submit --class
 * io.github.hubpolicy.spark.PolicySpark policy-spark.jar decide|diff ...}; the master and the
 * resources come from {@code spark-submit}, so the same jar runs on a laptop ({@code local[*]})
 * and on a cluster.
 *
 * <p>Rule files are read by the driver from the directories given and shipped to the executors
 * as data; each executor JVM compiles each rule set once and its task threads share it.
 */
@Command(name = "policy-spark", mixinStandardHelpOptions = true,
        description = "Re-decides and shadow-diffs content items on Apache Spark.",
        subcommands = CommandLine.HelpCommand.class)
public final class PolicySpark {
    static final int EXIT_OK = 0;
    /** diff saw a decision change (as policy-cli diff). */
    static final int EXIT_CHECKS_FAILED = 1;
    /** Bad option, unreadable input, or rule files that do not compile: no task ran. */
    static final int EXIT_USAGE = 2;
    /** Some items could not be read; the others were decided and written. */
    static final int EXIT_UNREADABLE_ITEMS = 3;

    private PolicySpark() {
    }

    /** Entry point for {@code spark-submit}; exits with the job's status. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int status;
        SparkSession spark = SparkSession.builder().appName("policy-spark " + (args.length > 0 ? args[0] : "")).getOrCreate();
        try {
            status = run(spark, out, err, args);
        } finally {
            spark.stop();
        }
        System.exit(status);
    }

    /** Runs a job on the given session, as {@link #main} does, and returns its exit status. */
    public static int run(SparkSession spark, PrintWriter out, PrintWriter err, String... args) {
        // libphonenumber logs a harmless java.util.logging warning on first use.
        Logger.getLogger("com.google.i18n.phonenumbers").setLevel(Level.SEVERE);
        CommandLine commandLine = new CommandLine(new PolicySpark());
        commandLine.addSubcommand("decide", new DecideJob(spark, out, err));
        commandLine.addSubcommand("diff", new DiffJob(spark, out, err));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(e -> EXIT_USAGE);
        return commandLine.execute(args);
    }

    /**
     * This JVM's evaluator of a shipped rule set, checked against the digest the driver compiled:
     * an executor with other library jars (another libphonenumber, other bundled rules) would
     * decide differently, and must not do so silently.
     */
    static DroolsPolicyEvaluator evaluator(ShippedRuleSet rules, String digest) {
        DroolsPolicyEvaluator evaluator = Evaluators.of(rules);
        if (!evaluator.policy().rules().equals(digest)) {
            throw new IllegalStateException("this executor compiled rule set " + evaluator.policy().rules()
                    + " where the driver compiled " + digest + ": its hub-policy jars differ from the driver's");
        }
        return evaluator;
    }

    static String digestLine(DroolsPolicyEvaluator evaluator) {
        return "policy " + evaluator.policy().version() + ", rule set " + evaluator.policy().rules();
    }
}
