package io.github.hubpolicy.rules;

import io.github.hubpolicy.api.Action;
import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.api.PolicyId;
import io.github.hubpolicy.api.Verdict;
import io.github.hubpolicy.rules.facts.RuleFinding;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Resolution (guidelines.md, section 1): from the findings that stand to the decision. */
final class Resolver {
    /** Actions that only make sense for content that stays up; dropped when the verdict is REMOVE. */
    private static final Set<Action> STAY_UP = EnumSet.of(Action.ADD_AUDIENCE_TAG, Action.SHOW_WARNING,
            Action.REQUEST_CHANGE, Action.DOWNRANK, Action.GATE_ACCESS, Action.HIDE, Action.DISABLE);

    private final Comparator<RuleFinding> order;

    Resolver(Catalog catalog) {
        this.order = Comparator.comparing(RuleFinding::getVerdict).reversed()
                .thenComparingInt(f -> catalog.order(f.getSection()))
                .thenComparing(RuleFinding::getSection)
                .thenComparingInt(RuleFinding::getBullet)
                .thenComparing(RuleFinding::getRule);
    }

    Decision resolve(String id, Collection<RuleFinding> findings, PolicyId policy) {
        if (findings.isEmpty()) {
            return new Decision(id, Verdict.ALLOW, List.of(), List.of(), policy);   // most items: nothing to sort
        }
        List<RuleFinding> sorted = new ArrayList<>(findings);
        sorted.sort(order);
        Verdict verdict = Verdict.ALLOW;
        EnumSet<Action> actions = EnumSet.noneOf(Action.class);
        List<io.github.hubpolicy.api.Finding> reported = new ArrayList<>(sorted.size());
        for (RuleFinding finding : sorted) {
            verdict = verdict.max(finding.getVerdict());
            actions.addAll(finding.getActions());
            reported.add(finding.toApi());
        }
        if (verdict == Verdict.REMOVE) {
            actions.removeAll(STAY_UP);
        }
        return new Decision(id, verdict, List.copyOf(actions), reported, policy);
    }
}
