package io.github.hubpolicy.rules;

import io.github.hubpolicy.api.PolicyId;

/**
 * A rule set went into service.
 *
 * @param policy the policy version and the rule set's digest
 * @param rules  how many rules it has
 * @param reload false when the evaluator was built with it, true after an accepted reload
 */
public record RuleSetEvent(PolicyId policy, int rules, boolean reload) {
}
