package io.github.hubpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hubpolicy.api.Action;
import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.ContentKind;
import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.api.Person;
import io.github.hubpolicy.api.Signal;
import io.github.hubpolicy.api.Verdict;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Evaluation never throws: failures and oversized items still get a decision that says why. */
class FailureAndLimitsTest {
    private static final Path THROWING_RULE = Path.of("src/test/resources/fixtures/throwing-rule");

    @Test
    void aFailingRuleFailsClosed() {
        // given
        DroolsPolicyEvaluator evaluator = DroolsPolicyEvaluator.builder().ruleDirectory(THROWING_RULE).build();

        // when
        Decision decision = evaluator.evaluate(Items.comment("c/throws"));

        // then
        assertThat(decision.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(decision.actions()).containsExactly(Action.HUMAN_REVIEW);
        assertThat(decision.findings()).singleElement().satisfies(f -> {
            assertThat(f.section()).isEqualTo("engine");
            assertThat(f.rationale()).contains("rule \"spam: a rule that throws\"").contains("NumberFormatException")
                    .doesNotContain("\tat ").doesNotContain("not a number");
        });
        assertThat(decision.policy()).isEqualTo(evaluator.policy());
    }

    @Test
    void itemsTheFailingRuleDoesNotTouchAreDecidedNormally() {
        DroolsPolicyEvaluator evaluator = DroolsPolicyEvaluator.builder().ruleDirectory(THROWING_RULE).build();
        Decision decision = evaluator.evaluate(Items.model("m/ok").build());
        assertThat(decision.verdict()).isEqualTo(Verdict.ALLOW);
        assertThat(decision.findings()).isEmpty();
    }

    @Test
    void aFailingRuleFailsOpenWhenTheHostSaysSo() {
        DroolsPolicyEvaluator evaluator = DroolsPolicyEvaluator.builder().ruleDirectory(THROWING_RULE)
                .failureMode(FailureMode.OPEN).build();

        Decision decision = evaluator.evaluate(Items.comment("c/throws"));

        assertThat(decision.verdict()).isEqualTo(Verdict.ALLOW);
        assertThat(decision.actions()).isEmpty();
        assertThat(decision.findings()).singleElement().satisfies(f -> {
            assertThat(f.section()).isEqualTo("engine");
            assertThat(f.rationale()).contains("fail open");
        });
    }

    @Test
    void aFailingDetectorFailsClosed() {
        DroolsPolicyEvaluator evaluator = DroolsPolicyEvaluator.builder()
                .textDetector((title, text, community) -> {
                    throw new IllegalStateException("detector broke on " + text);
                }).build();

        Decision decision = evaluator.evaluate(Items.comment("c/1"));

        assertThat(decision.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(decision.actions()).containsExactly(Action.HUMAN_REVIEW);
        assertThat(decision.findings()).singleElement().satisfies(f -> {
            assertThat(f.section()).isEqualTo("engine");
            assertThat(f.rationale()).contains("detectors").contains("IllegalStateException").doesNotContain("plain comment");
        });
    }

    @Test
    void anItemOverALimitIsDecidedOnWhatIsWithinAndSentToAPerson() {
        // given: a text over the limit, a hub token beyond it, and too many people
        String token = "hf_" + "a".repeat(34);
        ContentItem.Builder builder = ContentItem.builder("c/big", ContentKind.COMMENT)
                .text("x".repeat(100) + " " + token).signal(Signal.HATE, 0.1);
        for (int i = 0; i < 5; i++) {
            builder.person(Person.of("p" + i));
        }
        DroolsPolicyEvaluator evaluator = DroolsPolicyEvaluator.builder()
                .limits(new Limits(50, 10, 10, 3, 10, 10)).build();

        // when
        Decision decision = evaluator.evaluate(builder.build());

        // then: the token beyond the limit was not read, and the decision says so
        assertThat(decision.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(decision.sections()).containsExactly("engine");
        assertThat(decision.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("engine: item over limits");
            assertThat(f.evidence()).containsExactly("text: 138 characters, limit 50", "people: 5 entries, limit 3");
        });
    }

    @Test
    void withinLimitsThereIsNoEngineFinding() {
        Decision decision = DroolsPolicyEvaluator.builder().build().evaluate(Items.comment("c/1"));
        assertThat(decision.findings()).isEmpty();
    }
}
