package io.github.hubpolicy.rules.facts;

import io.github.hubpolicy.api.Likeness;
import io.github.hubpolicy.api.Person;
import io.github.hubpolicy.api.internal.SafeText;
import io.github.hubpolicy.api.internal.WireNames;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A person the item depicts or imitates ({@code people[index]}). */
public final class DepictedPerson {
    private final int index;
    private final Person person;

    public DepictedPerson(int index, Person person) {
        this.index = index;
        this.person = person;
    }

    public int getIndex() {
        return index;
    }

    public String getName() {
        return person.name();
    }

    /** A private person or a public figure (not a fictional character). */
    public boolean isReal() {
        return person.isReal();
    }

    /** Documented consent, or the author is the person depicted. */
    public boolean isConsented() {
        return person.isConsented();
    }

    public boolean isMinor() {
        return person.minor();
    }

    /** The item reproduces this person's face. */
    public boolean isFace() {
        return person.likeness().contains(Likeness.FACE);
    }

    /** The item reproduces this person's voice. */
    public boolean isVoice() {
        return person.likeness().contains(Likeness.VOICE);
    }

    /** How a rationale names them: {@code Jane Doe (private person)}. */
    public String describe() {
        String kind = WireNames.of(person.kind()).replace('-', ' ');
        // Names are free text: a token pasted into one must not reach a rationale.
        return person.name().isEmpty() ? "a " + kind : SafeText.masked(person.name()) + " (" + kind + ")";
    }

    /** The fields that describe this person, for a finding's evidence. */
    public List<String> evidence() {
        String at = "people[" + index + "].";
        List<String> evidence = new ArrayList<>();
        evidence.add(at + "kind=" + WireNames.of(person.kind()));
        if (!person.likeness().isEmpty()) {
            evidence.add(at + "likeness=" + person.likeness().stream().map(WireNames::of).collect(Collectors.joining(",")));
        }
        evidence.add(at + "consent=" + WireNames.of(person.consent()));
        if (person.minor()) {
            evidence.add(at + "minor=true");
        }
        return evidence;
    }

    @Override
    public String toString() {
        return "people[" + index + "]";
    }
}
