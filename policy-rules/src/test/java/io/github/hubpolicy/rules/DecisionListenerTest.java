package io.github.hubpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.ContentKind;
import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.api.PolicyId;
import io.github.hubpolicy.api.Signal;
import io.github.hubpolicy.api.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Listeners are told of every decision, failure, item over limits and rule set, and can never break a decision. */
class DecisionListenerTest {
    private static final Path THROWING_RULE = Path.of("src/test/resources/fixtures/throwing-rule");

    /** Records every event it is told of. */
    static final class Recorder implements DecisionListener {
        final List<Object> events = new CopyOnWriteArrayList<>();

        @Override
        public void decided(DecisionEvent event) {
            events.add(event);
        }

        @Override
        public void failed(FailureEvent event) {
            events.add(event);
        }

        @Override
        public void overLimits(OverLimitsEvent event) {
            events.add(event);
        }

        @Override
        public void ruleSetLoaded(RuleSetEvent event) {
            events.add(event);
        }

        @Override
        public void reloadRejected(ReloadRejectedEvent event) {
            events.add(event);
        }

        <T> List<T> of(Class<T> type) {
            return events.stream().filter(type::isInstance).map(type::cast).toList();
        }
    }

    @Test
    void everyDecisionIsReportedWithItsIdTimeAndRuleSet() {
        // given
        Recorder recorder = new Recorder();
        DroolsPolicyEvaluator evaluator = DroolsPolicyEvaluator.builder().listener(recorder).build();
        ContentItem hateful = ContentItem.builder("c/hate", ContentKind.COMMENT).text("x").signal(Signal.HATE, 0.95).build();

        // when
        Decision plain = evaluator.evaluate(Items.comment("c/1"));
        Decision removed = evaluator.trace(hateful).decision();

        // then
        assertThat(recorder.of(RuleSetEvent.class)).containsExactly(
                new RuleSetEvent(evaluator.policy(), evaluator.rules().size(), false));
        List<DecisionEvent> decided = recorder.of(DecisionEvent.class);
        assertThat(decided).extracting(DecisionEvent::itemId).containsExactly("c/1", "c/hate");
        assertThat(decided).extracting(DecisionEvent::decision).containsExactly(plain, removed);
        assertThat(decided.get(1).decision().verdict()).isEqualTo(Verdict.REMOVE);
        assertThat(decided).allSatisfy(e -> {
            assertThat(e.ruleSet()).isEqualTo(evaluator.policy().rules());
            assertThat(e.elapsed()).isPositive().isLessThan(Duration.ofMinutes(1));
        });
    }

