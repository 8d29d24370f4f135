package io.github.hubpolicy.api;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;

/**
 * What the host should do. The declaration order is the catalog's canonical order: every list of
 * actions in a finding or decision is in this order, without repeats.
 */
public enum Action {
    /** Add the {@code not-for-all-audiences} tag. */
    ADD_AUDIENCE_TAG,
    /** Show a warning to viewers. */
    SHOW_WARNING,
    /** Open a discussion asking the author to fix the item. */
    REQUEST_CHANGE,
    /** Tell the author what was found. */
    NOTIFY_AUTHOR,
    /** Revoke the leaked credential (hub access tokens). */
    REVOKE_CREDENTIAL,
    /** A person at the host must look at the item. */
    HUMAN_REVIEW,
    /** Rank the item lower in listings and search. */
    DOWNRANK,
    /** Gate access to the artifact. */
    GATE_ACCESS,
    /** Hide the comment or discussion. */
    HIDE,
    /** Disable the artifact pending review. */
    DISABLE,
    /** Take the item down. */
    REMOVE,
    /** Warn the author (a strike on the conduct ladder). */
    WARN_AUTHOR,
    /** Recommend suspending the author; a person at the host confirms first. */
    SUSPEND_AUTHOR,
    /** Recommend reporting to the authorities; a person at the host confirms first. */
    REPORT_TO_AUTHORITIES;

    /** The given actions in canonical order, without repeats. */
    public static List<Action> canonical(Collection<Action> actions) {
        if (actions.isEmpty()) {
            return List.of();
        }
        return List.copyOf(EnumSet.copyOf(actions));
    }
}
