package io.github.hubpolicy.rules;

import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.AgendaGroup;

/**
 * The order in which rules run, declared here and nowhere else (no salience in rule files). A
 * rule joins a later phase with {@code ruleflow-group "<name>"} (in Drools 10 the same as an agenda
 * group, which it replaces); section rules need no attribute.
 * <ol>
 *   <li>{@code SECTIONS}: every section's bullets record findings. "Otherwise" bullets are
 *       retracted by the engine when an earlier bullet of their section fires, whatever the order.</li>
 *   <li>{@code CONTEXT}: the research context softens {@code @softenable} findings.</li>
 *   <li>{@code ESCALATION}: repeat-offender findings, from the conduct findings as they stand.</li>
 *   <li>{@code REPORTS}: the reports section, which looks at every other finding after context.</li>
 * </ol>
 */
enum Phase {
    SECTIONS("MAIN"),
    CONTEXT("context"),
    ESCALATION("escalation"),
    REPORTS("reports");

    private final String agendaGroup;

    Phase(String agendaGroup) {
        this.agendaGroup = agendaGroup;
    }

    String agendaGroup() {
        return agendaGroup;
    }

    /** Fires this phase's rules; {@code filter} (null for none) keeps disabled rules from firing. */
    void run(KieSession session, AgendaFilter filter) {
        if (this != SECTIONS) {
            AgendaGroup group = session.getAgenda().getAgendaGroup(agendaGroup);
            if (group == null) {
                return;   // no rule of this rule set runs in this phase
            }
            group.setFocus();
        }
        if (filter == null) {
            session.fireAllRules();
        } else {
            session.fireAllRules(filter);
        }
    }

    /** The groups a rule can join with {@code ruleflow-group}: every phase after the sections. */
    static java.util.List<String> agendaGroups() {
        return java.util.Arrays.stream(values()).filter(p -> p != SECTIONS).map(Phase::agendaGroup).toList();
    }

    static boolean isKnown(String agendaGroup) {
        for (Phase phase : values()) {
            if (phase.agendaGroup.equals(agendaGroup)) {
                return true;
            }
        }
        return false;
    }
}
