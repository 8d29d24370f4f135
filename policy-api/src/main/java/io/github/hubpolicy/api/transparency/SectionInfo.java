package io.github.hubpolicy.api.transparency;

import io.github.hubpolicy.api.Signal;
import java.util.List;

/**
 * One guideline section and where it sits in other moderation taxonomies: a row of the crosswalk
 * ({@code hubpolicy/rules/sections.tsv} beside the rule files).
 *
 * @param id          the section id, e.g. {@code consent.likeness}
 * @param title       its title in the catalog
 * @param summary     one line saying what it forbids or asks for
 * @param dsaCategory the DSA Transparency Database category a statement of reasons uses for it
 * @param dsaKeywords the schema's keywords ({@code category_specification}) that fit it, maybe none
 * @param signals     the classifier signals its rules read, maybe none (the section decides on other facts)
 * @param llamaGuard  the Llama Guard 3 hazard categories that cover it, maybe none
 */
public record SectionInfo(String id, String title, String summary, StatementCategory dsaCategory,
                          List<CategoryKeyword> dsaKeywords, List<Signal> signals, List<LlamaGuardCategory> llamaGuard) {
    public SectionInfo {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("section id must not be blank");
        }
        if (title == null || title.isBlank() || summary == null || summary.isBlank()) {
            throw new IllegalArgumentException("section " + id + " needs a title and a summary");
        }
        if (dsaCategory == null) {
            throw new IllegalArgumentException("section " + id + " needs a DSA category");
        }
        dsaKeywords = List.copyOf(dsaKeywords);
        signals = List.copyOf(signals);
        llamaGuard = List.copyOf(llamaGuard);
    }
}
