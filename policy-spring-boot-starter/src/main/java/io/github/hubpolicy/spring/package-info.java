/**
 * Spring Boot auto-configuration for the policy evaluator. Entry point: the {@code hubpolicy.*}
 * properties ({@link io.github.hubpolicy.spring.HubPolicyProperties}); the auto-configured
 * {@link io.github.hubpolicy.rules.DroolsPolicyEvaluator} bean is shared by the whole application.
 * Hosts extend it with {@link io.github.hubpolicy.rules.DecisionListener} beans and
 * {@link io.github.hubpolicy.spring.EvaluatorBuilderCustomizer} beans, or replace it with their
 * own {@link io.github.hubpolicy.api.PolicyEvaluator} bean.
 */
package io.github.hubpolicy.spring;
