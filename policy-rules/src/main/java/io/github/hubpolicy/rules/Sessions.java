package io.github.hubpolicy.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.FactHandle;

/**
 * The sessions of one rule set, reused from item to item. After a decision the facts it inserted
 * are deleted and the deletions flushed, which leaves the session as a new one would be (the
 * findings go with the facts that justified them), for a fraction of what a pooled session's reset
 * costs: the reset clears every node memory of the network, deleting touches only what the item
 * reached (docs/performance.md).
 *
 * <p>A session is reused only when that is exact: the rule set has no rule that matches an empty
 * working memory (checked once, when the rule set is built) and no entry point but the default
 * one, and the flush fired nothing and left no fact (a consequence may insert facts that nothing
 * justifies). Otherwise, and after any exception, the session is disposed and the next decision
 * gets a new one. The flush focuses every phase, as a decision does (see {@link Lease}).
 *
 * <p>At most {@link #capacity} idle sessions are kept, newest first (a thread that decides item
 * after item keeps getting the session its cache holds): enough for every core plus threads
 * preempted mid-decision. A host with hundreds of request threads keeps no more, since a session
 * is held only while a decision runs; a decision that finds none idle builds one, and one returned
 * to a full stack is disposed. The sessions belong to this object, which belongs to its rule set:
 * a reload's new rule set starts with none, and the old one's become garbage with it. Thread-safe.
 */
final class Sessions {
    private final KieBase kieBase;
    private final boolean reusable;
    private final int capacity;
    /** Idle sessions, newest last. Guarded by {@code this}: a push or pop is a few nanoseconds. */
    private final ArrayDeque<Lease> idle;

    /** A session and the handles of the facts one decision inserted into it. Used by one thread at a time. */
    static final class Lease {
        private final KieSession session;
        private final List<FactHandle> inserted = new ArrayList<>();
        /** Whether the flush found a match: then the session is not as a new one would be. */
        private boolean matched;
        /** Refuses every match of the flush, noting that there was one. */
        private final AgendaFilter refuse = match -> {
            matched = true;
            return false;
        };

        private Lease(KieSession session) {
            this.session = session;
        }

        KieSession session() {
            return session;
        }

        /** Inserts a fact of this decision. */
        void insert(Object fact) {
            inserted.add(session.insert(fact));
        }

        /** Deletes this decision's facts; true when the session is as empty as a new one. */
        private boolean clear() {
            for (int i = 0; i < inserted.size(); i++) {
                session.delete(inserted.get(i));
            }
            inserted.clear();
            // Flushes the deletions (Drools propagates lazily): the findings they justified go too.
            // Every phase is focused, as in a decision: Drools evaluates a rule's part of the network
            // only when its group has the focus, so a finding that a later phase's rule justified
            // (reports, repeat offender) would otherwise outlive the facts it came from, and the
            // session could not be reused. No rule of a reusable rule set matches an empty working
            // memory, so nothing matches; a match is refused, and the session then not reused.
            matched = false;
            Phase.fireAll(session, refuse);
            return !matched && session.getFactCount() == 0;
        }
    }

    Sessions(KieBase kieBase, int capacity) {
        this.kieBase = kieBase;
        this.capacity = capacity;
        this.idle = new ArrayDeque<>(capacity);
        this.reusable = kieBase.getEntryPointIds().stream().allMatch("DEFAULT"::equals) && !matchesEmptyMemory(kieBase);
    }

    /** Whether sessions of this rule set are reused (false when some rule matches an empty working memory). */
    boolean reusable() {
        return reusable;
    }

    /** A session with no facts, for one decision: give it back with {@link #release} or {@link #discard}. */
    Lease take() {
        Lease lease = null;
        if (reusable) {
            synchronized (this) {
                lease = idle.pollLast();
            }
        }
        return lease != null ? lease : new Lease(kieBase.newKieSession());
    }

    /** Returns a session whose decision ended normally: emptied and kept for the next one, or disposed. */
    void release(Lease lease) {
        boolean keep;
        try {
            keep = reusable && lease.clear();
        } catch (RuntimeException e) {
            keep = false;   // the decision is made; a session that cannot be emptied is not reused
        }
        if (keep) {
            synchronized (this) {
                if (idle.size() < capacity) {
                    idle.addLast(lease);
                    return;
                }
            }
        }
        lease.session.dispose();
    }

    /** Disposes a session whose decision threw: whatever state it is in, it is never reused. */
    void discard(Lease lease) {
        lease.session.dispose();
    }

    /** How many sessions are idle now (tests). */
    synchronized int idle() {
        return idle.size();
    }

    /**
     * Whether some rule matches a working memory with no facts (e.g. {@code not Finding()} alone, or
     * a count that is 0): such a rule would fire again when its session is emptied, so its sessions
     * are not reused. Fires every phase of a new session, refusing every match.
     */
    private static boolean matchesEmptyMemory(KieBase kieBase) {
        KieSession probe = kieBase.newKieSession();
        try {
            boolean[] matched = {false};
            Phase.fireAll(probe, match -> {
                matched[0] = true;
                return false;
            });
            return matched[0];
        } finally {
            probe.dispose();
        }
    }
}
