package io.github.hubpolicy.api;

import java.util.EnumSet;
import java.util.Set;

/**
 * A person an item depicts or imitates.
 *
 * @param name     how the item names them (may be empty)
 * @param kind     private person (the default), public figure or fictional character
 * @param likeness what of them the item reproduces
 * @param consent  the consent they gave ({@code NONE} when unknown)
 * @param minor    whether they are a minor
 */
public record Person(String name, PersonKind kind, Set<Likeness> likeness, Consent consent, boolean minor) {
    public Person {
        name = Checks.orEmpty(name);
        kind = kind == null ? PersonKind.PRIVATE_PERSON : kind;
        likeness = likeness == null || likeness.isEmpty()
                ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(likeness));
        consent = consent == null ? Consent.NONE : consent;
    }

    /** A private person who did not consent and is not a minor, with the given likeness. */
    public static Person of(String name, Likeness... likeness) {
        return new Person(name, PersonKind.PRIVATE_PERSON, Set.of(likeness), Consent.NONE, false);
    }

    /** A private person or a public figure: someone whose rights the consent sections protect. */
    public boolean isReal() {
        return kind != PersonKind.FICTIONAL;
    }

    /** Documented consent, or the author is the person depicted. */
    public boolean isConsented() {
        return consent != Consent.NONE;
    }
}
