package io.github.hubpolicy.rules.detect;

/** The kinds of sensitive identifier (section 4). */
public enum IdentifierKind implements MatchKind {
    /** A payment card number that passes the Luhn check. */
    PAYMENT_CARD("payment card number"),
    /** A US social security number written {@code ddd-dd-dddd}. */
    US_SSN("US social security number");

    private final String description;

    IdentifierKind(String description) {
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }
}
