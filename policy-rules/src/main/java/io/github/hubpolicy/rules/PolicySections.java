package io.github.hubpolicy.rules;

import io.github.hubpolicy.api.transparency.SectionInfo;
import java.util.List;
import java.util.Optional;

/**
 * The guideline sections with their crosswalk to the DSA Transparency Database categories, the
 * classifier signals and the Llama Guard 3 hazard categories, read once from the data beside the
 * rule files ({@code hubpolicy/rules/sections.tsv}, which names the source of each taxonomy).
 *
 * <pre>{@code
 * SectionInfo likeness = PolicySections.find("consent.likeness").orElseThrow();
 * likeness.dsaCategory();   // DATA_PROTECTION_AND_PRIVACY_VIOLATIONS
 * }</pre>
 */
public final class PolicySections {
    private PolicySections() {
    }

    /** Loaded on first use; the data is bundled, so it never changes while running. */
    private static final class Holder {
        static final List<SectionInfo> ALL = Catalog.bundled().infos();
    }

    /** Every section, in catalog order. */
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
}
