package io.github.hubpolicy.rules;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The evaluator's listeners, each guarded so that its failure never reaches a decision or the
 * caller. Callers check {@link #none()} first, so that no event is built when nobody listens.
 */
final class Listeners {
    private static final Logger LOG = LoggerFactory.getLogger(DroolsPolicyEvaluator.class);

    /** A listener and whether its first failure has been logged (logged once, not per item). */
    private record Guarded(DecisionListener listener, AtomicBoolean logged) {
        void tell(String event, Consumer<DecisionListener> call) {
            try {
                call.accept(listener);
            } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError e) {
                if (logged.compareAndSet(false, true)) {
                    // The class only, never the message: it could quote an item.
                    LOG.warn("Decision listener {} threw {} on {}; ignored, and its later failures are not logged",
                            listener.getClass().getName(), e.getClass().getName(), event);
                }
            }
        }
    }

    private final List<Guarded> guarded;

    Listeners(List<DecisionListener> listeners) {
        this.guarded = listeners.stream().map(l -> new Guarded(l, new AtomicBoolean())).toList();
    }

    boolean none() {
        return guarded.isEmpty();
    }

    void decided(DecisionEvent event) {
        for (Guarded g : guarded) {
            g.tell("decided", l -> l.decided(event));
        }
    }

    void failed(FailureEvent event) {
        for (Guarded g : guarded) {
            g.tell("failed", l -> l.failed(event));
        }
    }

    void overLimits(OverLimitsEvent event) {
        for (Guarded g : guarded) {
            g.tell("overLimits", l -> l.overLimits(event));
        }
    }

    void ruleSetLoaded(RuleSetEvent event) {
        for (Guarded g : guarded) {
            g.tell("ruleSetLoaded", l -> l.ruleSetLoaded(event));
        }
    }

    void reloadRejected(ReloadRejectedEvent event) {
        for (Guarded g : guarded) {
            g.tell("reloadRejected", l -> l.reloadRejected(event));
        }
    }

    void ruleHeld(RuleHeldEvent event) {
        for (Guarded g : guarded) {
            g.tell("ruleHeld", l -> l.ruleHeld(event));
        }
    }
}
