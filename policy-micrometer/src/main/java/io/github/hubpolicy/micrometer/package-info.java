/**
 * Micrometer metrics for {@link io.github.hubpolicy.rules.DroolsPolicyEvaluator}. Entry point:
 * {@link io.github.hubpolicy.micrometer.PolicyMetrics}, a {@code MeterBinder} that is also the
 * evaluator's {@code DecisionListener}.
 */
package io.github.hubpolicy.micrometer;
