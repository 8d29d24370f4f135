package io.github.hubpolicy.spring;

import io.github.hubpolicy.rules.DroolsPolicyEvaluator;

/**
 * Adjusts the auto-configured evaluator's builder after the {@code hubpolicy.*} properties are
 * applied and before it is built, for options that have no property. Declare it as a bean;
 * customizers run in {@link org.springframework.core.annotation.Order} order.
 */
@FunctionalInterface
public interface EvaluatorBuilderCustomizer {
    /** Changes the builder. */
    void customize(DroolsPolicyEvaluator.Builder builder);
}
