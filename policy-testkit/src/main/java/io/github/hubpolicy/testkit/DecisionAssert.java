package io.github.hubpolicy.testkit;

import io.github.hubpolicy.api.Action;
import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.api.Finding;
import io.github.hubpolicy.api.Verdict;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on one {@link Decision}:
 *
 * <pre>{@code
 * DecisionAssert.assertThat(evaluator.evaluate(item))
 *         .hasVerdict(Verdict.RESTRICT)
 *         .hasActions(Action.HIDE, Action.WARN_AUTHOR)
 *         .hasSections("harassment")
 *         .hasFired("harassment: harassing or threatening language")
 *         .rationaleMentions("harass")
 *         .neverContains("hf_secret-token-of-the-test");
 * }</pre>
 */
public final class DecisionAssert extends AbstractAssert<DecisionAssert, Decision> {

    private DecisionAssert(Decision actual) {
        super(actual, DecisionAssert.class);
    }

    /** Assertions on this decision. */
    public static DecisionAssert assertThat(Decision actual) {
        return new DecisionAssert(actual);
    }

    /** The resolved verdict is {@code expected}. */
    public DecisionAssert hasVerdict(Verdict expected) {
        isNotNull();
        if (actual.verdict() != expected) {
            failWithMessage("%s: verdict: expected %s, was %s%n  findings: %s", actual.id(), expected, actual.verdict(),
                    PolicyCases.describe(actual.findings()));
        }
        return this;
    }

    /** The resolved actions are exactly these (in any order; decisions list them in canonical order). */
    public DecisionAssert hasActions(Action... expected) {
        isNotNull();
        List<Action> canonical = Action.canonical(List.of(expected));
        if (!actual.actions().equals(canonical)) {
            failWithMessage("%s: actions: expected %s, was %s", actual.id(), canonical, actual.actions());
        }
        return this;
    }

    /** The sections of the findings are exactly these. */
    public DecisionAssert hasSections(String... expected) {
        isNotNull();
        Set<String> want = new TreeSet<>(List.of(expected));
        Set<String> was = new TreeSet<>(actual.sections());
        if (!was.equals(want)) {
            failWithMessage("%s: sections: expected %s, was %s", actual.id(), want, was);
        }
        return this;
    }

    /** Each of these rules recorded a finding. */
    public DecisionAssert hasFired(String... rules) {
        isNotNull();
        List<String> fired = firedRules();
        for (String rule : rules) {
            if (!fired.contains(rule)) {
                failWithMessage("%s: rule did not fire: %s%n  fired: %s", actual.id(), rule, fired);
            }
        }
        return this;
    }

    /** None of these rules recorded a finding (a near miss). */
    public DecisionAssert hasNotFired(String... rules) {
        isNotNull();
        List<String> fired = firedRules();
        for (String rule : rules) {
            if (fired.contains(rule)) {
                failWithMessage("%s: rule fired but must not: %s", actual.id(), rule);
            }
        }
        return this;
    }

    /** Some finding's rationale contains {@code text}. */
    public DecisionAssert rationaleMentions(String text) {
        isNotNull();
        if (actual.findings().stream().noneMatch(f -> f.rationale().contains(text))) {
            failWithMessage("%s: no rationale mentions \"%s\"; rationales: %s", actual.id(), text,
                    actual.findings().stream().map(Finding::rationale).toList());
        }
        return this;
    }

    /**
     * Neither the evidence nor the rationale of any finding contains {@code secret} (a token, a
     * card number, an address planted in the item): outputs name what was found, never its value.
     */
    public DecisionAssert neverContains(String secret) {
        isNotNull();
        for (Finding finding : actual.findings()) {
            boolean leaked = finding.rationale().contains(secret) || finding.evidence().stream().anyMatch(e -> e.contains(secret));
            if (leaked) {
                failWithMessage("%s: the finding of rule \"%s\" repeats the secret", actual.id(), finding.rule());
            }
        }
        return this;
    }

    private List<String> firedRules() {
        return actual.findings().stream().map(Finding::rule).toList();
    }
}
