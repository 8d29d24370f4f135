package io.github.hubpolicy.rules.detect;

/** The kinds of contact detail (section 4: contact details are emails and phone numbers). */
public enum ContactKind {
    /** An email address. */
    EMAIL,
    /** A phone number, as libphonenumber finds it. */
    PHONE
}
