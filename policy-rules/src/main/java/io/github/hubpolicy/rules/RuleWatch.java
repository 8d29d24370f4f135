package io.github.hubpolicy.rules;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * The emergency brake's watch over one new or changed rule: which of the last {@code window}
 * decisions it restricted or removed, and whether it is held. Thread-safe without locks: each
 * decision has its own sequence number and touches one slot of the ring; a decision the rule
 * did not restrict reads its slot and writes only when the slot still holds a finding from
 * {@code window} decisions ago. Shared across reloads for as long as the rule is unchanged.
 */
final class RuleWatch {
    /** Counting: within the watch period, not held. */
    private static final int WATCHING = 0;
    /** Held by the brake: its RESTRICT and REMOVE findings are capped at REVIEW. */
    private static final int HELD = 1;
    /** No longer counting: the watch period ended, or a person released the rule. */
    private static final int DONE = 2;

    private final String rule;
    private final String fingerprint;
    private final EmergencyBrake limits;
    private final long firstDecision;
    private final long watchedUntilMillis;
    private final AtomicIntegerArray ring;
    private final AtomicInteger inWindow = new AtomicInteger();
    private final AtomicInteger state = new AtomicInteger(WATCHING);

    RuleWatch(String rule, String fingerprint, EmergencyBrake limits, long firstDecision, long nowMillis) {
        this.rule = rule;
        this.fingerprint = fingerprint;
        this.limits = limits;
        this.firstDecision = firstDecision;
        this.watchedUntilMillis = nowMillis + limits.watchFor().toMillis();
        this.ring = new AtomicIntegerArray(limits.window());
    }

    String rule() {
        return rule;
    }

    String fingerprint() {
        return fingerprint;
    }

    double share() {
        return limits.share();
    }

    boolean held() {
        return state.get() == HELD;
    }

    /** Whether this watch can still count or cap anything; a finished watch is dropped at the next reload. */
    boolean live(long nowMillis) {
        int s = state.get();
        return s == HELD || (s == WATCHING && nowMillis < watchedUntilMillis);
    }

    /**
     * Records whether decision number {@code decision} restricted or removed with this rule.
     *
     * @return true when this decision put the rule over the threshold (exactly once per watch)
     */
    boolean record(long decision, boolean restricted, long nowMillis) {
        if (state.get() != WATCHING) {
            return false;
        }
        if (nowMillis >= watchedUntilMillis) {
            state.compareAndSet(WATCHING, DONE);
            return false;
        }
        int slot = (int) (decision % ring.length());
        if (restricted) {
            if (ring.getAndSet(slot, 1) == 0) {
                inWindow.incrementAndGet();
            }
        } else if (ring.get(slot) == 1 && ring.getAndSet(slot, 0) == 1) {
            inWindow.decrementAndGet();
        }
        if (!restricted) {
            return false;
        }
        long seen = Math.min(decision - firstDecision + 1, ring.length());
        int findings = inWindow.get();
        return findings >= limits.minFindings() && findings > limits.share() * seen
                && state.compareAndSet(WATCHING, HELD);
    }

    /** A person looked: the rule serves uncapped and is no longer watched. */
    boolean release() {
        if (state.compareAndSet(HELD, DONE)) {
            return true;
        }
        state.compareAndSet(WATCHING, DONE);
        return false;
    }

    /** The findings in the window, for the log line. */
    int findingsInWindow() {
        return inWindow.get();
    }

    /** How many decisions the share is taken over now. */
    long decisionsSeen(long decision) {
        return Math.min(decision - firstDecision + 1, ring.length());
    }
}
