package io.github.hubpolicy.api;

/**
 * What an artifact's card documents.
 *
 * @param intendedUse whether the card documents the intended use
 * @param limitations whether the card documents limitations and risks
 */
public record Documentation(boolean intendedUse, boolean limitations) {
    /** Documents neither (the default). */
    public static final Documentation NONE = new Documentation(false, false);
}
