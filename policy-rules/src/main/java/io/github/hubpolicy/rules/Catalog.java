package io.github.hubpolicy.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The guideline sections in catalog order (guidelines.md, section 2), read from {@code
 * hubpolicy/rules/sections.tsv} beside the rule files. The order sorts findings.
 */
final class Catalog {
    static final String RESOURCE = "hubpolicy/rules/sections.tsv";
    /** The section of the evaluator's own findings (an item over a limit, a failing rule). */
    static final String ENGINE = "engine";

    private final List<String> sections;

    private Catalog(List<String> sections) {
        this.sections = List.copyOf(sections);
    }

    static Catalog bundled() {
        try (InputStream in = Catalog.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            List<String> ids = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        ids.add(line.split("\t", -1)[0].strip());
                    }
                }
            }
            return new Catalog(ids);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The section ids in catalog order. */
    List<String> sections() {
        return sections;
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
