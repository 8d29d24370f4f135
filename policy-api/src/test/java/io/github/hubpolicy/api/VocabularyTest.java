package io.github.hubpolicy.api;

import io.github.hubpolicy.api.internal.WireNames;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class VocabularyTest {

    @Test
    void verdictsAreOrderedBySeverity() {
        assertThat(Verdict.values()).containsExactly(Verdict.ALLOW, Verdict.LABEL, Verdict.REVIEW, Verdict.RESTRICT, Verdict.REMOVE);
        assertThat(Verdict.REVIEW.atLeast(Verdict.LABEL)).isTrue();
        assertThat(Verdict.LABEL.atLeast(Verdict.REVIEW)).isFalse();
        assertThat(Verdict.LABEL.max(Verdict.REMOVE)).isEqualTo(Verdict.REMOVE);
    }

    @Test
    void actionsAreListedInCanonicalOrderWithoutRepeats() {
        List<Action> actions = Action.canonical(List.of(Action.REMOVE, Action.HUMAN_REVIEW, Action.ADD_AUDIENCE_TAG, Action.REMOVE));
        assertThat(actions).containsExactly(Action.ADD_AUDIENCE_TAG, Action.HUMAN_REVIEW, Action.REMOVE);
        Finding finding = new Finding("s", "r", Verdict.REVIEW, List.of(Action.HUMAN_REVIEW, Action.NOTIFY_AUTHOR), "", List.of());
        assertThat(finding.actions()).containsExactly(Action.NOTIFY_AUTHOR, Action.HUMAN_REVIEW);
    }

    @Test
    void wireNamesAreLowerCaseWithHyphens() {
        assertThat(PersonKind.PRIVATE_PERSON.wireName()).isEqualTo("private-person");
        assertThat(WireNames.parse(PersonKind.class, "people[0].kind", "public-figure")).isEqualTo(PersonKind.PUBLIC_FIGURE);
        assertThat(Signal.SEXUAL_MINORS.wireName()).isEqualTo("sexual/minors");
        assertThat(Signal.byName("violence/graphic")).isEqualTo(Signal.VIOLENCE_GRAPHIC);
    }

    @Test
    void unknownWireValueNamesFieldAndExpectedValues() {
        assertThatThrownBy(() -> WireNames.parse(ContentKind.class, "kind", "modle"))
                .hasMessage("field 'kind': unknown value 'modle' (expected one of model, dataset, space, discussion, comment)");
    }

    @Test
    void decisionListsSectionsInFindingOrder() {
        Finding a = new Finding("hate", "hate: x", Verdict.REMOVE, List.of(Action.REMOVE), "", List.of());
        Finding b = new Finding("spam", "spam: y", Verdict.REVIEW, List.of(Action.HUMAN_REVIEW), "", List.of());
        Decision decision = new Decision("c/1", Verdict.REMOVE, List.of(Action.REMOVE), List.of(a, b, a),
                new PolicyId("2023-08-30", "sha256:00"));
        assertThat(decision.sections()).containsExactly("hate", "spam");
    }
}
