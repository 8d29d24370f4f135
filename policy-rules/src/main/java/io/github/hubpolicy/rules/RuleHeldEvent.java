package io.github.hubpolicy.rules;

/**
 * The emergency brake held a rule ({@link EmergencyBrake}): from this decision on, its findings
 * are capped at {@code REVIEW} until a person releases it or a new rule set replaces it. Told
 * once per hold.
 *
 * @param rule      the held rule's name (bounded by the rule set: fit for a metric tag)
 * @param findings  its {@code RESTRICT} or {@code REMOVE} findings in the brake's window
 * @param decisions the decisions in that window
 * @param ruleSet   the digest of the rule set the rule belongs to
 */
public record RuleHeldEvent(String rule, int findings, long decisions, String ruleSet) {
}
