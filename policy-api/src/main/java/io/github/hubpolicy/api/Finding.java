package io.github.hubpolicy.api;

import java.util.List;

/**
 * One rule's conclusion about one item.
 *
 * @param section   the guideline section the rule encodes, e.g. {@code consent.likeness}
 * @param rule      the rule's name, e.g. {@code consent.likeness: real person's voice without consent}
 * @param verdict   what the rule concluded
 * @param actions   what it recommends, in canonical order
 * @param rationale one plain sentence a person can act on
 * @param evidence  the item fields that decided it (never a secret or a contact detail in full)
 */
public record Finding(String section, String rule, Verdict verdict, List<Action> actions, String rationale,
                      List<String> evidence) {
    public Finding {
        Checks.nonBlank("section", section);
        Checks.nonBlank("rule", rule);
        Checks.required("verdict", verdict);
        actions = Action.canonical(Checks.list("actions", actions));
        rationale = Checks.orEmpty(rationale);
        evidence = Checks.list("evidence", evidence);
    }
}
