package io.github.hubpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hubpolicy.api.Action;
import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.ContentKind;
import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.api.Finding;
import io.github.hubpolicy.api.Signal;
import io.github.hubpolicy.api.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The emergency brake (issue 13, must hold 5) and the per-rule kill switch, on small items. */
class EmergencyBrakeTest {
    private static final String HOST_RULE = "spam: host rule";

    /** The host's rule: {@code condition} gives {@code verdict} with HIDE; {@code tag} makes versions differ. */
    private static String hostRule(String condition, String verdict, String tag) {
        return """
                package hubpolicy.rules;

                import io.github.hubpolicy.api.Action;
                import io.github.hubpolicy.api.Verdict;
                import io.github.hubpolicy.rules.facts.*;
                import function io.github.hubpolicy.rules.facts.Findings.finding;

                rule "%1$s"
                    @section("spam") @bullet(8)
                when
                    Item( %2$s )
                then
                    finding( drools, Verdict.%3$s ).actions( Action.HIDE ).because( "Host rule %4$s." );
                end
                """.formatted(HOST_RULE, condition, verdict, tag);
    }

    private static ContentItem spam(String id) {
        return ContentItem.builder(id, ContentKind.COMMENT).text("Buy now.").signal(Signal.SPAM, 0.9).build();
    }

    private static Finding host(Decision decision) {
        return decision.findings().stream().filter(f -> f.rule().equals(HOST_RULE)).findFirst().orElseThrow();
    }

    private static boolean braked(Decision decision) {
        return decision.findings().stream().anyMatch(f -> f.rule().equals(Brake.HELD_FINDING));
    }

    /** An evaluator serving the narrow version, then reloaded with a changed, over-broad one. */
    private static DroolsPolicyEvaluator reloadedWithBroadRule(Path dir, DroolsPolicyEvaluator.Builder builder) throws IOException {
        Files.writeString(dir.resolve("host.drl"), hostRule("community, likely(\"spam\")", "REVIEW", "v1"));
        DroolsPolicyEvaluator evaluator = builder.ruleDirectory(dir).build();
        Files.writeString(dir.resolve("host.drl"), hostRule("community", "RESTRICT", "v2"));
        evaluator.reload();
        return evaluator;
    }

    @Test
    void aChangedRuleIsHeldAtItsTwentiethFindingUntilAPersonReleasesIt(@TempDir Path dir) throws IOException {
        // given
        List<RuleHeldEvent> holds = new java.util.concurrent.CopyOnWriteArrayList<>();
        DroolsPolicyEvaluator evaluator = reloadedWithBroadRule(dir, DroolsPolicyEvaluator.builder().listener(new DecisionListener() {
            @Override
            public void ruleHeld(RuleHeldEvent event) {
                holds.add(event);
            }
        }));
        assertThat(evaluator.watchedRules()).containsExactly(HOST_RULE);

        // when
        List<Decision> decisions = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            decisions.add(evaluator.evaluate(Items.comment("c/" + i)));
        }

        // then: the first 19 restrict; from the 20th the finding is capped and the decision says why
        for (Decision before : decisions.subList(0, 19)) {
            assertThat(before.verdict()).isEqualTo(Verdict.RESTRICT);
            assertThat(before.actions()).containsExactly(Action.HIDE);
            assertThat(braked(before)).isFalse();
        }
        for (Decision held : decisions.subList(19, 25)) {
            assertThat(held.verdict()).isEqualTo(Verdict.REVIEW);
            assertThat(held.actions()).containsExactly(Action.HUMAN_REVIEW);
            assertThat(host(held).verdict()).isEqualTo(Verdict.REVIEW);
            assertThat(host(held).actions()).containsExactly(Action.HUMAN_REVIEW);
            assertThat(held.findings()).filteredOn(f -> f.rule().equals(Brake.HELD_FINDING))
                    .singleElement().satisfies(f -> {
                        assertThat(f.section()).isEqualTo("engine");
                        assertThat(f.evidence()).containsExactly("rule: " + HOST_RULE);
                    });
        }
        assertThat(evaluator.heldRules()).containsExactly(HOST_RULE);
        assertThat(holds).singleElement().satisfies(held -> {   // told once, not per capped decision
            assertThat(held.rule()).isEqualTo(HOST_RULE);
            assertThat(held.findings()).isEqualTo(20);
            assertThat(held.ruleSet()).isEqualTo(evaluator.policy().rules());
        });

