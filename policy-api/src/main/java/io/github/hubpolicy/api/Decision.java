package io.github.hubpolicy.api;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The outcome for one item, with its explanation: every finding names the guideline section it
 * comes from.
 *
 * @param id       the item's id
 * @param verdict  the most severe verdict among the findings, {@code ALLOW} when there are none
 * @param actions  the resolved actions, in canonical order
 * @param findings every rule that fired, most severe first, then in catalog order
 * @param policy   the policy version and rule set that decided
 */
public record Decision(String id, Verdict verdict, List<Action> actions, List<Finding> findings, PolicyId policy) {
    public Decision {
        Checks.nonBlank("id", id);
        Checks.required("verdict", verdict);
        actions = Action.canonical(Checks.list("actions", actions));
        findings = Checks.list("findings", findings);
        Checks.required("policy", policy);
    }

    /** The sections of the findings, in finding order, without repeats. */
    public Set<String> sections() {
        Set<String> sections = new LinkedHashSet<>();
        findings.forEach(f -> sections.add(f.section()));
        return sections;
    }
}
