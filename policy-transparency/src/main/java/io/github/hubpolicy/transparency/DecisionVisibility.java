package io.github.hubpolicy.transparency;

/** The schema's {@code decision_visibility} values: how the content's visibility was restricted. */
public enum DecisionVisibility {
    /** Removal of content. */
    CONTENT_REMOVED,
    /** Disabling access to content. */
    CONTENT_DISABLED,
    /** Demotion of content. */
    CONTENT_DEMOTED,
    /** Age restricted content. */
    CONTENT_AGE_RESTRICTED,
    /** Restricting interaction with content. */
    CONTENT_INTERACTION_RESTRICTED,
    /** Labelled content. */
    CONTENT_LABELLED,
    /** Another restriction, described in {@code decision_visibility_other}. */
    OTHER;

    /** The schema's key, e.g. {@code DECISION_VISIBILITY_CONTENT_REMOVED}. */
    public String key() {
        return "DECISION_VISIBILITY_" + name();
    }
}
