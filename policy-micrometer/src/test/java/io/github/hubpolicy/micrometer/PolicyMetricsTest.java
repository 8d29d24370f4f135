package io.github.hubpolicy.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.ContentKind;
import io.github.hubpolicy.api.Signal;
import io.github.hubpolicy.api.Verdict;
import io.github.hubpolicy.api.catalog.PolicySections;
import io.github.hubpolicy.rules.DroolsPolicyEvaluator;
import io.github.hubpolicy.rules.Limits;
import io.github.hubpolicy.rules.RuleCompilationException;
import io.github.hubpolicy.rules.RuleHeldEvent;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The metrics count what the evaluator reports, with bounded tags, in a plain registry and in a Prometheus scrape. */
class PolicyMetricsTest {
    /** Throws whenever it fires, i.e. on every comment: a stand-in for a broken host rule. */
    private static final String THROWING_RULE = """
            package hubpolicy.rules;

            import io.github.hubpolicy.api.Verdict;
            import io.github.hubpolicy.rules.facts.*;
            import function io.github.hubpolicy.rules.facts.Findings.finding;

            rule "spam: a rule that throws"
                @section("spam") @bullet(9)
            when
                Item( community )
            then
                finding( drools, Verdict.REVIEW ).because( "%d", Integer.parseInt("not a number") );
            end
            """;

    private static final ContentItem PLAIN_MODEL = ContentItem.builder("m/ok", ContentKind.MODEL).license("mit").build();
    private static final ContentItem HATEFUL_MODEL = ContentItem.builder("m/hate", ContentKind.MODEL).license("mit")
            .signal(Signal.HATE, 0.95).build();
    private static final ContentItem COMMENT = ContentItem.builder("c/1", ContentKind.COMMENT).text("Thanks!").build();

    /** Decides a plain model, a hateful one, a comment the throwing rule fails on and one over limits; then a broken and a good reload. */
    private static DroolsPolicyEvaluator exercise(Path rules, MeterRegistry registry) throws IOException {
        Path file = rules.resolve("throwing.drl");
        Files.writeString(file, THROWING_RULE);
        PolicyMetrics metrics = new PolicyMetrics();
        DroolsPolicyEvaluator evaluator = DroolsPolicyEvaluator.builder().ruleDirectory(rules)
                .limits(new Limits(1_000, 10, 10, 10, 10, 10)).listener(metrics).build();
        metrics.bindTo(registry);

        evaluator.evaluate(PLAIN_MODEL);
        evaluator.evaluate(HATEFUL_MODEL);
        evaluator.evaluate(HATEFUL_MODEL);
        evaluator.evaluate(COMMENT);
        evaluator.evaluate(ContentItem.builder("m/long", ContentKind.MODEL).license("mit").text("x".repeat(1_001)).build());

        Files.writeString(file, THROWING_RULE.replace("when", "wen"));
        assertThatThrownBy(evaluator::reload).isInstanceOf(RuleCompilationException.class);
        return evaluator;
    }

    @Test
    void countsDecisionsFindingsFailuresLimitsAndReloads(@TempDir Path rules) throws IOException {
        // given
        SimpleMeterRegistry registry = new SimpleMeterRegistry();

        // when
        DroolsPolicyEvaluator evaluator = exercise(rules, registry);

        // then
        assertThat(registry.get("hubpolicy.decisions").tag("verdict", "ALLOW").counter().count()).isEqualTo(1);
        assertThat(registry.get("hubpolicy.decisions").tag("verdict", "REMOVE").counter().count()).isEqualTo(2);
        assertThat(registry.get("hubpolicy.decisions").tag("verdict", "REVIEW").counter().count()).isEqualTo(2);
        assertThat(registry.get("hubpolicy.decisions").tag("verdict", "RESTRICT").counter().count()).isZero();
        assertThat(registry.get("hubpolicy.findings").tag("section", "hate").tag("rule", "hate: hateful artifact")
                .counter().count()).isEqualTo(2);
        assertThat(registry.get("hubpolicy.findings").tag("section", "engine").tag("rule", "engine: evaluation failed")
                .counter().count()).isEqualTo(1);
        assertThat(registry.get("hubpolicy.engine.failures").tag("stage", "rules").tag("mode", "closed")
                .counter().count()).isEqualTo(1);
        assertThat(registry.get("hubpolicy.engine.failures").tag("stage", "detectors").counters())
                .allSatisfy(c -> assertThat(c.count()).isZero());
        assertThat(registry.get("hubpolicy.items.over.limits").counter().count()).isEqualTo(1);
        assertThat(registry.get("hubpolicy.reloads").tag("result", "rejected").counter().count()).isEqualTo(1);
        assertThat(registry.get("hubpolicy.reloads").tag("result", "accepted").counter().count()).isZero();
        assertThat(registry.get("hubpolicy.reload.failing").gauge().value()).isEqualTo(1);
        assertThat(registry.get("hubpolicy.rules").gauge().value()).isEqualTo(evaluator.rules().size());
        Gauge info = registry.get("hubpolicy.rule.set").gauge();
        assertThat(info.getId().getTag("digest")).isEqualTo(evaluator.policy().rules());
        assertThat(info.getId().getTag("policy.version")).isEqualTo(PolicySections.POLICY_VERSION);

        var timer = registry.get("hubpolicy.evaluation").timer();
        assertThat(timer.count()).isEqualTo(5);
        assertThat(timer.totalTime(TimeUnit.NANOSECONDS)).isPositive();
        CountAtBucket[] buckets = timer.takeSnapshot().histogramCounts();
        assertThat(buckets).hasSize(17);
        assertThat(buckets[buckets.length - 1].count()).isLessThanOrEqualTo(5);
    }

