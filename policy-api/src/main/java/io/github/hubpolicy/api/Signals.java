package io.github.hubpolicy.api;

import java.util.Collections;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Classifier scores in [0, 1] supplied by the caller, by signal name. An open set: names the
 * bundled rules do not read are kept for the host's own rules.
 *
 * @param scores signal name to score, sorted by name
 */
public record Signals(Map<String, Double> scores) {
    /** No scores. */
    public static final Signals NONE = new Signals(Map.of());

    public Signals {
        TreeMap<String, Double> copy = new TreeMap<>();
        if (scores != null) {
            scores.forEach((name, score) -> {
                if (name == null || name.isBlank()) {
                    throw new InvalidItemException("signals", "signal names must not be blank");
                }
                if (score == null || !(score >= 0.0 && score <= 1.0)) {
                    throw new InvalidItemException("signals." + name, "must be a number in [0, 1], was " + score);
                }
                copy.put(name, score);
            });
        }
        scores = Collections.unmodifiableMap(copy);
    }

    /** The score of the named signal, if the caller supplied one. */
    public OptionalDouble score(String name) {
        Double score = scores.get(name);
        return score == null ? OptionalDouble.empty() : OptionalDouble.of(score);
    }

    /** The score of a known signal, if the caller supplied one. */
    public OptionalDouble score(Signal signal) {
        return score(signal.wireName());
    }
}
