package io.github.hubpolicy.spring;

import io.github.hubpolicy.api.PolicyId;
import io.github.hubpolicy.rules.DecisionListener;
import io.github.hubpolicy.rules.ReloadRejectedEvent;
import io.github.hubpolicy.rules.RuleProblem;
import io.github.hubpolicy.rules.RuleSetEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Remembers the last rejected reload until a reload is accepted, for the health indicator (and
 * for a server that wants to show it). A listener on the auto-configured evaluator.
 */
public final class PolicyReloadStatus implements DecisionListener {
    /**
     * A reload that was rejected.
     *
     * @param at       when
     * @param serving  the rule set that kept serving
     * @param problems every problem, {@code file:line:column: message}
     */
    public record RejectedReload(Instant at, PolicyId serving, List<RuleProblem> problems) {
        public RejectedReload {
            problems = List.copyOf(problems);
        }
    }

    private final Clock clock;
    private volatile RejectedReload lastRejected;

    PolicyReloadStatus(Clock clock) {
        this.clock = clock;
    }

    /** The last rejected reload, when no reload has been accepted since. */
    public Optional<RejectedReload> lastRejected() {
        return Optional.ofNullable(lastRejected);
    }

    @Override
    public void ruleSetLoaded(RuleSetEvent event) {
        lastRejected = null;
    }

    @Override
    public void reloadRejected(ReloadRejectedEvent event) {
        lastRejected = new RejectedReload(clock.instant(), event.serving(), event.problems());
    }
}
