package io.github.hubpolicy.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hubpolicy.api.Action;
import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.api.DecisionChange;
import io.github.hubpolicy.api.Finding;
import io.github.hubpolicy.api.PolicyId;
import io.github.hubpolicy.api.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The diff report's grouping: by section, then by transition, one item per change and section. */
class DiffReportTest {
    private static final PolicyId BASE = new PolicyId("2023-08-30", "sha256:base");
    private static final PolicyId CANDIDATE = new PolicyId("2023-08-30", "sha256:candidate");

    @Test
    void aTallyGroupsChangesBySectionAndTransitionInTheReportsOrder() {
        // given
        DiffReport.Tally tally = new DiffReport.Tally();

        // when: two spam items soften, one hate item is new, one item changes two sections
        tally.add(change("a", finding("spam", Verdict.REMOVE), finding("spam", Verdict.RESTRICT)));
        tally.add(change("b", finding("spam", Verdict.REMOVE), finding("spam", Verdict.RESTRICT)));
        tally.add(change("c", null, finding("hate", Verdict.LABEL)));

        // then
        assertThat(tally.changed()).isEqualTo(3);
        assertThat(tally.sections().stream().map(DiffReport::section).toList())
                .containsExactly("hate: 1 item -→LABEL", "spam: 2 items REMOVE→RESTRICT");
        assertThat(DiffReport.footer(tally.changed(), 10, 1)).isEqualTo("3 of 10 items changed, 1 could not be read");
    }

    @Test
    void anEmptyTallyHasNoGroups() {
        assertThat(new DiffReport.Tally().sections()).isEmpty();
    }

    private static DecisionChange change(String id, Finding before, Finding after) {
        return DecisionChange.between(decision(id, before, BASE), decision(id, after, CANDIDATE)).orElseThrow();
    }

    private static Decision decision(String id, Finding finding, PolicyId policy) {
        return finding == null ? new Decision(id, Verdict.ALLOW, List.of(), List.of(), policy)
                : new Decision(id, finding.verdict(), finding.actions(), List.of(finding), policy);
    }

    private static Finding finding(String section, Verdict verdict) {
        return new Finding(section, section + ": a rule", verdict, List.of(Action.HUMAN_REVIEW), "Because.", List.of());
    }
}
