package io.github.hubpolicy.transparency;

import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.api.Finding;
import io.github.hubpolicy.api.Person;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces the names of the people an item depicts wherever a decision repeats them. Rationales
 * name depicted people ({@code Reproduces the voice of Jane Doe (private person)}) so that a
 * moderator can act; records that leave the host (a statement of reasons, an audit line) carry a
 * replacement instead, such as {@code people[0]} or a salted hash. Evidence never holds names,
 * but is redacted too so that a host's own rules cannot leak one.
 *
 * <p>A name is replaced where it stands as a whole: not directly preceded or followed by a letter
 * or digit, so {@code Al} is replaced in "of Al (private person)" but not inside "Also". The text
 * is scanned once, so a replacement is never itself rewritten.
 */
public final class NameRedaction {
    private final Pattern names;
    private final Map<String, String> replacements;

    private NameRedaction(Pattern names, Map<String, String> replacements) {
        this.names = names;
        this.replacements = replacements;
    }

    /**
     * A redaction of these people's names.
     *
     * @param people      the item's {@code people}, in order
     * @param replacement what stands for the person at an index (the first one wins when two share a name)
     */
    public static NameRedaction of(List<Person> people, IntFunction<String> replacement) {
        Map<String, String> replacements = new LinkedHashMap<>();
        for (int i = 0; i < people.size(); i++) {
            String name = people.get(i).name();
            if (!name.isBlank() && !replacements.containsKey(name)) {
                replacements.put(name, replacement.apply(i));
            }
        }
        if (replacements.isEmpty()) {
            return new NameRedaction(null, Map.of());
        }
        List<String> longestFirst = new ArrayList<>(replacements.keySet());
        longestFirst.sort(Comparator.comparingInt(String::length).reversed()); // "Jane Doe" before "Jane"
        StringBuilder alternation = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
        for (int i = 0; i < longestFirst.size(); i++) {
            alternation.append(i == 0 ? "" : "|").append(Pattern.quote(longestFirst.get(i)));
        }
        alternation.append(")(?![\\p{L}\\p{N}])");
        return new NameRedaction(Pattern.compile(alternation.toString()), Map.copyOf(replacements));
    }

    /** The text with every name replaced. */
    public String redact(String text) {
        if (names == null || text.isEmpty()) {
            return text;
        }
        Matcher matcher = names.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacements.get(matcher.group())));
        }
        return matcher.appendTail(out).toString();
    }

    /** The decision with every finding's rationale and evidence redacted; all else unchanged. */
    public Decision redact(Decision decision) {
        if (names == null) {
            return decision;
        }
        List<Finding> findings = new ArrayList<>(decision.findings().size());
        for (Finding f : decision.findings()) {
            findings.add(new Finding(f.section(), f.rule(), f.verdict(), f.actions(), redact(f.rationale()),
                    f.evidence().stream().map(this::redact).toList()));
        }
        return new Decision(decision.id(), decision.verdict(), decision.actions(), findings, decision.policy());
    }
}
