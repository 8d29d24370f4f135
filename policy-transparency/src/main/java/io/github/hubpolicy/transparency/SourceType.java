package io.github.hubpolicy.transparency;

/** The schema's {@code source_type} values: what the decision started from. */
public enum SourceType {
    /** A notice under Article 16 DSA (a user's report of illegal content). */
    ARTICLE_16("SOURCE_ARTICLE_16"),
    /** A notice from a trusted flagger. */
    TRUSTED_FLAGGER("SOURCE_TRUSTED_FLAGGER"),
    /** Another kind of notification. */
    OTHER_NOTIFICATION("SOURCE_TYPE_OTHER_NOTIFICATION"),
    /** The provider's own initiative (the default). */
    VOLUNTARY("SOURCE_VOLUNTARY");

    private final String key;

    SourceType(String key) {
        this.key = key;
    }

    /** The schema's key, e.g. {@code SOURCE_VOLUNTARY} (the prefixes differ, so it is spelled out). */
    public String key() {
        return key;
    }
}
