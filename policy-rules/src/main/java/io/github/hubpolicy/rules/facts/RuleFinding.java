package io.github.hubpolicy.rules.facts;

import io.github.hubpolicy.api.Action;
import io.github.hubpolicy.api.Verdict;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A finding while the rules run: what one rule concluded about the item. Section rules record
 * them (see {@link Findings#finding}); the research context may soften them; later phases read
 * them ({@code not RuleFinding( section == "minors" )}). The evaluator turns the final set into the
 * decision's {@link io.github.hubpolicy.api.Finding}s (a different type: this one is the rules'
 * working copy, which the research context may still change).
 */
public final class RuleFinding {
    private final String section;
    private final String rule;
    private final int bullet;
    private final boolean softenable;
    private final boolean conductRule;
    private final String recordedBy;
    private final List<String> evidence;
    private Verdict verdict;
    private EnumSet<Action> actions;
    private String rationale;
    private Verdict softenedFrom;

    RuleFinding(String section, String rule, int bullet, boolean softenable, boolean conductRule, String recordedBy,
                Verdict verdict, Set<Action> actions, String rationale, List<String> evidence) {
        this.section = section;
        this.rule = rule;
        this.bullet = bullet;
        this.softenable = softenable;
        this.conductRule = conductRule;
        this.recordedBy = recordedBy;
        this.verdict = verdict;
        this.actions = actions.isEmpty() ? EnumSet.noneOf(Action.class) : EnumSet.copyOf(actions);
        this.rationale = rationale;
        this.evidence = List.copyOf(evidence);
    }

    /**
     * A finding of the evaluator itself (section {@code engine}): an item over a limit, or an
     * evaluation that failed. Not for rule files, which record findings through {@link Findings}.
     */
    public static RuleFinding engine(String rule, Verdict verdict, Set<Action> actions, String rationale,
                                 List<String> evidence) {
        return new RuleFinding("engine", rule, 0, false, false, rule, verdict, actions, rationale, evidence);
    }

    /** The catalog section, from the rule's {@code @section}. */
    public String getSection() {
        return section;
    }

    /** The rule's name, as the decision reports it. */
    public String getRule() {
        return rule;
    }

    /**
     * The name of the compiled rule that recorded it: {@link #getRule()} for a section rule; for a
     * finding an {@code @escalation} rule records on a section's behalf ({@code hate: repeat
     * offender}), that rule ({@code repeat offender}). How the emergency brake and disabled rules
     * tell whose finding it is.
     */
    public String getRecordedBy() {
        return recordedBy;
    }

    /** The rule's position within its section, from its {@code @bullet}. */
    public int getBullet() {
        return bullet;
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public Set<Action> getActions() {
        return EnumSet.copyOf(actions);
    }

    public String getRationale() {
        return rationale;
    }

    public List<String> getEvidence() {
        return evidence;
    }

    /** The rule is marked {@code @softenable}: the research context may change it. */
    public boolean isSoftenable() {
        return softenable;
    }

    /** The research context already changed it. */
    public boolean isSoftened() {
        return softenedFrom != null;
    }

    /** A {@code REVIEW}, {@code RESTRICT} or {@code REMOVE} finding: it already brings a person to the item. */
    public boolean isAtLeastReview() {
        return verdict.atLeast(Verdict.REVIEW);
    }

    /** A {@code RESTRICT} or {@code REMOVE} finding. */
    public boolean isAtLeastRestrict() {
        return verdict.atLeast(Verdict.RESTRICT);
    }

    /**
     * A conduct finding (guidelines.md, section 3, repeat offenders): a {@code RESTRICT} or
     * {@code REMOVE} finding of a rule marked {@code @conduct}. On community content, a step on the
     * conduct ladder that the repeat-offender rule escalates.
     */
    public boolean isConduct() {
        return conductRule && isAtLeastRestrict();
    }

    /**
     * Changes the verdict and actions because of the item's context; the rationale keeps the
     * original reason and says what changed and why. Call inside {@code modify( $finding ) { ... }}.
     */
    public void soften(Verdict to, String because, Action... newActions) {
        softenedFrom = verdict;
        String original = rationale.endsWith(".") ? rationale.substring(0, rationale.length() - 1) : rationale;
        rationale = original + "; the research context changed the verdict from " + verdict + " to " + to
                + " because " + because + ".";
        verdict = to;
        actions = newActions.length == 0 ? EnumSet.noneOf(Action.class) : EnumSet.copyOf(List.of(newActions));
    }

    /**
     * A copy capped at {@code REVIEW} with {@code HUMAN_REVIEW} alone, its rationale saying what the
     * rule would have done: how the evaluator's emergency brake keeps a held rule's finding. The
     * evaluator calls it after the rules have run; a rule gains nothing by calling it.
     */
    public RuleFinding heldByBrake() {
        String original = rationale.endsWith(".") ? rationale.substring(0, rationale.length() - 1) : rationale;
        RuleFinding held = new RuleFinding(section, rule, bullet, softenable, conductRule, recordedBy, Verdict.REVIEW,
                EnumSet.of(Action.HUMAN_REVIEW),
                original + "; held by the emergency brake at REVIEW (the rule would have given " + verdict + " with "
                        + Action.canonical(actions) + "): a person decides.", evidence);
        held.softenedFrom = softenedFrom;
        return held;
    }

    /** The finding as the public API reports it. */
    public io.github.hubpolicy.api.Finding toApi() {
        return new io.github.hubpolicy.api.Finding(section, rule, verdict, List.copyOf(actions), rationale, evidence);
    }

    @Override
    public String toString() {
        return rule + " -> " + verdict;
    }
}
