package io.github.hubpolicy.transparency;

/** The schema's {@code content_type} values. */
public enum ContentType {
    /** An app. */
    APP,
    /** Audio. */
    AUDIO,
    /** An image. */
    IMAGE,
    /** A product. */
    PRODUCT,
    /** Synthetic media. */
    SYNTHETIC_MEDIA,
    /** Text. */
    TEXT,
    /** Video. */
    VIDEO,
    /** Another type, described in {@code content_type_other}. */
    OTHER;

    /** The schema's key, e.g. {@code CONTENT_TYPE_TEXT}. */
    public String key() {
        return "CONTENT_TYPE_" + name();
    }
}