        // and when a person releases it, it restricts again and is no longer watched
        assertThat(evaluator.release(HOST_RULE)).isTrue();
        assertThat(evaluator.release(HOST_RULE)).isFalse();
        assertThat(evaluator.heldRules()).isEmpty();
        assertThat(evaluator.watchedRules()).isEmpty();
        for (int i = 0; i < 50; i++) {
            assertThat(evaluator.evaluate(Items.comment("after/" + i)).verdict()).isEqualTo(Verdict.RESTRICT);
        }
    }

    @Test
    void unchangedRulesAreNeverWatchedAndAHoldOutlivesReloadsThatKeepTheRule(@TempDir Path dir) throws IOException {
        // given: held after 20 comments
        DroolsPolicyEvaluator evaluator = reloadedWithBroadRule(dir, DroolsPolicyEvaluator.builder());
        for (int i = 0; i < 20; i++) {
            evaluator.evaluate(Items.comment("c/" + i));
        }
        assertThat(evaluator.heldRules()).containsExactly(HOST_RULE);

        // when: a reload with an unrelated new file
        Files.writeString(dir.resolve("other.drl"), hostRule("artifact, likely(\"spam\")", "REVIEW", "other")
                .replace(HOST_RULE, "spam: other host rule"));
        evaluator.reload();

        // then: the held rule stays held; only the new rule is watched, no bundled rule
        assertThat(evaluator.heldRules()).containsExactly(HOST_RULE);
        assertThat(evaluator.watchedRules()).containsExactlyInAnyOrder(HOST_RULE, "spam: other host rule");
        assertThat(evaluator.evaluate(Items.comment("c/after")).verdict()).isEqualTo(Verdict.REVIEW);

        // when: a new version of the held rule replaces it
        Files.writeString(dir.resolve("host.drl"), hostRule("community", "RESTRICT", "v3"));
        evaluator.reload();

        // then: the new version serves uncapped and is watched afresh
        assertThat(evaluator.heldRules()).isEmpty();
        assertThat(evaluator.watchedRules()).contains(HOST_RULE);
        assertThat(evaluator.evaluate(Items.comment("c/v3")).verdict()).isEqualTo(Verdict.RESTRICT);
    }

    @Test
    void aVersionAPersonReleasedAheadIsNeverHeldButItsNextChangeIsWatched(@TempDir Path dir) throws IOException {
        // given: the fingerprint of the over-broad version, which a person has looked at and released
        Path probe = Files.createDirectory(dir.resolve("probe"));
        Files.writeString(probe.resolve("host.drl"), hostRule("community", "RESTRICT", "v2"));
        String v2 = DroolsPolicyEvaluator.builder().ruleDirectory(probe).build().rules().stream()
                .filter(r -> r.name().equals(HOST_RULE)).findFirst().orElseThrow().fingerprint();
        Path live = Files.createDirectory(dir.resolve("live"));

        // when: v2 enters service
        DroolsPolicyEvaluator evaluator = reloadedWithBroadRule(live, DroolsPolicyEvaluator.builder().releasedRules(Set.of(v2)));

        // then: not watched, so never held, however broad
        assertThat(evaluator.watchedRules()).isEmpty();
        for (int i = 0; i < 40; i++) {
            assertThat(evaluator.evaluate(Items.comment("c/" + i)).verdict()).isEqualTo(Verdict.RESTRICT);
        }
        assertThat(evaluator.heldRules()).isEmpty();

        // near miss: the next change is another version, watched and held as any other
        Files.writeString(live.resolve("host.drl"), hostRule("community", "RESTRICT", "v3"));
        evaluator.reload();
        assertThat(evaluator.watchedRules()).containsExactly(HOST_RULE);
        for (int i = 0; i < 20; i++) {
            evaluator.evaluate(Items.comment("c/v3-" + i));
        }
        assertThat(evaluator.heldRules()).containsExactly(HOST_RULE);
    }

    @Test
    void aReleasedRuleIsNamedByItsFingerprintNotItsName() {
        assertThatThrownBy(() -> DroolsPolicyEvaluator.builder().releasedRules(Set.of(HOST_RULE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a released rule is named by its fingerprint (sha256:..., as rules() lists it), not 'spam: host rule'");
    }

    @Test
    void aReloadOfTheSameFilesWatchesNothing(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("host.drl"), hostRule("community", "RESTRICT", "v1"));
        DroolsPolicyEvaluator evaluator = DroolsPolicyEvaluator.builder().ruleDirectory(dir).build();
        evaluator.reload();
        assertThat(evaluator.watchedRules()).isEmpty();
        for (int i = 0; i < 100; i++) {
            assertThat(evaluator.evaluate(Items.comment("c/" + i)).verdict()).isEqualTo(Verdict.RESTRICT);
        }
        assertThat(evaluator.heldRules()).isEmpty();
    }

    @Test
    void theFirstRuleSetReplacesNothingUnlessTheHostNamesThePreviousOne(@TempDir Path dir) throws IOException {
        // given: the rule set in service, and a candidate directory with a changed host rule
        Path previous = Files.createDirectory(dir.resolve("previous"));
        Path candidate = Files.createDirectory(dir.resolve("candidate"));
        Files.writeString(previous.resolve("host.drl"), hostRule("community, likely(\"spam\")", "REVIEW", "v1"));
        Files.writeString(candidate.resolve("host.drl"), hostRule("community", "RESTRICT", "v2"));
        List<RuleInfo> inService = DroolsPolicyEvaluator.builder().ruleDirectory(previous).build().rules();

        // when
        DroolsPolicyEvaluator fresh = DroolsPolicyEvaluator.builder().ruleDirectory(candidate).build();
        DroolsPolicyEvaluator deployed = DroolsPolicyEvaluator.builder().ruleDirectory(candidate).replacing(inService).build();

        // then
        assertThat(fresh.watchedRules()).isEmpty();
        assertThat(deployed.watchedRules()).containsExactly(HOST_RULE);
        for (int i = 0; i < 30; i++) {
            fresh.evaluate(Items.comment("c/" + i));
            deployed.evaluate(Items.comment("c/" + i));
        }
        assertThat(fresh.heldRules()).isEmpty();
        assertThat(deployed.heldRules()).containsExactly(HOST_RULE);
    }

    @Test
    void aRuleBelowTheShareIsNeverHeldAndOneAboveItIs(@TempDir Path dir) throws IOException {
        // given: the host rule restricts only spam; one evaluator sees spam in 1 of 25 comments (4%), one in 1 of 15 (6.7%)
        Files.writeString(dir.resolve("host.drl"), hostRule("community, likely(\"spam\")", "REVIEW", "v1"));
        DroolsPolicyEvaluator rare = DroolsPolicyEvaluator.builder().ruleDirectory(dir).build();
        DroolsPolicyEvaluator frequent = DroolsPolicyEvaluator.builder().ruleDirectory(dir).build();
        Files.writeString(dir.resolve("host.drl"), hostRule("community, likely(\"spam\")", "RESTRICT", "v2"));
        rare.reload();
        frequent.reload();

        // when: 2,000 decisions each, twice the window
        int heldAtRare = -1;
        int heldAtFrequent = -1;
        int frequentFindings = 0;
        for (int i = 1; i <= 2_000; i++) {
            Decision r = rare.evaluate(i % 25 == 0 ? spam("r/" + i) : Items.comment("r/" + i));
            Decision f = frequent.evaluate(i % 15 == 0 ? spam("f/" + i) : Items.comment("f/" + i));
            frequentFindings += i % 15 == 0 ? 1 : 0;
            heldAtRare = heldAtRare < 0 && braked(r) ? i : heldAtRare;
            heldAtFrequent = heldAtFrequent < 0 && braked(f) ? i : heldAtFrequent;
        }

        // then: 4% never trips; 6.7% trips at its 20th finding (decision 300)
        assertThat(heldAtRare).isEqualTo(-1);
        assertThat(rare.heldRules()).isEmpty();
        assertThat(heldAtFrequent).isEqualTo(300);
        assertThat(frequent.heldRules()).containsExactly(HOST_RULE);
        assertThat(frequentFindings).isGreaterThan(20);
    }

    @Test
    void theWatchEndsAfterTheWatchPeriod(@TempDir Path dir) throws IOException {
        // given
        MovableClock clock = new MovableClock();
        DroolsPolicyEvaluator evaluator = reloadedWithBroadRule(dir, DroolsPolicyEvaluator.builder().clock(clock));
        for (int i = 0; i < 10; i++) {
            evaluator.evaluate(Items.comment("c/" + i));
        }

        // when: 24 hours pass
        clock.now = clock.now.plus(Duration.ofHours(24));

        // then: no longer watched, never held
        assertThat(evaluator.watchedRules()).isEmpty();
        for (int i = 0; i < 100; i++) {
            assertThat(evaluator.evaluate(Items.comment("later/" + i)).verdict()).isEqualTo(Verdict.RESTRICT);
        }
        assertThat(evaluator.heldRules()).isEmpty();
    }

    @Test
    void theBrakeCanBeTurnedOffOrTuned(@TempDir Path dir) throws IOException {
        DroolsPolicyEvaluator off = reloadedWithBroadRule(dir, DroolsPolicyEvaluator.builder().emergencyBrake(EmergencyBrake.OFF));
        DroolsPolicyEvaluator tight = reloadedWithBroadRule(dir, DroolsPolicyEvaluator.builder()
                .emergencyBrake(new EmergencyBrake(0.5, 100, 5, Duration.ofHours(1))));
        for (int i = 0; i < 50; i++) {
            assertThat(off.evaluate(Items.comment("c/" + i)).verdict()).isEqualTo(Verdict.RESTRICT);
        }
        List<Verdict> verdicts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            verdicts.add(tight.evaluate(Items.comment("c/" + i)).verdict());
        }
        assertThat(off.watchedRules()).isEmpty();
        assertThat(verdicts).containsExactly(Verdict.RESTRICT, Verdict.RESTRICT, Verdict.RESTRICT, Verdict.RESTRICT,
                Verdict.REVIEW, Verdict.REVIEW);
        assertThatThrownBy(() -> new EmergencyBrake(0, 1000, 20, Duration.ofHours(24)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 < share <= 1");
    }

    @Test
    void aDisabledRuleIsListedNeverFiresAndChangesTheDigest() {
        // given
        String rule = "hate: hateful community content";
        DroolsPolicyEvaluator all = DroolsPolicyEvaluator.builder().build();
        DroolsPolicyEvaluator killed = DroolsPolicyEvaluator.builder().disabledRules(Set.of(rule)).build();
        ContentItem hateful = ContentItem.builder("c/1", ContentKind.COMMENT).text("x").signal(Signal.HATE, 0.95).build();

        // when
        Decision before = all.evaluate(hateful);
        Decision after = killed.evaluate(hateful);

        // then
        assertThat(before.findings()).extracting(Finding::rule).contains(rule);
        assertThat(after.findings()).extracting(Finding::rule).doesNotContain(rule);
        assertThat(after.verdict()).isNotEqualTo(Verdict.REMOVE);
        assertThat(killed.rules()).filteredOn(RuleInfo::disabled).extracting(RuleInfo::name).containsExactly(rule);
        assertThat(all.rules()).noneMatch(RuleInfo::disabled);
        assertThat(killed.rules()).hasSameSizeAs(all.rules());
        assertThat(killed.policy().rules()).isNotEqualTo(all.policy().rules());
        assertThatThrownBy(() -> DroolsPolicyEvaluator.builder().disabledRules(Set.of("hate: hatefull community content")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot disable rule \"hate: hatefull community content\": the rule set has no rule of that name");
    }

    @Test
    void fingerprintsChangeWithTheRuleTextOnly(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("host.drl"), hostRule("community", "RESTRICT", "v1"));
        List<RuleInfo> one = DroolsPolicyEvaluator.builder().ruleDirectory(dir).build().rules();
        Files.writeString(dir.resolve("host.drl"), "// a comment above the rule\n" + hostRule("community", "RESTRICT", "v1"));
        List<RuleInfo> moved = DroolsPolicyEvaluator.builder().ruleDirectory(dir).build().rules();
        Files.writeString(dir.resolve("host.drl"), hostRule("community", "REMOVE", "v1"));
        List<RuleInfo> changed = DroolsPolicyEvaluator.builder().ruleDirectory(dir).build().rules();

        assertThat(fingerprint(one)).startsWith("sha256:").isEqualTo(fingerprint(moved)).isNotEqualTo(fingerprint(changed));
        assertThat(one).allSatisfy(r -> assertThat(r.fingerprint()).startsWith("sha256:"));
    }

    private static String fingerprint(List<RuleInfo> rules) {
        return rules.stream().filter(r -> r.name().equals(HOST_RULE)).findFirst().orElseThrow().fingerprint();
    }

    /** A clock the test moves. */
    private static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-12-03T09:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
