package io.github.hubpolicy.api;

/** What of a person an item reproduces. Spelled in JSON as {@link WireNames} says. */
public enum Likeness {
    /** Their face. */
    FACE,
    /** Their voice. */
    VOICE,
    /** Their name. */
    NAME,
    /** Their body. */
    BODY;

    /** The JSON spelling of this value. */
    public String wireName() {
        return WireNames.of(this);
    }
}