    @Test
    void anAcceptedReloadReplacesTheInfoGaugeAndClearsTheFailingFlag(@TempDir Path rules) throws IOException {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        DroolsPolicyEvaluator evaluator = exercise(rules, registry);
        String before = evaluator.policy().rules();

        Files.delete(rules.resolve("throwing.drl"));
        evaluator.reload();

        assertThat(registry.get("hubpolicy.rule.set").gauges()).singleElement()
                .satisfies(g -> assertThat(g.getId().getTag("digest")).isEqualTo(evaluator.policy().rules()).isNotEqualTo(before));
        assertThat(registry.get("hubpolicy.reloads").tag("result", "accepted").counter().count()).isEqualTo(1);
        assertThat(registry.get("hubpolicy.reload.failing").gauge().value()).isZero();
        assertThat(registry.get("hubpolicy.rules").gauge().value()).isEqualTo(evaluator.rules().size());
    }

    @Test
    void noTagCarriesAnItemIdAndEveryNameIsDotted(@TempDir Path rules) throws IOException {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        exercise(rules, registry);

        assertThat(registry.getMeters()).isNotEmpty().allSatisfy(meter -> {
            assertThat(meter.getId().getName()).matches("hubpolicy(\\.[a-z]+)+");
            assertThat(meter.getId().getTags()).noneSatisfy(tag -> assertThat(tag.getValue()).contains("m/", "c/"));
        });
        assertThat(registry.getMeters()).extracting(Meter::getId).extracting(id -> id.getName()).contains(
                "hubpolicy.decisions", "hubpolicy.evaluation", "hubpolicy.findings", "hubpolicy.engine.failures",
                "hubpolicy.items.over.limits", "hubpolicy.reloads", "hubpolicy.reload.failing", "hubpolicy.rule.set",
                "hubpolicy.rules");
    }

    @Test
    void commonTagsGoOnEveryMeter(@TempDir Path rules) throws IOException {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Files.writeString(rules.resolve("throwing.drl"), THROWING_RULE);
        PolicyMetrics metrics = new PolicyMetrics(Tags.of("evaluator", "comments"));
        DroolsPolicyEvaluator evaluator = DroolsPolicyEvaluator.builder().listener(metrics).build();
        metrics.bindTo(registry);

        assertThat(evaluator.evaluate(PLAIN_MODEL).verdict()).isEqualTo(Verdict.ALLOW);

        assertThat(registry.getMeters()).isNotEmpty()
                .allSatisfy(m -> assertThat(m.getId().getTag("evaluator")).isEqualTo("comments"));
    }

    @Test
    void thePrometheusScrapeHasTheDocumentedSeries(@TempDir Path rules) throws IOException {
        // given
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

        // when
        DroolsPolicyEvaluator evaluator = exercise(rules, registry);
        String scrape = registry.scrape();

        // then
        assertThat(scrape)
                .contains("hubpolicy_decisions_total{verdict=\"REMOVE\"} 2.0")
                .contains("hubpolicy_findings_total{rule=\"hate: hateful artifact\",section=\"hate\"} 2.0")
                .contains("hubpolicy_engine_failures_total{mode=\"closed\",stage=\"rules\"} 1.0")
                .contains("hubpolicy_items_over_limits_total 1.0")
                .contains("hubpolicy_reloads_total{result=\"rejected\"} 1.0")
                .contains("hubpolicy_reload_failing 1.0")
                .contains("hubpolicy_rule_set{digest=\"" + evaluator.policy().rules() + "\",policy_version=\""
                        + PolicySections.POLICY_VERSION + "\"} 1.0")
                .contains("hubpolicy_evaluation_seconds_bucket{le=\"0.01\"}")
                .contains("hubpolicy_evaluation_seconds_count 5")
                .doesNotContain("m/hate").doesNotContain("c/1");
    }

    @Test
    void aRuleHeldByTheEmergencyBrakeIsCountedByRule() {
        // given
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        PolicyMetrics metrics = new PolicyMetrics();
        metrics.bindTo(registry);

        // when
        metrics.ruleHeld(new RuleHeldEvent("spam: host rule", 20, 300, "sha256:abc"));

        // then
        assertThat(registry.get("hubpolicy.brake.holds").tag("rule", "spam: host rule").counter().count()).isEqualTo(1.0);
        assertThat(registry.find("hubpolicy.brake.holds").tagKeys("rule").counters()).hasSize(1);
    }
}
