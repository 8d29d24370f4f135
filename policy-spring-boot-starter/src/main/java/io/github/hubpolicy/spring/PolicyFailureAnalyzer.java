package io.github.hubpolicy.spring;

import io.github.hubpolicy.rules.RuleCompilationException;
import io.github.hubpolicy.rules.RuleProblem;
import java.util.stream.Collectors;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Turns a bad {@code hubpolicy.*} property, or rule files that do not compile, into Spring Boot's
 * "APPLICATION FAILED TO START" report: one description naming the property and the problem,
 * and what to do, instead of a stack trace.
 */
final class PolicyFailureAnalyzer implements FailureAnalyzer {
    /** How many rule problems the report lists; the log of {@code policy-cli validate} has them all. */
    private static final int PROBLEMS_SHOWN = 10;

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InvalidPolicyPropertyException invalid) {
                return new FailureAnalysis(invalid.getMessage(),
                        "Correct " + invalid.property() + " in the application's configuration.", invalid);
            }
            if (t instanceof RuleCompilationException rules) {
                String shown = rules.problems().stream().limit(PROBLEMS_SHOWN).map(RuleProblem::toString)
                        .collect(Collectors.joining("\n    ", "\n    ", ""));
                String more = rules.problems().size() > PROBLEMS_SHOWN
                        ? "\n    ... and " + (rules.problems().size() - PROBLEMS_SHOWN) + " more" : "";
                return new FailureAnalysis("hubpolicy.rule-directories: the rule files do not compile ("
                        + rules.problems().size() + " problem(s)):" + shown + more,
                        "Fix the rule files (policy-cli validate DIR lists every problem), or correct hubpolicy.rule-directories.",
                        rules);
            }
        }
        return null;
    }
}
