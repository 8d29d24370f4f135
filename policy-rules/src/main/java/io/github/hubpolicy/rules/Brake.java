package io.github.hubpolicy.rules;

import io.github.hubpolicy.api.Action;
import io.github.hubpolicy.api.Verdict;
import io.github.hubpolicy.rules.facts.RuleFinding;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The emergency brake of one rule set: a {@link RuleWatch} for each rule that is new or changed
 * compared with the rule set it replaced. Immutable apart from the watches' own counters; a
 * rule set without watches costs one array-length check per decision.
 */
final class Brake {
    /** The engine finding a decision carries when the brake capped a held rule's finding on it. */
    static final String HELD_FINDING = "engine: rule held by the emergency brake";

    private static final Logger LOG = LoggerFactory.getLogger(DroolsPolicyEvaluator.class);
    private static final RuleWatch[] NO_WATCHES = {};

    private final RuleWatch[] watches;

    private Brake(RuleWatch[] watches) {
        this.watches = watches;
    }

    /** Nothing to watch: the first rule set of an evaluator that replaces nothing, or the brake is off. */
    static Brake none() {
        return new Brake(NO_WATCHES);
    }

    /**
     * The brake of {@code next}, replacing a rule set whose rules were {@code previous}: each enabled
     * rule of {@code next} whose fingerprint is not the one its name had in {@code previous} is
     * watched from now, unless a person released that very version ({@code released}, fingerprints);
     * an unchanged rule keeps the watch it had ({@code before}), held or not.
     */
    static Brake replacing(List<RuleInfo> previous, Brake before, List<RuleInfo> next, EmergencyBrake limits,
                           Set<String> released, long nextDecision, long nowMillis) {
        if (!limits.on()) {
            return none();
        }
        Map<String, String> fingerprints = new HashMap<>();
        previous.forEach(rule -> fingerprints.put(rule.name(), rule.fingerprint()));
        Map<String, RuleWatch> kept = new HashMap<>();
        for (RuleWatch watch : before.watches) {
            if (watch.live(nowMillis)) {
                kept.put(watch.rule(), watch);
            }
        }
        List<RuleWatch> watches = new ArrayList<>();
        for (RuleInfo rule : next) {
            RuleWatch old = kept.get(rule.name());
            if (rule.disabled() || released.contains(rule.fingerprint())) {
                continue;
            }
            if (old != null && old.fingerprint().equals(rule.fingerprint())) {
                watches.add(old);
            } else if (!rule.fingerprint().equals(fingerprints.get(rule.name()))) {
                watches.add(new RuleWatch(rule.name(), rule.fingerprint(), limits, nextDecision, nowMillis));
            }
        }
        return new Brake(watches.toArray(NO_WATCHES));
    }

    /** The rules this brake holds now. */
    Set<String> held() {
        Set<String> held = new LinkedHashSet<>();
        for (RuleWatch watch : watches) {
            if (watch.held()) {
                held.add(watch.rule());
            }
        }
        return held;
    }

    /** The names of the rules watched now (held or counting). */
    Set<String> watched(long nowMillis) {
        Set<String> watched = new LinkedHashSet<>();
        for (RuleWatch watch : watches) {
            if (watch.live(nowMillis)) {
                watched.add(watch.rule());
            }
        }
        return watched;
    }

    /** Releases a held (or watched) rule; true when it was held. */
    boolean release(String rule) {
        for (RuleWatch watch : watches) {
            if (watch.rule().equals(rule)) {
                return watch.release();
            }
        }
        return false;
    }

    /**
     * Counts one decision's findings for the watched rules, then caps the findings of held rules
     * at {@code REVIEW} (in place) and adds the engine finding that says so.
     */
    void apply(List<RuleFinding> findings, AtomicLong decisions, Clock clock, Listeners listeners, String ruleSet) {
        if (watches.length == 0) {
            return;
        }
        long nowMillis = clock.millis();
        long decision = -1;
        List<String> capped = null;
        for (RuleWatch watch : watches) {
            if (!watch.live(nowMillis)) {
                continue;
            }
            if (decision < 0) {
                decision = decisions.getAndIncrement();
            }
            boolean restricted = false;
            for (RuleFinding finding : findings) {
                if (finding.isAtLeastRestrict() && finding.getRecordedBy().equals(watch.rule())) {
                    restricted = true;
                    break;
                }
            }
            if (watch.record(decision, restricted, nowMillis)) {
                LOG.warn("Emergency brake: rule \"{}\" is held: it restricted or removed {} of the last {} decisions"
                                + " (more than {}%); its findings are capped at REVIEW until a person releases it or a new rule"
                                + " set replaces it", watch.rule(), watch.findingsInWindow(), watch.decisionsSeen(decision),
                        String.format(Locale.ROOT, "%.1f", 100 * watch.share()));
                if (!listeners.none()) {
                    listeners.ruleHeld(new RuleHeldEvent(watch.rule(), watch.findingsInWindow(), watch.decisionsSeen(decision),
                            ruleSet));
                }
            }
            if (restricted && watch.held()) {
                for (int i = 0; i < findings.size(); i++) {
                    RuleFinding finding = findings.get(i);
                    if (finding.isAtLeastRestrict() && finding.getRecordedBy().equals(watch.rule())) {
                        findings.set(i, finding.heldByBrake());
                    }
                }
                capped = capped == null ? new ArrayList<>() : capped;
                capped.add(watch.rule());
            }
        }
        if (capped != null) {
            findings.add(RuleFinding.engine(HELD_FINDING, Verdict.REVIEW, EnumSet.of(Action.HUMAN_REVIEW),
                    "The emergency brake holds " + String.join(", ", capped.stream().map(r -> "\"" + r + "\"").toList())
                            + ": new or changed, it restricted or removed far more recent items than the rule set's norm,"
                            + " so its findings are capped at REVIEW until a person releases it.",
                    capped.stream().map(r -> "rule: " + r).toList()));
        }
    }
}
