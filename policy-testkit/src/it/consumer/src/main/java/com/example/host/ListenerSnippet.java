package com.example.host;

import io.github.hubpolicy.rules.DecisionEvent;
import io.github.hubpolicy.rules.DecisionListener;
import io.github.hubpolicy.rules.DroolsPolicyEvaluator;
import io.github.hubpolicy.rules.FailureEvent;

/** The README's decision listener ("Operate it in a service"). */
public final class ListenerSnippet {
    /** An evaluator with a listener that does nothing yet. */
    public static DroolsPolicyEvaluator evaluator() {
        // readme:start
        DroolsPolicyEvaluator evaluator = DroolsPolicyEvaluator.builder()
                .listener(new DecisionListener() {
                    @Override public void decided(DecisionEvent e) { /* e.itemId(), e.decision(), e.elapsed(), e.ruleSet() */ }
                    @Override public void failed(FailureEvent e) { /* e.stage(), e.rule(), e.errorClass(), e.mode() */ }
                })
                .build();
        // readme:end
        return evaluator;
    }

    private ListenerSnippet() {
    }
}
