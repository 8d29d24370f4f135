/**
 * The Drools-backed evaluator. Entry point: {@link io.github.hubpolicy.rules.DroolsPolicyEvaluator#builder()}.
 * The rule files live in {@code hubpolicy/rules/}, one per guideline section.
 */
package io.github.hubpolicy.rules;
