package io.github.hubpolicy.rules;

import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.Agenda;
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

    /**
     * Fires every phase in order with one {@code fireAllRules} ({@code filter}, null for none, keeps
     * disabled rules from firing), which costs less than one call per phase and runs the same
     * rules in the same order. The focus stack is pushed once, so that it pops as the phases ran
     * one call each: the sections (MAIN), then each later phase followed by MAIN again, because a
     * call per phase also fired, after its phase, whatever that phase made match in MAIN. A phase
     * whose group has nothing to do is popped at once.
     *
     * @return how many rules fired
     */
    static int fireAll(KieSession session, AgendaFilter filter) {
        Agenda agenda = session.getAgenda();
        Phase[] phases = values();
        for (int i = phases.length - 1; i > 0; i--) {
            AgendaGroup group = agenda.getAgendaGroup(phases[i].agendaGroup);
            if (group != null) {   // null: no rule of this rule set runs in this phase
                group.setFocus();
                agenda.getAgendaGroup(SECTIONS.agendaGroup).setFocus();
            }
        }
        return filter == null ? session.fireAllRules() : session.fireAllRules(filter);
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
