package io.github.hubpolicy.rules.detect;

import java.util.Locale;

/** The two text fields of an item that the detectors scan, and nothing else. */
public enum TextField {
    /** The item's title. */
    TITLE,
    /** The item's text (card, description or message body). */
    TEXT;

    /** The JSON spelling of this field: {@code title} or {@code text}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
