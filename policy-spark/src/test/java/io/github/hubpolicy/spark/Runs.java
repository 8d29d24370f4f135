package io.github.hubpolicy.spark;

import io.github.hubpolicy.examples.cli.PolicyCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/** A command's exit status and what it printed. */
record Runs(int status, String out, String err) {
    static Runs cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = PolicyCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Runs(status, out.toString(), err.toString());
    }

    static Runs spark(SparkSession spark, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = PolicySpark.run(spark, new PrintWriter(out), new PrintWriter(err), args);
        return new Runs(status, out.toString(), err.toString());
    }

    List<String> outLines() {
        return out.lines().toList();
    }
}
