package io.github.hubpolicy.rules.detect;

/** The kinds of contact detail (section 4: contact details are emails and phone numbers). */
public enum ContactKind implements MatchKind {
    /** An email address. */
    EMAIL("email address"),
    /** A phone number, as libphonenumber finds it. */
    PHONE("phone number");

    private final String description;

    ContactKind(String description) {
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }
}
