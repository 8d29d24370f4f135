package io.github.hubpolicy.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.hubpolicy.rules.DroolsPolicyEvaluator;
import io.github.hubpolicy.rules.RuleCompilationException;
import io.github.hubpolicy.rules.RuleInfo;
import io.github.hubpolicy.rules.RuleProblem;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code validate --rules DIR...}: compile and lint rule files, as the evaluator would load them. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Compiles the rule files under each --rules DIR together with the bundled ones (a file named like a " +
                "bundled one replaces it) and lints them. Errors: DRL syntax and type errors, a rule without @section " +
                "or @bullet, a section not in the catalog, duplicate rule names, a phase (ruleflow-group) that does not " +
                "exist, a signal or capability name that is neither the catalog's nor declared in the directory's " +
                "names.properties, evidence( ... ) of a type it cannot describe, a consequence that records no finding. " +
                "Warnings: || beside && without parentheses. Every problem of every file is reported in one run, as " +
                "file:line:column: error|warning: message, then how many.")
final class ValidateCommand implements Callable<Integer> {
    enum Format { text, json }

    /** Exit status when the rule set has errors (or, with --strict, warnings). */
    private static final int EXIT_PROBLEMS = 1;

    @Spec
    private CommandSpec spec;

    @Mixin
    private RuleSetOptions ruleSet;

    @Parameters(arity = "0..*", paramLabel = "DIR", description = "Deprecated: rule directories, as --rules DIR.")
    private List<Path> positional = new ArrayList<>();

    @Option(names = "--strict", description = "Treat warnings as errors.")
    private boolean strict;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = {"text: one problem per line, then a summary (default);",
                    "json: one JSON object for CI (ok, errors, warnings, rules, files, ruleSet, problems)."})
    private Format format;

    /** The report as {@code --format json} writes it. */
    record Report(boolean ok, int errors, int warnings, Integer rules, Integer files, String ruleSet, List<Problem> problems) {
    }

    /** One problem as {@code --format json} writes it. */
    record Problem(String file, int line, int column, String severity, String message) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!positional.isEmpty()) {
            err.println("policy-cli validate: warning: rule directories without --rules are deprecated; write --rules "
                    + positional.get(0));
        }
        DroolsPolicyEvaluator.Builder builder;
        DroolsPolicyEvaluator evaluator = null;
        List<RuleProblem> problems;
        try {
            builder = ruleSet.builder();
            positional.forEach(builder::ruleDirectory);
            evaluator = builder.build();
            problems = evaluator.warnings();
        } catch (RuleCompilationException e) {
            problems = e.problems();
        } catch (IllegalArgumentException | UncheckedIOException e) {
            err.println("policy-cli validate: " + e.getMessage());
            return PolicyCli.EXIT_USAGE;
        }
        List<RuleProblem> located = problems.stream().map(p -> strict ? p.asError() : p).map(this::located).toList();
        long errors = located.stream().filter(RuleProblem::isError).count();
        long warnings = located.size() - errors;
        boolean ok = evaluator != null && errors == 0;
        List<RuleInfo> rules = ok ? evaluator.rules() : List.of();
        int files = (int) rules.stream().map(RuleInfo::file).distinct().count();
        if (format == Format.json) {
            Report report = new Report(ok, (int) errors, (int) warnings, ok ? rules.size() : null, ok ? files : null,
                    ok ? evaluator.policy().rules() : null,
                    located.stream().map(p -> new Problem(p.file(), p.line(), p.column(),
                            p.severity().name().toLowerCase(Locale.ROOT), p.message())).toList());
            try {
                out.println(new ObjectMapper().writeValueAsString(report));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a report of strings and numbers always serialises", e);
            }
        } else {
            located.forEach(out::println);
            if (ok) {
                out.printf("ok: %d rules in %d files, rule set %s%s%n", rules.size(), files, evaluator.policy().rules(),
                        warnings == 0 ? "" : "; " + count(warnings, "warning"));
            } else {
                out.printf("%s, %s%n", count(errors, "error"), count(warnings, "warning"));
            }
        }
        out.flush();
        return ok ? PolicyCli.EXIT_OK : EXIT_PROBLEMS;
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** A directory file's problem, with the directory prefixed so editors can open it. */
    private RuleProblem located(RuleProblem problem) {
        List<Path> directories = new ArrayList<>(ruleSet.ruleDirectories);
        directories.addAll(positional);
        for (Path directory : directories) {
            Path file = directory.resolve(problem.file());
            if (Files.isRegularFile(file)) {
                return problem.inFile(file.toString());
            }
        }
        return problem;
    }
}
