package io.github.hubpolicy.transparency;

/**
 * The schema's {@code category_specification} keywords that the crosswalk may use. The schema has
 * more; only these are named here, so that the crosswalk cannot drift into values nobody checked.
 */
public enum CategoryKeyword {
    /** Child sexual abuse material. */
    CHILD_SEXUAL_ABUSE_MATERIAL,
    /** Non-consensual (intimate) material sharing, including image-based sexual abuse. */
    NON_CONSENSUAL_IMAGE_SHARING,
    /** Non-consensual sharing of material made with deepfake technology using a third party's features. */
    NON_CONSENSUAL_MATERIAL_DEEPFAKE,
    /** Hate speech. */
    HATE_SPEECH,
    /** Cyber harassment. */
    CYBER_HARASSMENT,
    /** Copyright infringements. */
    COPYRIGHT_INFRINGEMENT,
    /** Adult sexual material. */
    ADULT_SEXUAL_MATERIAL,
    /** Impersonation or account hijacking. */
    IMPERSONATION_ACCOUNT_HIJACKING,
    /** Missing processing ground for data. */
    MISSING_PROCESSING_GROUND,
    /** Not captured by any other keyword. */
    OTHER;

    private static final String PREFIX = "KEYWORD_";

    /** The schema's key, e.g. {@code KEYWORD_HATE_SPEECH}. */
    public String key() {
        return PREFIX + name();
    }

    /**
     * The keyword with this key.
     *
     * @throws IllegalArgumentException when no keyword has it
     */
    public static CategoryKeyword ofKey(String key) {
        for (CategoryKeyword keyword : values()) {
            if (keyword.key().equals(key)) {
                return keyword;
            }
        }
        throw new IllegalArgumentException("unknown category keyword '" + key + "'");
    }
}
