package io.github.hubpolicy.rules;

import io.github.hubpolicy.api.Decision;
import java.time.Duration;

/**
 * One item decided.
 *
 * @param itemId   the item's id (for logs and traces; never use it as a metric tag)
 * @param decision the decision returned to the caller
 * @param elapsed  how long {@code evaluate} took, from the call to the decision
 * @param ruleSet  the digest of the rule set that decided ({@code decision.policy().rules()})
 */
public record DecisionEvent(String itemId, Decision decision, Duration elapsed, String ruleSet) {
}
