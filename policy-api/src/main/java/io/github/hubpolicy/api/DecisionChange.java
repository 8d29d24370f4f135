package io.github.hubpolicy.api;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How the decision on one item changed between two rule sets (a shadow diff of a candidate
 * policy against the one in service).
 *
 * @param id        the item's id
 * @param base      the decision of the rule set in service
 * @param candidate the decision of the candidate rule set
 * @param sections  each section whose outcome changed, in catalog order of the findings
 */
public record DecisionChange(String id, Decision base, Decision candidate, List<SectionChange> sections) {

    /**
     * How one section's outcome changed on the item: its most severe finding's verdict, or
     * {@code null} when the section had no finding on that side.
     */
    public record SectionChange(String section, Verdict from, Verdict to) {
        /** {@code hate: LABEL→REMOVE}, with {@code -} for no finding. */
        public String transition() {
            return (from == null ? "-" : from.name()) + "→" + (to == null ? "-" : to.name());
        }
    }

    public DecisionChange {
        sections = List.copyOf(sections);
    }

    /** The change between two decisions on the same item, or empty when verdict, actions and sections agree. */
    public static Optional<DecisionChange> between(Decision base, Decision candidate) {
        if (!base.id().equals(candidate.id())) {
            throw new IllegalArgumentException("decisions on different items: " + base.id() + ", " + candidate.id());
        }
        Set<String> sections = new LinkedHashSet<>(base.sections());
        sections.addAll(candidate.sections());
        List<SectionChange> changed = new ArrayList<>();
        for (String section : sections) {
            Verdict from = worst(base, section);
            Verdict to = worst(candidate, section);
            if (from != to || !actions(base, section).equals(actions(candidate, section))) {
                changed.add(new SectionChange(section, from, to));
            }
        }
        boolean same = base.verdict() == candidate.verdict() && base.actions().equals(candidate.actions())
                && changed.isEmpty();
        return same ? Optional.empty() : Optional.of(new DecisionChange(base.id(), base, candidate, changed));
    }

    private static Verdict worst(Decision decision, String section) {
        Verdict worst = null;
        for (Finding finding : decision.findings()) {
            if (finding.section().equals(section)) {
                worst = worst == null ? finding.verdict() : worst.max(finding.verdict());
            }
        }
        return worst;
    }

    private static Set<Action> actions(Decision decision, String section) {
        Set<Action> actions = EnumSet.noneOf(Action.class);
        decision.findings().stream().filter(f -> f.section().equals(section)).forEach(f -> actions.addAll(f.actions()));
        return actions;
    }
}
