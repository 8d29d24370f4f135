package io.github.hubpolicy.rules.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * What one item may hand to libphonenumber: a number of characters, spent as the phone detector
 * hands it pieces of text, and the ranges it did not hand over once the budget ran out. One per
 * scan (per item); not thread-safe.
 *
 * <p>Characters, not time: the budget must give the same decision on every machine and every
 * run, and the library's cost grows with the characters it reads (at worst about 10
 * microseconds per character, on runs of digit groups).
 */
final class PhoneBudget {
    private int remaining;
    /** Made on the first skip: most items never run out. */
    private List<Span> skipped = List.of();

    PhoneBudget(int characters) {
        this.remaining = characters;
    }

    /** Spends {@code characters} if that many are left; false (and nothing spent) otherwise. */
    boolean spend(int characters) {
        if (characters > remaining) {
            remaining = 0;   // once out, nothing more: later pieces would be read out of order
            return false;
        }
        remaining -= characters;
        return true;
    }

    /** Records that {@code [start, end)} of {@code field} (view positions) was not read, merging with the last range. */
    void skip(TextField field, int start, int end) {
        if (!skipped.isEmpty()) {
            Span last = skipped.get(skipped.size() - 1);
            if (last.field() == field) {
                skipped.set(skipped.size() - 1, new Span(field, last.start(), end));
                return;
            }
        }
        if (skipped.isEmpty()) {
            skipped = new ArrayList<>();
        }
        skipped.add(new Span(field, start, end));
    }

    /** The ranges not read, in order, one per field at most: from the first piece skipped to the end of the last. */
    List<Span> skipped() {
        return skipped;
    }
}
