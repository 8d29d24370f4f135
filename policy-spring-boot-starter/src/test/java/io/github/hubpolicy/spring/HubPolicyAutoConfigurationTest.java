package io.github.hubpolicy.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.ContentKind;
import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.api.PolicyEvaluator;
import io.github.hubpolicy.api.PolicyId;
import io.github.hubpolicy.api.Signal;
import io.github.hubpolicy.api.Verdict;
import io.github.hubpolicy.api.catalog.PolicySections;
import io.github.hubpolicy.micrometer.PolicyMetrics;
import io.github.hubpolicy.rules.DecisionEvent;
import io.github.hubpolicy.rules.DecisionListener;
import io.github.hubpolicy.rules.DroolsPolicyEvaluator;
import io.github.hubpolicy.rules.FailureMode;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Each condition of the auto-configuration, one at a time. */
class HubPolicyAutoConfigurationTest {
    private static final ContentItem HATEFUL = ContentItem.builder("c/hate", ContentKind.COMMENT).text("x")
            .signal(Signal.HATE, 0.9).build();

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(
            HubPolicyAutoConfiguration.class, HubPolicyOperationsAutoConfiguration.class,
            HubPolicyMetricsAutoConfiguration.class));

    /** A host rule file in the given state ("REVIEW", or broken). */
    static String hostRule(String verdict) {
        return """
                package hubpolicy.rules;

                import io.github.hubpolicy.api.Action;
                import io.github.hubpolicy.api.Verdict;
                import io.github.hubpolicy.rules.facts.*;
                import function io.github.hubpolicy.rules.facts.Findings.finding;

                rule "spam: host rule"
                    @section("spam") @bullet(8)
                when
                    Item( community )
                then
                    finding( drools, Verdict.%s ).actions( Action.HUMAN_REVIEW ).because( "Host rule." );
                end
                """.formatted(verdict);
    }

    static FailureAnalysis analysis(AssertableApplicationContext context) {
        assertThat(context).hasFailed();
        FailureAnalysis analysis = new PolicyFailureAnalyzer().analyze(context.getStartupFailure());
        assertThat(analysis).as("analysed: %s", context.getStartupFailure()).isNotNull();
        return analysis;
    }

    @Test
    void buildsOneSharedEvaluatorWithTheBundledRules() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(PolicyEvaluator.class).hasSingleBean(DroolsPolicyEvaluator.class);
            DroolsPolicyEvaluator evaluator = context.getBean(DroolsPolicyEvaluator.class);
            assertThat(evaluator.evaluate(HATEFUL).verdict()).isEqualTo(Verdict.REMOVE);
            assertThat(evaluator.policy()).isEqualTo(DroolsPolicyEvaluator.builder().build().policy());
        });
    }

    @Test
    void propertiesReachTheEvaluator() {
        runner.withPropertyValues("hubpolicy.thresholds.likely=0.95", "hubpolicy.thresholds.possible=0.6",
                "hubpolicy.phone-region=gb", "hubpolicy.research-context=false", "hubpolicy.failure-mode=open",
                "hubpolicy.limits.max-text-chars=10").run(context -> {
            DroolsPolicyEvaluator evaluator = context.getBean(DroolsPolicyEvaluator.class);
            DroolsPolicyEvaluator expected = DroolsPolicyEvaluator.builder()
                    .thresholds(new io.github.hubpolicy.rules.Thresholds(0.95, 0.6)).phoneRegion("GB")
                    .researchContext(false).failureMode(FailureMode.OPEN)
                    .limits(new io.github.hubpolicy.rules.Limits(10, 1000, 10000, 1000, 10000, 10000)).build();
            assertThat(evaluator.policy()).isEqualTo(expected.policy());   // the digest covers every setting
            Decision decision = evaluator.evaluate(HATEFUL);               // 0.9 is no longer likely hate
            assertThat(decision.verdict()).isNotEqualTo(Verdict.REMOVE);
        });
    }

    @Test
    void ruleDirectoriesAddRulesAndBundledRulesCanBeOff(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("host.drl"), hostRule("REVIEW"));
        runner.withPropertyValues("hubpolicy.rule-directories=" + dir, "hubpolicy.bundled-rules=false").run(context -> {
            DroolsPolicyEvaluator evaluator = context.getBean(DroolsPolicyEvaluator.class);
            assertThat(evaluator.rules()).extracting(r -> r.name()).containsExactly("spam: host rule");
            assertThat(evaluator.evaluate(HATEFUL).findings()).extracting(f -> f.rule()).containsExactly("spam: host rule");
        });
    }

    @Test
    void aHostsOwnEvaluatorWins() {
        PolicyEvaluator own = item -> new Decision(item.id(), Verdict.ALLOW, List.of(), List.of(), new PolicyId("x", "y"));
        runner.withBean(PolicyEvaluator.class, () -> own).run(context -> {
            assertThat(context).hasSingleBean(PolicyEvaluator.class).doesNotHaveBean(DroolsPolicyEvaluator.class)
                    .doesNotHaveBean(HealthIndicator.class).doesNotHaveBean(InfoContributor.class);
            assertThat(context.getBean(PolicyEvaluator.class)).isSameAs(own);
        });
    }

    @Test
    void aHostsOwnDroolsEvaluatorWinsAndIsStillReported() {
        DroolsPolicyEvaluator own = DroolsPolicyEvaluator.builder().researchContext(false).build();
        runner.withBean(DroolsPolicyEvaluator.class, () -> own).run(context -> {
            assertThat(context.getBean(PolicyEvaluator.class)).isSameAs(own);
            assertThat(context.getBean(HealthIndicator.class).health(true).getDetails())
                    .containsEntry("ruleSet", own.policy().rules());
        });
    }

    @Test
    void listenerBeansAndCustomizersReachTheBuilder() {
        List<DecisionEvent> seen = new CopyOnWriteArrayList<>();
        DecisionListener listener = new DecisionListener() {
            @Override
            public void decided(DecisionEvent event) {
                seen.add(event);
            }
        };
        EvaluatorBuilderCustomizer customizer = builder -> builder.failureMode(FailureMode.OPEN);
        runner.withBean(DecisionListener.class, () -> listener).withBean(EvaluatorBuilderCustomizer.class, () -> customizer)
                .run(context -> {
                    DroolsPolicyEvaluator evaluator = context.getBean(DroolsPolicyEvaluator.class);
                    evaluator.evaluate(HATEFUL);
                    assertThat(seen).extracting(DecisionEvent::itemId).containsExactly("c/hate");
                    assertThat(evaluator.policy()).isEqualTo(
                            DroolsPolicyEvaluator.builder().failureMode(FailureMode.OPEN).build().policy());
                });
    }

    @Test
    void healthIsUpWithTheRuleSet() {
        runner.run(context -> {
            DroolsPolicyEvaluator evaluator = context.getBean(DroolsPolicyEvaluator.class);
            Health health = context.getBean("hubpolicyHealthIndicator", HealthIndicator.class).health(true);
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("ruleSet", evaluator.policy().rules())
                    .containsEntry("rules", evaluator.rules().size())
                    .containsEntry("policyVersion", PolicySections.POLICY_VERSION)
                    .doesNotContainKey("lastRejectedReload");
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRejectedReloadShowsInHealthWhileTheLastGoodSetServes(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("host.drl");
        Files.writeString(file, hostRule("REVIEW"));
        runner.withPropertyValues("hubpolicy.rule-directories=" + dir).run(context -> {
            DroolsPolicyEvaluator evaluator = context.getBean(DroolsPolicyEvaluator.class);
            PolicyId good = evaluator.policy();
            Files.writeString(file, hostRule("NO_SUCH_VERDICT"));
            try {
                evaluator.reload();
            } catch (RuntimeException expected) {
                // rejected
            }
            Health health = context.getBean("hubpolicyHealthIndicator", HealthIndicator.class).health(true);
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("ruleSet", good.rules());
            Map<String, Object> rejected = (Map<String, Object>) health.getDetails().get("lastRejectedReload");
            assertThat(rejected).containsEntry("stillServing", good.rules());
            assertThat((List<String>) rejected.get("problems")).isNotEmpty().allSatisfy(p -> assertThat(p).startsWith("host.drl:"));

            Files.writeString(file, hostRule("RESTRICT"));
            evaluator.reload();
            assertThat(context.getBean("hubpolicyHealthIndicator", HealthIndicator.class).health(true).getDetails())
                    .doesNotContainKey("lastRejectedReload");
        });
    }

    @Test
    void infoNamesThePolicyTheRuleSetAndItsSections() {
        runner.run(context -> {
            DroolsPolicyEvaluator evaluator = context.getBean(DroolsPolicyEvaluator.class);
            Info.Builder builder = new Info.Builder();
            context.getBean("hubpolicyInfoContributor", InfoContributor.class).contribute(builder);
            @SuppressWarnings("unchecked")
            Map<String, Object> info = (Map<String, Object>) builder.build().getDetails().get("hubpolicy");
            assertThat(info).containsEntry("policyVersion", PolicySections.POLICY_VERSION)
                    .containsEntry("ruleSet", evaluator.policy().rules()).containsEntry("rules", evaluator.rules().size());
            assertThat((List<String>) info.get("sections")).startsWith("minors").contains("consent.likeness", "reports");
        });
    }

    @Test
    void withoutActuatorThereIsNoHealthOrInfo() {
        runner.withClassLoader(new FilteredClassLoader(HealthIndicator.class, InfoContributor.class)).run(context -> {
            assertThat(context).hasSingleBean(DroolsPolicyEvaluator.class);
            assertThat(context).doesNotHaveBean("hubpolicyHealthIndicator").doesNotHaveBean("hubpolicyInfoContributor");
        });
    }

    @Test
    void healthAndInfoCanBeSwitchedOff() {
        runner.withPropertyValues("management.health.hubpolicy.enabled=false", "management.info.hubpolicy.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean("hubpolicyHealthIndicator")
                        .doesNotHaveBean("hubpolicyInfoContributor"));
    }

    @Test
    void metricsAreBoundToTheApplicationsMeterRegistry() {
        runner.withConfiguration(AutoConfigurations.of(MetricsAutoConfiguration.class,
                SimpleMetricsExportAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class)).run(context -> {
            assertThat(context).hasSingleBean(PolicyMetrics.class);
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            context.getBean(DroolsPolicyEvaluator.class).evaluate(HATEFUL);
            assertThat(registry.get("hubpolicy.decisions").tag("verdict", "REMOVE").counter().count()).isEqualTo(1);
            assertThat(registry.get("hubpolicy.rule.set").gauge().getId().getTag("digest"))
                    .isEqualTo(context.getBean(DroolsPolicyEvaluator.class).policy().rules());
        });
    }

    @Test
    void noMetricsWithoutARegistryOrWithoutMicrometer() {
        runner.run(context -> assertThat(context).doesNotHaveBean(PolicyMetrics.class));
        runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .withClassLoader(new FilteredClassLoader(MeterRegistry.class))
                .run(context -> assertThat(context).doesNotHaveBean(PolicyMetrics.class));
    }

    @Test
    void aRuleFileChangeIsReloadedAndABrokenOneRejected(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("host.drl");
        Files.writeString(file, hostRule("REVIEW"));
        runner.withPropertyValues("hubpolicy.rule-directories=" + dir, "hubpolicy.reload.watch=true",
                "hubpolicy.reload.debounce=100ms").run(context -> {
            DroolsPolicyEvaluator evaluator = context.getBean(DroolsPolicyEvaluator.class);
            PolicyReloadStatus status = context.getBean(PolicyReloadStatus.class);
            PolicyId first = evaluator.policy();

            Files.writeString(file, hostRule("RESTRICT"));
            await().atMost(Duration.ofSeconds(30)).until(() -> !evaluator.policy().equals(first));
            assertThat(evaluator.evaluate(HATEFUL).findings()).anySatisfy(f -> {
                assertThat(f.rule()).isEqualTo("spam: host rule");
                assertThat(f.verdict()).isEqualTo(Verdict.RESTRICT);
            });
            PolicyId second = evaluator.policy();

            Files.writeString(file, hostRule("RESTRICT").replace("when", "wen"));
            await().atMost(Duration.ofSeconds(30)).until(() -> status.lastRejected().isPresent());
            assertThat(evaluator.policy()).isEqualTo(second);
            assertThat(status.lastRejected().orElseThrow().problems()).isNotEmpty();
        });
    }

    @Test
    void noWatcherUnlessAskedFor(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("host.drl"), hostRule("REVIEW"));
        runner.withPropertyValues("hubpolicy.rule-directories=" + dir)
                .run(context -> assertThat(context).doesNotHaveBean(RuleDirectoryWatcher.class));
    }

    @Test
    void aMissingRuleDirectoryStopsStartUpNamingTheProperty() {
        runner.withPropertyValues("hubpolicy.rule-directories=/no/such/dir").run(context -> assertThat(analysis(context)
                .getDescription()).isEqualTo("hubpolicy.rule-directories[0]: /no/such/dir does not exist or is not a directory"));
    }

    @Test
    void aThresholdOutsideTheUnitIntervalStopsStartUp() {
        runner.withPropertyValues("hubpolicy.thresholds.likely=1.5").run(context -> assertThat(analysis(context)
                .getDescription()).isEqualTo("hubpolicy.thresholds.likely: must be between 0 and 1, was 1.5"));
        runner.withPropertyValues("hubpolicy.thresholds.possible=-0.1").run(context -> assertThat(analysis(context)
                .getDescription()).isEqualTo("hubpolicy.thresholds.possible: must be between 0 and 1, was -0.1"));
    }

    @Test
    void possibleAboveLikelyStopsStartUp() {
        runner.withPropertyValues("hubpolicy.thresholds.likely=0.6", "hubpolicy.thresholds.possible=0.7")
                .run(context -> assertThat(analysis(context).getDescription()).isEqualTo(
                        "hubpolicy.thresholds.possible: must not be above hubpolicy.thresholds.likely (0.6), was 0.7"));
    }

    @Test
    void anUnknownPhoneRegionStopsStartUp() {
        runner.withPropertyValues("hubpolicy.phone-region=XX").run(context -> {
            FailureAnalysis analysis = analysis(context);
            assertThat(analysis.getDescription()).startsWith("hubpolicy.phone-region: 'XX' is not a region");
            assertThat(analysis.getAction()).contains("hubpolicy.phone-region");
        });
    }

    @Test
    void aRuleFileThatDoesNotCompileStopsStartUpWithItsLocation(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("host.drl"), hostRule("REVIEW").replace("when", "wen"));
        runner.withPropertyValues("hubpolicy.rule-directories=" + dir).run(context -> assertThat(analysis(context)
                .getDescription()).startsWith("hubpolicy.rule-directories: the rule files do not compile (")
                .contains("\n    host.drl:"));
    }

    @Test
    void noRulesAtAllStopsStartUp() {
        runner.withPropertyValues("hubpolicy.bundled-rules=false").run(context -> assertThat(analysis(context)
                .getDescription()).startsWith("hubpolicy.bundled-rules: is false and hubpolicy.rule-directories is empty"));
    }

    @Test
    void aNegativeLimitStopsStartUp() {
        runner.withPropertyValues("hubpolicy.limits.max-tags=-1").run(context -> assertThat(analysis(context)
                .getDescription()).isEqualTo("hubpolicy.limits.max-tags: must be at least 0, was -1"));
    }

    @Test
    void disabledRulesAreListedAsDisabledAndNeverFire() {
        String rule = "consent.likeness: face-swap or voice-clone tool";
        runner.withPropertyValues("hubpolicy.disabled-rules=" + rule).run(context -> {
            DroolsPolicyEvaluator evaluator = context.getBean(DroolsPolicyEvaluator.class);
            assertThat(evaluator.rules()).filteredOn(r -> r.name().equals(rule)).singleElement()
                    .satisfies(r -> assertThat(r.disabled()).isTrue());
            assertThat(evaluator.policy()).isNotEqualTo(DroolsPolicyEvaluator.builder().build().policy());
        });
    }

    @Test
    void aMisspeltDisabledRuleStopsStartUpNamingTheProperty() {
        runner.withPropertyValues("hubpolicy.disabled-rules=no such rule").run(context -> assertThat(analysis(context)
                .getDescription()).startsWith("hubpolicy.disabled-rules: cannot disable rule \"no such rule\""));
    }

    @Test
    void aReleasedVersionIsNotWatchedWhenAReloadBringsItAndAnotherVersionIs(@TempDir Path dir) throws IOException {
        // given: the fingerprint of the RESTRICT version, released by a person
        Path probe = Files.createDirectory(dir.resolve("probe"));
        Path live = Files.createDirectory(dir.resolve("live"));
        Files.writeString(probe.resolve("host.drl"), hostRule("RESTRICT"));
        String released = DroolsPolicyEvaluator.builder().ruleDirectory(probe).build().rules().stream()
                .filter(r -> r.file().equals("host.drl")).findFirst().orElseThrow().fingerprint();
        Files.writeString(live.resolve("host.drl"), hostRule("REVIEW"));
        runner.withPropertyValues("hubpolicy.rule-directories=" + live, "hubpolicy.brake.released=" + released).run(context -> {
            DroolsPolicyEvaluator evaluator = context.getBean(DroolsPolicyEvaluator.class);
            // when / then: the released version enters service unwatched
            Files.writeString(live.resolve("host.drl"), hostRule("RESTRICT"));
            evaluator.reload();
            assertThat(evaluator.watchedRules()).isEmpty();
            // near miss: any other version is watched
            Files.writeString(live.resolve("host.drl"), hostRule("REMOVE"));
            evaluator.reload();
            assertThat(evaluator.watchedRules()).hasSize(1);
        });
    }

    @Test
    void aReleasedRuleNamedByItsNameStopsStartUpNamingTheProperty() {
        runner.withPropertyValues("hubpolicy.brake.released=spam: host rule").run(context -> assertThat(analysis(context)
                .getDescription()).isEqualTo("hubpolicy.brake.released[0]: must be a rule's fingerprint (sha256:..., as the"
                + " rules in service list it), was 'spam: host rule'"));
    }

    @Test
    void badBrakeSettingsStopStartUpNamingTheProperty() {
        runner.withPropertyValues("hubpolicy.brake.share=0").run(context -> assertThat(analysis(context)
                .getDescription()).isEqualTo("hubpolicy.brake.share: must be above 0 and at most 1, was 0.0"));
        runner.withPropertyValues("hubpolicy.brake.window=0").run(context -> assertThat(analysis(context)
                .getDescription()).isEqualTo("hubpolicy.brake.window: must be at least 1, was 0"));
        // Off needs no other setting to be valid.
        runner.withPropertyValues("hubpolicy.brake.enabled=false", "hubpolicy.brake.share=0")
                .run(context -> assertThat(context).hasSingleBean(DroolsPolicyEvaluator.class));
    }
}
