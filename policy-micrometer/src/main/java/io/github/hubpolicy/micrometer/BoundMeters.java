package io.github.hubpolicy.micrometer;

import io.github.hubpolicy.api.Finding;
import io.github.hubpolicy.api.Verdict;
import io.github.hubpolicy.rules.DecisionEvent;
import io.github.hubpolicy.rules.EvaluationStage;
import io.github.hubpolicy.rules.FailureEvent;
import io.github.hubpolicy.rules.FailureMode;
import io.github.hubpolicy.rules.RuleHeldEvent;
import io.github.hubpolicy.rules.RuleSetEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** The meters of {@link PolicyMetrics} in one registry; counters are looked up once, not per event. */
final class BoundMeters {
    /**
     * Histogram buckets: a typical decision takes tens of microseconds, a long item milliseconds,
     * a stuck one seconds. Seventeen fixed buckets rather than Micrometer's ~70 percentile buckets
     * for this range keep the series few; hosts can still ask for more through a MeterFilter.
     */
    private static final Duration[] BUCKETS = {
            Duration.ofNanos(50_000), Duration.ofNanos(100_000), Duration.ofNanos(250_000), Duration.ofNanos(500_000),
            Duration.ofMillis(1), Duration.ofNanos(2_500_000), Duration.ofMillis(5), Duration.ofMillis(10),
            Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
            Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2_500), Duration.ofSeconds(5),
            Duration.ofSeconds(10)};

    /** A finding's tags: a rule's section can change with a reload, so both are the key. */
    private record RuleKey(String section, String rule) {
    }

    private final MeterRegistry registry;
    private final Tags tags;
    private final Map<Verdict, Counter> decisions = new EnumMap<>(Verdict.class);
    private final Timer evaluation;
    private final Map<RuleKey, Counter> findings = new ConcurrentHashMap<>();
    private final Map<EvaluationStage, Map<FailureMode, Counter>> failures = new EnumMap<>(EvaluationStage.class);
    private final Counter overLimits;
    private final Counter reloadsAccepted;
    private final Counter reloadsRejected;
    private final AtomicInteger reloadFailing = new AtomicInteger();
    private final AtomicInteger rules = new AtomicInteger();
    private Gauge ruleSetInfo;

    BoundMeters(MeterRegistry registry, Tags tags) {
        this.registry = registry;
        this.tags = tags;
        // Registered up front at zero, so that rate() and absence alerts see them before the first event.
        for (Verdict verdict : Verdict.values()) {
            decisions.put(verdict, Counter.builder("hubpolicy.decisions").description("Items decided, by verdict")
                    .tags(tags).tag("verdict", verdict.name()).register(registry));
        }
        evaluation = Timer.builder("hubpolicy.evaluation").description("Time to decide one item")
                .tags(tags).serviceLevelObjectives(BUCKETS).register(registry);
        for (EvaluationStage stage : EvaluationStage.values()) {
            Map<FailureMode, Counter> byMode = new EnumMap<>(FailureMode.class);
            for (FailureMode mode : FailureMode.values()) {
                byMode.put(mode, Counter.builder("hubpolicy.engine.failures")
                        .description("Evaluations that failed and were decided closed (REVIEW) or open (ALLOW)")
                        .tags(tags).tag("stage", stage.toString()).tag("mode", mode.name().toLowerCase(Locale.ROOT))
                        .register(registry));
            }
            failures.put(stage, byMode);
        }
        overLimits = Counter.builder("hubpolicy.items.over.limits")
                .description("Items over the limits, decided on the part within them").tags(tags).register(registry);
        reloadsAccepted = reloads("accepted");
        reloadsRejected = reloads("rejected");
        Gauge.builder("hubpolicy.reload.failing", reloadFailing, AtomicInteger::get)
                .description("1 while the last reload was rejected (the previous rule set keeps serving), else 0")
                .tags(tags).register(registry);
        Gauge.builder("hubpolicy.rules", rules, AtomicInteger::get).description("Rules in the rule set in service")
                .tags(tags).register(registry);
    }

    private Counter reloads(String result) {
        return Counter.builder("hubpolicy.reloads").description("Rule reloads, by result")
                .tags(tags).tag("result", result).register(registry);
    }

    void decided(DecisionEvent event) {
        decisions.get(event.decision().verdict()).increment();
        evaluation.record(event.elapsed());
        for (Finding finding : event.decision().findings()) {
            findings.computeIfAbsent(new RuleKey(finding.section(), finding.rule()), key -> Counter.builder("hubpolicy.findings")
                    .description("Findings, by section and rule").tags(tags)
                    .tag("section", key.section()).tag("rule", key.rule()).register(registry)).increment();
        }
    }

    void failed(FailureEvent event) {
        failures.get(event.stage()).get(event.mode()).increment();
    }

    void overLimits() {
        overLimits.increment();
    }

    /** Holds are rare and rule names bounded by the rule set: a counter per held rule. */
    void ruleHeld(RuleHeldEvent event) {
        Counter.builder("hubpolicy.brake.holds").description("Rules held by the emergency brake")
                .tags(tags).tag("rule", event.rule()).register(registry).increment();
    }

    void reloaded(boolean accepted) {
        (accepted ? reloadsAccepted : reloadsRejected).increment();
        reloadFailing.set(accepted ? 0 : 1);
    }

    /** Replaces the info gauge: one digest at a time, so its cardinality stays one. */
    synchronized void ruleSet(RuleSetEvent event) {
        rules.set(event.rules());
        if (ruleSetInfo != null) {
            registry.remove(ruleSetInfo);
        }
        ruleSetInfo = Gauge.builder("hubpolicy.rule.set", () -> 1)
                .description("The rule set in service (always 1; read its tags)").tags(tags)
                .tag("policy.version", event.policy().version()).tag("digest", event.policy().rules())
                .strongReference(true).register(registry);
    }
}
