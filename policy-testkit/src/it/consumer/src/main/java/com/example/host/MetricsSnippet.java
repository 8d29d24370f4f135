package com.example.host;

import io.github.hubpolicy.micrometer.PolicyMetrics;
import io.github.hubpolicy.rules.DroolsPolicyEvaluator;
import io.micrometer.core.instrument.MeterRegistry;

/** The README's Micrometer metrics without Spring ("Operate it in a service"). */
public final class MetricsSnippet {
    /** An evaluator whose decisions are counted in {@code registry}. */
    public static DroolsPolicyEvaluator evaluator(MeterRegistry registry) {
        // readme:start
        PolicyMetrics metrics = new PolicyMetrics();                 // a MeterBinder and a DecisionListener
        DroolsPolicyEvaluator evaluator = DroolsPolicyEvaluator.builder().listener(metrics).build();
        metrics.bindTo(registry);                                     // any MeterRegistry
        // readme:end
        return evaluator;
    }

    private MetricsSnippet() {
    }
}
