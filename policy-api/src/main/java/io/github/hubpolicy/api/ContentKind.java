package io.github.hubpolicy.api;

import io.github.hubpolicy.api.internal.WireNames;

/**
 * The kind of item. Community content is a discussion or comment; ML artifacts are models,
 * datasets and Spaces. Spelled in JSON in lower case with hyphens ({@link #wireName()}).
 */
public enum ContentKind {
    /** A model repository. */
    MODEL,
    /** A dataset repository. */
    DATASET,
    /** A Space (a hosted app). */
    SPACE,
    /** A discussion thread on the Community tab. */
    DISCUSSION,
    /** A comment in a discussion. */
    COMMENT;

    /** True for models, datasets and Spaces. */
    public boolean isArtifact() {
        return this == MODEL || this == DATASET || this == SPACE;
    }

    /** True for discussions and comments. */
    public boolean isCommunity() {
        return !isArtifact();
    }

    /** The JSON spelling of this value. */
    public String wireName() {
        return WireNames.of(this);
    }
}
