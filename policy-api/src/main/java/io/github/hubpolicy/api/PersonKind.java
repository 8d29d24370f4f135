package io.github.hubpolicy.api;

/** What kind of person an item depicts or imitates. Spelled in JSON as {@link WireNames} says. */
public enum PersonKind {
    /** A private person (the default, the protective choice). */
    PRIVATE_PERSON,
    /** A public figure. */
    PUBLIC_FIGURE,
    /** A fictional character. */
    FICTIONAL;

    /** The JSON spelling of this value. */
    public String wireName() {
        return WireNames.of(this);
    }
}
