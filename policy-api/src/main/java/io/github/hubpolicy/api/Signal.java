package io.github.hubpolicy.api;

/**
 * The classifier signals the bundled rules read. Their names follow a widely used moderation
 * taxonomy, so a host can pass its classifier's output straight through. Items may carry other
 * signal names too; the bundled rules ignore them.
 */
public enum Signal {
    /** Sexual content. */
    SEXUAL("sexual"),
    /** Sexual content involving minors. */
    SEXUAL_MINORS("sexual/minors"),
    /** Harassing language. */
    HARASSMENT("harassment"),
    /** Harassment that threatens harm. */
    HARASSMENT_THREATENING("harassment/threatening"),
    /** Hateful content. */
    HATE("hate"),
    /** Hate that threatens harm. */
    HATE_THREATENING("hate/threatening"),
    /** Advice or instructions for unlawful acts. */
    ILLICIT("illicit"),
    /** Instructions or incitement to violent harm. */
    ILLICIT_VIOLENT("illicit/violent"),
    /** Violent content. */
    VIOLENCE("violence"),
    /** Graphic depictions of violence. */
    VIOLENCE_GRAPHIC("violence/graphic"),
    /** Spam. */
    SPAM("spam");

    private final String wireName;

    Signal(String wireName) {
        this.wireName = wireName;
    }

    /** The signal's name in items, e.g. {@code sexual/minors}. */
    public String wireName() {
        return wireName;
    }

    /** The known signal with this name, or {@code null}. */
    public static Signal byName(String name) {
        for (Signal signal : values()) {
            if (signal.wireName.equals(name)) {
                return signal;
            }
        }
        return null;
    }
}
