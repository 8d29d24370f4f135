package io.github.hubpolicy.examples.cli;

import io.github.hubpolicy.rules.DroolsPolicyEvaluator;
import io.github.hubpolicy.rules.RuleCompilationException;
import io.github.hubpolicy.rules.RuleInfo;
import io.github.hubpolicy.rules.RuleProblem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code validate DIR...}: compile and lint rule files, as the evaluator would load them. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Compiles the rule files under each DIR together with the bundled ones (a file named like a " +
                "bundled one replaces it) and lints them: DRL syntax and type errors, a rule without @section or " +
                "@bullet, a section not in the catalog, duplicate rule names, a consequence that records no finding. " +
                "Prints every problem as file:line:column: message, then how many.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Rule directories to validate.")
    private List<Path> directories;

    @Option(names = "--no-bundled-rules", description = "Compile the directories alone, without the bundled rule files.")
    private boolean noBundledRules;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DroolsPolicyEvaluator.Builder builder = DroolsPolicyEvaluator.builder().bundledRules(!noBundledRules);
        directories.forEach(builder::ruleDirectory);
        try {
            DroolsPolicyEvaluator evaluator = builder.build();
            List<RuleInfo> rules = evaluator.rules();
            long files = rules.stream().map(RuleInfo::file).distinct().count();
            out.printf("ok: %d rules in %d files, rule set %s%n", rules.size(), files, evaluator.policy().rules());
            return 0;
        } catch (RuleCompilationException e) {
            for (RuleProblem problem : e.problems()) {
                out.println(located(problem));
            }
            out.printf("%d problem(s)%n", e.problems().size());
            return 1;
        } catch (IllegalArgumentException e) {
            err.println("policy-cli validate: " + e.getMessage());
            return PolicyCli.EXIT_USAGE;
        }
    }

    /** A directory file's problem, with the directory prefixed so editors can open it. */
    private RuleProblem located(RuleProblem problem) {
        for (Path directory : directories) {
            Path file = directory.resolve(problem.file());
            if (java.nio.file.Files.isRegularFile(file)) {
                return new RuleProblem(file.toString(), problem.line(), problem.column(), problem.message());
            }
        }
        return problem;
    }
}
