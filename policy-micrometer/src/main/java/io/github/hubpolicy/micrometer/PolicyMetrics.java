package io.github.hubpolicy.micrometer;

import io.github.hubpolicy.rules.DecisionEvent;
import io.github.hubpolicy.rules.DecisionListener;
import io.github.hubpolicy.rules.FailureEvent;
import io.github.hubpolicy.rules.OverLimitsEvent;
import io.github.hubpolicy.rules.ReloadRejectedEvent;
import io.github.hubpolicy.rules.RuleHeldEvent;
import io.github.hubpolicy.rules.RuleSetEvent;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The evaluator's metrics, in the style of Micrometer's own binders: register it as the
 * evaluator's listener and bind it to a registry.
 *
 * <pre>{@code
 * PolicyMetrics metrics = new PolicyMetrics();
 * DroolsPolicyEvaluator evaluator = DroolsPolicyEvaluator.builder().listener(metrics).build();
 * metrics.bindTo(registry);
 * }</pre>
 *
 * <table>
 * <caption>Meters (Prometheus names in brackets)</caption>
 * <tr><th>name</th><th>type</th><th>tags</th></tr>
 * <tr><td>{@code hubpolicy.decisions} ({@code hubpolicy_decisions_total})</td><td>counter</td><td>{@code verdict}</td></tr>
 * <tr><td>{@code hubpolicy.evaluation} ({@code hubpolicy_evaluation_seconds})</td><td>timer with a histogram (17 buckets, 50 µs to 10 s)</td><td></td></tr>
 * <tr><td>{@code hubpolicy.findings}</td><td>counter</td><td>{@code section}, {@code rule}</td></tr>
 * <tr><td>{@code hubpolicy.engine.failures}</td><td>counter</td><td>{@code stage}, {@code mode}</td></tr>
 * <tr><td>{@code hubpolicy.items.over.limits}</td><td>counter</td><td></td></tr>
 * <tr><td>{@code hubpolicy.reloads}</td><td>counter</td><td>{@code result}: {@code accepted}, {@code rejected}</td></tr>
 * <tr><td>{@code hubpolicy.reload.failing}</td><td>gauge: 1 while the last reload was rejected, else 0</td><td></td></tr>
 * <tr><td>{@code hubpolicy.rule.set}</td><td>info gauge, always 1</td><td>{@code policy.version}, {@code digest}</td></tr>
 * <tr><td>{@code hubpolicy.rules}</td><td>gauge: rules in service</td><td></td></tr>
 * </table>
 *
 * <p>Every tag value comes from a bounded set: verdicts, stages and failure modes are enums;
 * sections come from the catalog; rule names from the rule set in service (a reload can add
 * names, never an item); the digest tag has one value at a time. No item id or free text is
 * ever a tag. The rule that failed is not a tag either: the engine sometimes names it in an
 * error message, which could be made to carry anything.
 *
 * <p>Events that arrive before {@link #bindTo} are not counted, except the rule set in service,
 * which is remembered. Thread-safe; may be bound to several registries.
 */
public final class PolicyMetrics implements MeterBinder, DecisionListener {
    private final Tags tags;
    private final List<BoundMeters> bound = new CopyOnWriteArrayList<>();
    private volatile RuleSetEvent inService;

    /** Metrics without common tags. */
    public PolicyMetrics() {
        this(Tags.empty());
    }

    /** Metrics with tags added to every meter, e.g. {@code evaluator=comments} for a host with two evaluators. */
    public PolicyMetrics(Iterable<Tag> tags) {
        this.tags = Tags.of(Objects.requireNonNull(tags, "tags"));
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        BoundMeters meters = new BoundMeters(registry, tags);
        RuleSetEvent ruleSet = inService;
        if (ruleSet != null) {
            meters.ruleSet(ruleSet);
        }
        bound.add(meters);
    }

    @Override
    public void decided(DecisionEvent event) {
        for (BoundMeters meters : bound) {
            meters.decided(event);
        }
    }

    @Override
    public void failed(FailureEvent event) {
        for (BoundMeters meters : bound) {
            meters.failed(event);
        }
    }

    @Override
    public void overLimits(OverLimitsEvent event) {
        for (BoundMeters meters : bound) {
            meters.overLimits();
        }
    }

    @Override
    public void ruleSetLoaded(RuleSetEvent event) {
        inService = event;
        for (BoundMeters meters : bound) {
            if (event.reload()) {
                meters.reloaded(true);
            }
            meters.ruleSet(event);
        }
    }

    @Override
    public void reloadRejected(ReloadRejectedEvent event) {
        for (BoundMeters meters : bound) {
            meters.reloaded(false);
        }
    }

    @Override
    public void ruleHeld(RuleHeldEvent event) {
        for (BoundMeters meters : bound) {
            meters.ruleHeld(event);
        }
    }
}
