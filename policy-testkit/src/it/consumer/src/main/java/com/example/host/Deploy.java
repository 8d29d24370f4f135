package com.example.host;

import io.github.hubpolicy.api.PolicyId;
import io.github.hubpolicy.api.RuleSetEvaluator;
import io.github.hubpolicy.rules.DroolsPolicyEvaluator;
import java.nio.file.Path;

/** The README's deployment step: the host's rule directory over the bundled rules, reloaded while serving. */
public final class Deploy {
    private final RuleSetEvaluator evaluator;

    /** Builds the evaluator from the bundled rules and the host's directory. */
    public Deploy(Path myRules) {
        // readme:start
        RuleSetEvaluator evaluator = DroolsPolicyEvaluator.builder().ruleDirectory(myRules).build();
        // readme:end
        this.evaluator = evaluator;
    }

    /** The evaluator in service. */
    public RuleSetEvaluator evaluator() {
        return evaluator;
    }

    /** After the rule files changed: the digest of the rule set now in service. */
    public PolicyId rulesChanged() {
        return evaluator.reload();
    }
}
