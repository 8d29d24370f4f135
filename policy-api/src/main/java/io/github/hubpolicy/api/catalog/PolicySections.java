package io.github.hubpolicy.api.catalog;

import io.github.hubpolicy.api.Signal;
import io.github.hubpolicy.api.internal.BundledTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The guideline sections in catalog order (guidelines.md, section 2) and the version of the policy
 * they belong to, read once from {@code hubpolicy/catalog/sections.tsv}. The rules sort findings by
 * this order and admit no other section; the transparency module maps each section to other
 * taxonomies. A row that does not parse fails the first use, naming the file and line.
 *
 * <pre>{@code
 * SectionInfo likeness = PolicySections.find("consent.likeness").orElseThrow();
 * likeness.title();   // Likeness and impersonation without consent
 * }</pre>
 */
public final class PolicySections {
    /** The version of the content guidelines the catalog (and the bundled rules) encode. */
    public static final String POLICY_VERSION = "2023-08-30";

    static final String RESOURCE = "hubpolicy/catalog/sections.tsv";
    private static final int COLUMNS = 4;

    private PolicySections() {
    }

    /** Loaded on first use; the data is bundled, so it never changes while running. */
    private static final class Holder {
        static final List<SectionInfo> ALL = load();
    }

    /** Every section, in catalog order (immutable). */
    public static List<SectionInfo> all() {
        return Holder.ALL;
    }

    /** The section with this id, if the catalog has it ({@code engine} findings have none). */
    public static Optional<SectionInfo> find(String id) {
        for (SectionInfo info : Holder.ALL) {
            if (info.id().equals(id)) {
                return Optional.of(info);
            }
        }
        return Optional.empty();
    }

    private static List<SectionInfo> load() {
        return BundledTable.lines(PolicySections.class, RESOURCE).stream()
                .map(line -> row(line.text(), line.number()))
                .toList();
    }

    private static SectionInfo row(String line, int number) {
        String[] cells = line.split("\t", -1);
        try {
            if (cells.length != COLUMNS) {
                throw new IllegalArgumentException("expected " + COLUMNS + " tab-separated columns, found " + cells.length);
            }
            return new SectionInfo(cells[0].strip(), cells[1].strip(), cells[2].strip(), signals(cells[3]));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(RESOURCE + ":" + number + ": " + e.getMessage(), e);
        }
    }

    private static List<Signal> signals(String cell) {
        String value = cell.strip();
        if (value.equals("-")) {
            return List.of();
        }
        List<Signal> signals = new ArrayList<>();
        for (String name : value.split(",")) {
            Signal signal = Signal.byName(name.strip());
            if (signal == null) {
                throw new IllegalArgumentException("unknown signal '" + name.strip() + "'");
            }
            signals.add(signal);
        }
        return signals;
    }
}
