package io.github.hubpolicy.transparency;

import io.github.hubpolicy.api.catalog.PolicySections;
import io.github.hubpolicy.api.catalog.SectionInfo;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one guideline section sits in other moderation taxonomies: a row of the crosswalk ({@code
 * hubpolicy/transparency/crosswalk.tsv}, which names the source of each taxonomy), joined with the
 * catalog's row for the section.
 *
 * <pre>{@code
 * SectionCrosswalk likeness = SectionCrosswalk.find("consent.likeness").orElseThrow();
 * likeness.dsaCategory();   // DATA_PROTECTION_AND_PRIVACY_VIOLATIONS
 * }</pre>
 *
 * @param section     the catalog's section (id, title, summary, signals)
 * @param dsaCategory the DSA Transparency Database category a statement of reasons uses for it
 * @param dsaKeywords the schema's keywords ({@code category_specification}) that fit it, maybe none
 * @param llamaGuard  the Llama Guard 3 hazard categories that cover it, maybe none
 */
public record SectionCrosswalk(SectionInfo section, StatementCategory dsaCategory, List<CategoryKeyword> dsaKeywords,
                               List<LlamaGuardCategory> llamaGuard) {
    public SectionCrosswalk {
        Objects.requireNonNull(section, "section");
        if (dsaCategory == null) {
            throw new IllegalArgumentException("section " + section.id() + " needs a DSA category");
        }
        dsaKeywords = List.copyOf(dsaKeywords);
        llamaGuard = List.copyOf(llamaGuard);
    }

    /** The section id, e.g. {@code consent.likeness}. */
    public String id() {
        return section.id();
    }

    /** Every section of the catalog ({@link PolicySections#all()}) with its crosswalk, in catalog order. */
    public static List<SectionCrosswalk> all() {
        return Crosswalk.bundled();
    }

    /** The crosswalk of the section with this id, if the catalog has it ({@code engine} findings have none). */
    public static Optional<SectionCrosswalk> find(String id) {
        for (SectionCrosswalk row : Crosswalk.bundled()) {
            if (row.id().equals(id)) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }
}