    @Test
    void aFailingRuleIsReportedWithTheRuleAndErrorClassBeforeItsDecision() {
        Recorder recorder = new Recorder();
        DroolsPolicyEvaluator evaluator = DroolsPolicyEvaluator.builder().ruleDirectory(THROWING_RULE)
                .listener(recorder).build();

        Decision decision = evaluator.evaluate(Items.comment("c/throws"));

        assertThat(decision.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(recorder.events).hasSize(3);   // loaded, failed, decided
        assertThat(recorder.events.get(1)).isEqualTo(new FailureEvent("c/throws", EvaluationStage.RULES,
                java.util.Optional.of("spam: a rule that throws"), NumberFormatException.class.getName(),
                FailureMode.CLOSED, evaluator.policy().rules()));
        assertThat(recorder.events.get(2)).isInstanceOf(DecisionEvent.class);
    }

    @Test
    void aFailingDetectorIsReportedWithItsStageAndTheFailureMode() {
        Recorder recorder = new Recorder();
        DroolsPolicyEvaluator evaluator = DroolsPolicyEvaluator.builder().failureMode(FailureMode.OPEN)
                .textDetector((title, text, community) -> {
                    throw new IllegalStateException("broke");
                }).listener(recorder).build();

        Decision decision = evaluator.evaluate(Items.comment("c/1"));

        assertThat(decision.verdict()).isEqualTo(Verdict.ALLOW);
        assertThat(recorder.of(FailureEvent.class)).singleElement().satisfies(e -> {
            assertThat(e.stage()).isEqualTo(EvaluationStage.DETECTORS);
            assertThat(e.rule()).isEmpty();
            assertThat(e.errorClass()).isEqualTo(IllegalStateException.class.getName());
            assertThat(e.mode()).isEqualTo(FailureMode.OPEN);
        });
    }

    @Test
    void anItemOverLimitsIsReportedWithTheBoundsItHit() {
        Recorder recorder = new Recorder();
        DroolsPolicyEvaluator evaluator = DroolsPolicyEvaluator.builder()
                .limits(new Limits(50, 10, 10, 3, 10, 10)).listener(recorder).build();

        evaluator.evaluate(ContentItem.builder("c/big", ContentKind.COMMENT).text("x".repeat(60)).build());
        evaluator.evaluate(Items.comment("c/small"));

        assertThat(recorder.of(OverLimitsEvent.class)).containsExactly(
                new OverLimitsEvent("c/big", List.of("text: 60 characters, limit 50")));
        assertThat(recorder.of(FailureEvent.class)).isEmpty();
    }

    @Test
    void reloadsAreReportedAcceptedAndRejected(@TempDir Path dir) throws IOException {
        // given
        Path file = dir.resolve("host.drl");
        Files.writeString(file, Files.readString(THROWING_RULE.resolve("throwing-rule.drl")));
        Recorder recorder = new Recorder();
        DroolsPolicyEvaluator evaluator = DroolsPolicyEvaluator.builder().ruleDirectory(dir).listener(recorder).build();
        PolicyId first = evaluator.policy();

        // when: a broken edit, then a good one, then the directory disappears
        Files.writeString(file, Files.readString(file).replace("when", "wen"));
        assertThatThrownBy(evaluator::reload).isInstanceOf(RuleCompilationException.class);
        Files.delete(file);
        PolicyId second = evaluator.reload();
        Files.delete(dir);
        assertThatThrownBy(evaluator::reload).isInstanceOf(IllegalArgumentException.class);

        // then
        List<ReloadRejectedEvent> rejected = recorder.of(ReloadRejectedEvent.class);
        assertThat(rejected).hasSize(2);
        assertThat(rejected.get(0).serving()).isEqualTo(first);
        assertThat(rejected.get(0).problems()).isNotEmpty().allSatisfy(p -> assertThat(p.file()).isEqualTo("host.drl"));
        assertThat(rejected.get(1).serving()).isEqualTo(second);
        assertThat(rejected.get(1).problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(dir.toString());
            assertThat(p.message()).contains("does not exist");
        });
        assertThat(recorder.of(RuleSetEvent.class)).extracting(RuleSetEvent::policy, RuleSetEvent::reload)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(first, false),
                        org.assertj.core.groups.Tuple.tuple(second, true));
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void aThrowingListenerChangesNoDecisionAndTheOthersAreStillTold() {
        // given: a listener that throws on everything, before a recorder
        AtomicInteger calls = new AtomicInteger();
        DecisionListener broken = new DecisionListener() {
            @Override
            public void decided(DecisionEvent event) {
                calls.incrementAndGet();
                throw new IllegalStateException("listener bug " + event.itemId());
            }

            @Override
            public void ruleSetLoaded(RuleSetEvent event) {
                throw new AssertionError("listener bug");
            }

            @Override
            public void failed(FailureEvent event) {
                throw new NullPointerException();
            }
        };
        Recorder recorder = new Recorder();
        DroolsPolicyEvaluator quiet = DroolsPolicyEvaluator.builder().ruleDirectory(THROWING_RULE).build();
        DroolsPolicyEvaluator listened = DroolsPolicyEvaluator.builder().ruleDirectory(THROWING_RULE)
                .listener(broken).listener(recorder).build();
        ContentItem hateful = ContentItem.builder("c/hate", ContentKind.COMMENT).text("x").signal(Signal.HATE, 0.95).build();

        // when / then: same decisions as without listeners, nothing thrown
        for (ContentItem item : List.of(Items.comment("c/throws"), hateful, Items.comment("c/throws"))) {
            assertThat(listened.evaluate(item)).isEqualTo(quiet.evaluate(item));
        }
        assertThat(calls).hasValue(3);
        assertThat(recorder.of(DecisionEvent.class)).hasSize(3);
        assertThat(recorder.of(FailureEvent.class)).hasSize(3);   // the throwing rule fires on every comment
        assertThat(recorder.of(RuleSetEvent.class)).hasSize(1);
    }
}
