package io.github.hubpolicy.rules;

import io.github.hubpolicy.api.Signal;
import io.github.hubpolicy.api.transparency.CategoryKeyword;
import io.github.hubpolicy.api.transparency.LlamaGuardCategory;
import io.github.hubpolicy.api.transparency.SectionInfo;
import io.github.hubpolicy.api.transparency.StatementCategory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The guideline sections in catalog order (guidelines.md, section 2), read from {@code
 * hubpolicy/rules/sections.tsv} beside the rule files. The order sorts findings. Each row also
 * holds the section's crosswalk to other taxonomies ({@link SectionInfo}); a row that does not
 * parse fails the load, so the data is checked wherever the catalog is used.
 */
final class Catalog {
    static final String RESOURCE = "hubpolicy/rules/sections.tsv";
    /** The section of the evaluator's own findings (an item over a limit, a failing rule). */
    static final String ENGINE = "engine";
    private static final int COLUMNS = 7;

    private final List<String> sections;
    private final List<SectionInfo> infos;

    private Catalog(List<SectionInfo> infos) {
        this.infos = List.copyOf(infos);
        this.sections = infos.stream().map(SectionInfo::id).toList();
    }

    static Catalog bundled() {
        try (InputStream in = Catalog.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            List<SectionInfo> infos = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                int number = 0;
                while ((line = reader.readLine()) != null) {
                    number++;
                    if (!line.isBlank() && !line.startsWith("#")) {
                        infos.add(row(line, number));
                    }
                }
            }
            return new Catalog(infos);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static SectionInfo row(String line, int number) {
        String[] cells = line.split("\t", -1);
        try {
            if (cells.length != COLUMNS) {
                throw new IllegalArgumentException("expected " + COLUMNS + " tab-separated columns, found " + cells.length);
            }
            return new SectionInfo(cells[0].strip(), cells[1].strip(), cells[2].strip(),
                    StatementCategory.ofKey(cells[3].strip()),
                    list(cells[4], CategoryKeyword::ofKey),
                    list(cells[5], Catalog::signal),
                    list(cells[6], LlamaGuardCategory::valueOf));
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

    private static Signal signal(String name) {
        Signal signal = Signal.byName(name);
        if (signal == null) {
            throw new IllegalArgumentException("unknown signal '" + name + "'");
        }
        return signal;
    }

    /** The section ids in catalog order. */
    List<String> sections() {
        return sections;
    }

    /** Every section with its crosswalk, in catalog order. */
    List<SectionInfo> infos() {
        return infos;
    }

    boolean contains(String section) {
        return sections.contains(section);
    }

    /** The section's position in the catalog; unknown sections (the engine's) sort last. */
    int order(String section) {
        int index = sections.indexOf(section);
        return index < 0 ? sections.size() : index;
    }
}
