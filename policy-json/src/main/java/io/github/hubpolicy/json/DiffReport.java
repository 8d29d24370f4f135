package io.github.hubpolicy.json;

import io.github.hubpolicy.api.Action;
import io.github.hubpolicy.api.DecisionChange;
import io.github.hubpolicy.api.internal.SafeText;
import io.github.hubpolicy.api.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The text report of a shadow diff, line by line: what {@code policy-cli diff} prints and what
 * the Spark {@code diff} job writes, so that both read the same. Each method returns one line
 * without its line break; a caller prints the header, the section lines in {@link
 * SectionCount#ORDER}, the changed items in input order, the unreadable records, and the footer.
 */
public final class DiffReport {
    /** The arrow between the base and the candidate side, as in {@link DecisionChange.SectionChange#transition()}. */
    public static final String ARROW = "→";

    private DiffReport() {
    }

    /**
     * How many items one section's outcome moved from one verdict to another.
     *
     * @param from  the section's most severe verdict on the base side, {@code null} for no finding
     * @param to    the same on the candidate side
     * @param items how many items
     */
    public record SectionCount(String section, Verdict from, Verdict to, long items) {
        /** By section, then by transition: the order of the report. */
        public static final Comparator<SectionCount> ORDER = Comparator.comparing(SectionCount::section)
                .thenComparing(SectionCount::transition);

        public SectionCount {
            Objects.requireNonNull(section, "section");
        }

        /** {@code LABEL→REMOVE}, with {@code -} for no finding. */
        public String transition() {
            return new DecisionChange.SectionChange(section, from, to).transition();
        }
    }

    /**
     * The changes counted by section and transition, as the report groups them: one change adds
     * one item to each of its sections' groups. Keeps the counts only, so a stream of any length
     * can be tallied. Not thread-safe.
     */
    public static final class Tally {
        private final Map<SectionKey, Long> counts = new TreeMap<>(SectionKey.ORDER);
        private long changed;

        /** Counts one changed item. */
        public void add(DecisionChange change) {
            changed++;
            for (DecisionChange.SectionChange section : change.sections()) {
                counts.merge(new SectionKey(section.section(), section.from(), section.to()), 1L, Long::sum);
            }
        }

        /** How many items were added. */
        public long changed() {
            return changed;
        }

        /** The groups in {@link SectionCount#ORDER}. */
        public List<SectionCount> sections() {
            List<SectionCount> sections = new ArrayList<>(counts.size());
            counts.forEach((key, items) -> sections.add(new SectionCount(key.section(), key.from(), key.to(), items)));
            return sections;
        }

        private record SectionKey(String section, Verdict from, Verdict to) {
            static final Comparator<SectionKey> ORDER = Comparator.comparing(SectionKey::section)
                    .thenComparing(k -> new DecisionChange.SectionChange(k.section(), k.from(), k.to()).transition());
        }
    }

    /** {@code base bundled, candidate my-rules}. */
    public static String header(String base, String candidate) {
        return "base " + base + ", candidate " + candidate;
    }

    /** {@code hate: 12 items LABEL→REMOVE}. */
    public static String section(SectionCount count) {
        return count.section() + ": " + count.items() + " item" + (count.items() == 1 ? "" : "s") + " " + count.transition();
    }

    /** {@code   d/1: LABEL [ADD_AUDIENCE_TAG] → REMOVE [REMOVE]}; the id is escaped onto one line. */
    public static String change(String id, Verdict base, List<Action> baseActions, Verdict candidate,
                                List<Action> candidateActions) {
        return "  " + SafeText.oneLine(id) + ": " + base + " " + baseActions + " " + ARROW + " " + candidate + " "
                + candidateActions;
    }

    /** {@link #change(String, Verdict, List, Verdict, List)} for a change. */
    public static String change(DecisionChange change) {
        return change(change.id(), change.base().verdict(), change.base().actions(), change.candidate().verdict(),
                change.candidate().actions());
    }

    /** {@code items.jsonl:7: d/9: field 'kind': ...}, escaped onto one line (ids and files come from the input). */
    public static String unreadable(String file, ReadResult.Unreadable error) {
        return SafeText.oneLine(file + ":" + error.line() + ": " + (error.id() == null ? "" : error.id() + ": ")
                + error.error());
    }

    /** {@code 2 of 23 items changed}, plus {@code , 1 could not be read} when some could not. */
    public static String footer(long changed, long decided, long unreadable) {
        return changed + " of " + decided + " items changed" + (unreadable == 0 ? "" : ", " + unreadable + " could not be read");
    }
}
