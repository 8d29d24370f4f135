package io.github.hubpolicy.api;

import io.github.hubpolicy.api.internal.WireNames;

/** Whether an artifact holds personal data of others. Spelled in JSON in lower case with hyphens ({@link #wireName()}). */
public enum PersonalData {
    /** None (the default). */
    NONE,
    /** Personal data given with consent. */
    CONSENTED,
    /** Personal data used without consent. */
    UNCONSENTED;

    /** The JSON spelling of this value. */
    public String wireName() {
        return WireNames.of(this);
    }
}
