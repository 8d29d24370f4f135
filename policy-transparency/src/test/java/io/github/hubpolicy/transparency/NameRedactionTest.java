package io.github.hubpolicy.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hubpolicy.api.Action;
import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.api.Finding;
import io.github.hubpolicy.api.Person;
import io.github.hubpolicy.api.PolicyId;
import io.github.hubpolicy.api.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameRedactionTest {
    private final NameRedaction redaction = NameRedaction.of(
            List.of(Person.of("Jane"), Person.of("Jane Doe"), Person.of(""), Person.of("Jane")), i -> "people[" + i + "]");

    @Test
    void replacesWholeNamesLongestFirstInOnePass() {
        assertThat(redaction.redact("Jane Doe met Jane; Janet and JaneDoe did not."))
                .isEqualTo("people[1] met people[0]; Janet and JaneDoe did not.");
    }

    @Test
    void aReplacementIsNeverRewritten() {
        NameRedaction tricky = NameRedaction.of(List.of(Person.of("people"), Person.of("0")), i -> "people[" + i + "]");
        assertThat(tricky.redact("people and 0")).isEqualTo("people[0] and people[1]");
    }

    @Test
    void redactsRationalesAndEvidenceOfEveryFinding() {
        Finding finding = new Finding("consent.likeness", "consent.likeness: x", Verdict.RESTRICT, List.of(Action.DISABLE),
                "Reproduces the voice of Jane Doe (private person).", List.of("people[1].name=Jane Doe"));
        Decision decision = new Decision("models/a", Verdict.RESTRICT, List.of(Action.DISABLE), List.of(finding),
                new PolicyId("v", "sha256:00"));

        Decision redacted = redaction.redact(decision);

        assertThat(redacted.findings().get(0).rationale()).isEqualTo("Reproduces the voice of people[1] (private person).");
        assertThat(redacted.findings().get(0).evidence()).containsExactly("people[1].name=people[1]");
        assertThat(redacted.findings().get(0).rule()).isEqualTo(finding.rule());
        assertThat(NameRedaction.of(List.of(), i -> "x").redact(decision)).isSameAs(decision);
    }
}
