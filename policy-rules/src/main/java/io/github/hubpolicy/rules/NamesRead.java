package io.github.hubpolicy.rules;

import java.util.Set;
import java.util.TreeSet;

/**
 * The item signal and capability names the rules of a rule set read, found in the parsed rules
 * ({@code likely("hate")}, {@code can("undress")}, {@code $item.signals("hate")}, ...). An item
 * name outside these is read by no rule ({@link UnreadName}).
 *
 * @param signals      signal names, sorted
 * @param capabilities capability names, sorted
 */
public record NamesRead(Set<String> signals, Set<String> capabilities) {
    public NamesRead {
        signals = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(signals));
        capabilities = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(capabilities));
    }
}
