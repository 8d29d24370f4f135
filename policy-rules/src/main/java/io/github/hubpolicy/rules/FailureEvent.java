package io.github.hubpolicy.rules;

import java.util.Optional;

/**
 * Evaluating an item failed, and its decision failed closed or open ({@link FailureMode}).
 *
 * @param itemId     the item's id (never a metric tag)
 * @param stage      where it failed
 * @param rule       the rule that failed, when the engine names one
 * @param errorClass the class name of the error (never its message, which can quote item text)
 * @param mode       what the decision said: {@code CLOSED} is {@code REVIEW}, {@code OPEN} is {@code ALLOW}
 * @param ruleSet    the digest of the rule set in use
 */
public record FailureEvent(String itemId, EvaluationStage stage, Optional<String> rule, String errorClass,
                           FailureMode mode, String ruleSet) {
}
