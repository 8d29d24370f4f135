package io.github.hubpolicy.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionChangeTest {
    private static final PolicyId BASE = new PolicyId("2023-08-30", "sha256:aa");
    private static final PolicyId CANDIDATE = new PolicyId("2023-08-30", "sha256:bb");

    private static Finding finding(String section, Verdict verdict, Action... actions) {
        return new Finding(section, section + ": r", verdict, List.of(actions), "", List.of());
    }

    private static Decision decision(PolicyId policy, Verdict verdict, List<Action> actions, Finding... findings) {
        return new Decision("d/1", verdict, actions, List.of(findings), policy);
    }

    @Test
    void sameOutcomeUnderDifferentRuleSetsIsNoChange() {
        Decision base = decision(BASE, Verdict.LABEL, List.of(Action.REQUEST_CHANGE), finding("ip", Verdict.LABEL, Action.REQUEST_CHANGE));
        Decision candidate = decision(CANDIDATE, Verdict.LABEL, List.of(Action.REQUEST_CHANGE), finding("ip", Verdict.LABEL, Action.REQUEST_CHANGE));
        assertThat(DecisionChange.between(base, candidate)).isEmpty();
    }

    @Test
    void aSectionWhoseVerdictChangedIsReportedWithItsTransition() {
        Decision base = decision(BASE, Verdict.LABEL, List.of(Action.ADD_AUDIENCE_TAG), finding("hate", Verdict.LABEL, Action.ADD_AUDIENCE_TAG));
        Decision candidate = decision(CANDIDATE, Verdict.REMOVE, List.of(Action.REMOVE), finding("hate", Verdict.REMOVE, Action.REMOVE),
                finding("spam", Verdict.REVIEW, Action.HUMAN_REVIEW));
        DecisionChange change = DecisionChange.between(base, candidate).orElseThrow();
        assertThat(change.sections()).extracting(DecisionChange.SectionChange::section).containsExactly("hate", "spam");
        assertThat(change.sections()).extracting(DecisionChange.SectionChange::transition).containsExactly("LABEL→REMOVE", "-→REVIEW");
    }

    @Test
    void changedActionsAloneAreAChange() {
        Decision base = decision(BASE, Verdict.REVIEW, List.of(Action.HUMAN_REVIEW), finding("privacy", Verdict.REVIEW, Action.HUMAN_REVIEW));
        Decision candidate = decision(CANDIDATE, Verdict.REVIEW, List.of(Action.REQUEST_CHANGE, Action.HUMAN_REVIEW),
                finding("privacy", Verdict.REVIEW, Action.REQUEST_CHANGE, Action.HUMAN_REVIEW));
        assertThat(DecisionChange.between(base, candidate)).hasValueSatisfying(c ->
                assertThat(c.sections()).extracting(DecisionChange.SectionChange::transition).containsExactly("REVIEW→REVIEW"));
    }
}
