package io.github.hubpolicy.api;

/** Who can see an item. Spelled in JSON as {@link WireNames} says. */
public enum Visibility {
    /** Everyone (the default). */
    PUBLIC,
    /** Only the author and their organization. */
    PRIVATE;

    /** The JSON spelling of this value. */
    public String wireName() {
        return WireNames.of(this);
    }
}
