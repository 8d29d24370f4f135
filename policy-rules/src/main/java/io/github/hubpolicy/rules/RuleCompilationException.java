package io.github.hubpolicy.rules;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The rule files could not be compiled into a rule set. The message lists every problem, one per
 * line, as {@code file:line:column: message}.
 */
public final class RuleCompilationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<RuleProblem> problems;

    public RuleCompilationException(List<RuleProblem> problems) {
        super(problems.size() + " problem(s) in the rule files:\n"
                + problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in file order. */
    public List<RuleProblem> problems() {
        return problems;
    }
}
