package io.github.hubpolicy.transparency;

/**
 * The 14 hazard categories of Llama Guard 3, with the names its model card gives them (source:
 * the Llama Guard 3 model card, {@code meta-llama/Llama-Guard-3-8B}, "Hazard Taxonomy and Policy";
 * the categories follow the MLCommons hazard taxonomy). The constant's name is the code.
 */
public enum LlamaGuardCategory {
    /** Violent Crimes. */
    S1("Violent Crimes"),
    /** Non-Violent Crimes. */
    S2("Non-Violent Crimes"),
    /** Sex-Related Crimes. */
    S3("Sex-Related Crimes"),
    /** Child Sexual Exploitation. */
    S4("Child Sexual Exploitation"),
    /** Defamation. */
    S5("Defamation"),
    /** Specialized Advice. */
    S6("Specialized Advice"),
    /** Privacy. */
    S7("Privacy"),
    /** Intellectual Property. */
    S8("Intellectual Property"),
    /** Indiscriminate Weapons. */
    S9("Indiscriminate Weapons"),
    /** Hate. */
    S10("Hate"),
    /** Suicide &amp; Self-Harm. */
    S11("Suicide & Self-Harm"),
    /** Sexual Content. */
    S12("Sexual Content"),
    /** Elections. */
    S13("Elections"),
    /** Code Interpreter Abuse. */
    S14("Code Interpreter Abuse");

    private final String title;

    LlamaGuardCategory(String title) {
        this.title = title;
    }

    /** The code, e.g. {@code S4}. */
    public String code() {
        return name();
    }

    /** The model card's name, e.g. {@code Child Sexual Exploitation}. */
    public String title() {
        return title;
    }
}
