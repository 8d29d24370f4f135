package com.example.host;

import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.ContentKind;
import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.api.RuleSetEvaluator;
import io.github.hubpolicy.api.Signal;
import io.github.hubpolicy.api.Target;
import io.github.hubpolicy.api.TargetKind;
import io.github.hubpolicy.rules.DroolsPolicyEvaluator;

/** The README's quick start, as a host writes it. */
public final class QuickStart {
    private QuickStart() {
    }

    /** Decides the README's item and returns the decision. */
    public static Decision decide() {
        // readme:start
        RuleSetEvaluator evaluator = DroolsPolicyEvaluator.builder().build();   // once: compiles the rules
        ContentItem item = ContentItem.builder("comments/42", ContentKind.COMMENT)
                .text("...").target(new Target(TargetKind.USER, "bob")).signal(Signal.HARASSMENT, 0.86).build();
        Decision decision = evaluator.evaluate(item);                          // thread-safe
        decision.verdict();   // RESTRICT;  decision.actions(): [HIDE, WARN_AUTHOR];  decision.findings(): why
        // readme:end
        return decision;
    }

    /** Prints the decision of the README's item. */
    public static void main(String[] args) {
        Decision decision = decide();
        System.out.println(decision.id() + " -> " + decision.verdict() + " " + decision.actions());
    }
}
