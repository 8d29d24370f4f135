package io.github.hubpolicy.rules;

import io.github.hubpolicy.api.catalog.PolicySections;
import io.github.hubpolicy.api.catalog.SectionInfo;
import java.util.List;

/**
 * The guideline sections in catalog order (guidelines.md, section 2), as the evaluator and the
 * lint use them: the order sorts findings, and a rule may name no other section. The data is
 * policy-api's ({@link PolicySections}).
 */
final class Catalog {
    /** The section of the evaluator's own findings (an item over a limit, a failing rule). */
    static final String ENGINE = "engine";

    private final List<String> sections;

    private Catalog(List<String> sections) {
        this.sections = List.copyOf(sections);
    }

    static Catalog bundled() {
        return new Catalog(PolicySections.all().stream().map(SectionInfo::id).toList());
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
