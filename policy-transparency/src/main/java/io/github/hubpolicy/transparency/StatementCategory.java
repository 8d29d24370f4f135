package io.github.hubpolicy.transparency;

/** The schema's {@code category} values (current schema; the pre-July-2025 values are rejected). */
public enum StatementCategory {
    /** Animal welfare. */
    ANIMAL_WELFARE,
    /** Consumer information infringements. */
    CONSUMER_INFORMATION,
    /** Cyber violence. */
    CYBER_VIOLENCE,
    /** Cyber violence against women. */
    CYBER_VIOLENCE_AGAINST_WOMEN,
    /** Data protection and privacy violations. */
    DATA_PROTECTION_AND_PRIVACY_VIOLATIONS,
    /** Illegal or harmful speech. */
    ILLEGAL_OR_HARMFUL_SPEECH,
    /** Intellectual property infringements. */
    INTELLECTUAL_PROPERTY_INFRINGEMENTS,
    /** Negative effects on civic discourse or elections. */
    NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS,
    /** Type of alleged illegal content not specified by the notifier. */
    NOT_SPECIFIED_NOTICE,
    /** Other violation of the provider's terms and conditions. */
    OTHER_VIOLATION_TC,
    /** Protection of minors. */
    PROTECTION_OF_MINORS,
    /** Risk for public security. */
    RISK_FOR_PUBLIC_SECURITY,
    /** Scams and/or fraud. */
    SCAMS_AND_FRAUD,
    /** Self-harm. */
    SELF_HARM,
    /** Unsafe, non-compliant or prohibited products. */
    UNSAFE_AND_PROHIBITED_PRODUCTS,
    /** Violence. */
    VIOLENCE;

    private static final String PREFIX = "STATEMENT_CATEGORY_";

    /** The schema's key, e.g. {@code STATEMENT_CATEGORY_PROTECTION_OF_MINORS}. */
    public String key() {
        return PREFIX + name();
    }

    /**
     * The category with this key.
     *
     * @throws IllegalArgumentException when no category has it
     */
    public static StatementCategory ofKey(String key) {
        for (StatementCategory category : values()) {
            if (category.key().equals(key)) {
                return category;
            }
        }
        throw new IllegalArgumentException("unknown statement category '" + key + "'");
    }
}
