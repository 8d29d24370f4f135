package io.github.hubpolicy.transparency;

import io.github.hubpolicy.api.catalog.PolicySections;
import io.github.hubpolicy.api.internal.BundledTable;
import io.github.hubpolicy.api.catalog.SectionInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads {@code hubpolicy/transparency/crosswalk.tsv} once and joins it with the catalog. The file
 * must name the catalog's sections, in the catalog's order, each once: a row that does not parse
 * or does not line up fails the first use, naming the file and line.
 */
final class Crosswalk {
    static final String RESOURCE = "hubpolicy/transparency/crosswalk.tsv";
    private static final int COLUMNS = 4;

    private Crosswalk() {
    }

    /** Loaded on first use; the data is bundled, so it never changes while running. */
    private static final class Holder {
        static final List<SectionCrosswalk> ALL = load(PolicySections.all());
    }

    static List<SectionCrosswalk> bundled() {
        return Holder.ALL;
    }

    static List<SectionCrosswalk> load(List<SectionInfo> catalog) {
        List<SectionCrosswalk> rows = new ArrayList<>();
        for (BundledTable.Line line : BundledTable.lines(Crosswalk.class, RESOURCE)) {
            rows.add(row(line.text(), line.number(), catalog, rows.size()));
        }
        if (rows.size() != catalog.size()) {
            throw new IllegalStateException(RESOURCE + ": section " + catalog.get(rows.size()).id() + " has no row");
        }
        return List.copyOf(rows);
    }

    private static SectionCrosswalk row(String line, int number, List<SectionInfo> catalog, int index) {
        String[] cells = line.split("\t", -1);
        try {
            if (cells.length != COLUMNS) {
                throw new IllegalArgumentException("expected " + COLUMNS + " tab-separated columns, found " + cells.length);
            }
            String id = cells[0].strip();
            if (index >= catalog.size() || !catalog.get(index).id().equals(id)) {
                throw new IllegalArgumentException("expected section "
                        + (index < catalog.size() ? catalog.get(index).id() : "(none: the catalog ends)")
                        + " in catalog order, found '" + id + "'");
            }
            return new SectionCrosswalk(catalog.get(index), StatementCategory.ofKey(cells[1].strip()),
                    list(cells[2], CategoryKeyword::ofKey), list(cells[3], LlamaGuardCategory::valueOf));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(RESOURCE + ":" + number + ": " + e.getMessage(), e);
        }
    }

    private static <T> List<T> list(String cell, Function<String, T> parse) {
        String value = cell.strip();
        if (value.equals("-")) {
            return List.of();
        }
        List<T> values = new ArrayList<>();
        for (String part : value.split(",")) {
            values.add(parse.apply(part.strip()));
        }
        return values;
    }
}
