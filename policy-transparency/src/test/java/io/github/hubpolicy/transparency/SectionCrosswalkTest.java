package io.github.hubpolicy.transparency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hubpolicy.api.catalog.PolicySections;
import io.github.hubpolicy.api.catalog.SectionInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The crosswalk: complete, in the catalog's order, and every value in its taxonomy. */
class SectionCrosswalkTest {
    @Test
    void everyCatalogSectionHasOneRowInCatalogOrder() {
        assertThat(SectionCrosswalk.all()).extracting(SectionCrosswalk::section)
                .containsExactlyElementsOf(PolicySections.all());
        assertThat(SectionCrosswalk.find("consent.likeness")).get().extracting(SectionCrosswalk::dsaCategory)
                .isEqualTo(StatementCategory.DATA_PROTECTION_AND_PRIVACY_VIOLATIONS);
        assertThat(SectionCrosswalk.find("engine")).isEmpty();
    }

    @Test
    void aCatalogSectionWithoutARowFailsTheLoadNamingIt() {
        SectionInfo extra = new SectionInfo("extra", "Extra", "A section the crosswalk does not have.", List.of());
        List<SectionInfo> longer = new ArrayList<>(PolicySections.all());
        longer.add(extra);
        assertThatThrownBy(() -> Crosswalk.load(longer))
                .hasMessage("hubpolicy/transparency/crosswalk.tsv: section extra has no row");
        List<SectionInfo> reordered = new ArrayList<>(PolicySections.all());
        Collections.swap(reordered, 0, 1);
        assertThatThrownBy(() -> Crosswalk.load(reordered))
                .hasMessageStartingWith("hubpolicy/transparency/crosswalk.tsv:")
                .hasMessageContaining("expected section " + reordered.get(0).id() + " in catalog order, found '"
                        + reordered.get(1).id() + "'");
    }

    @Test
    void dsaValuesAreInTheCurrentSchemasEnumerations() {
        for (SectionCrosswalk section : SectionCrosswalk.all()) {
            assertThat(section.dsaCategory().key()).as(section.id()).isIn(DsaSchema.CATEGORIES).isNotIn(DsaSchema.REJECTED);
            assertThat(section.dsaKeywords()).as(section.id()).extracting(CategoryKeyword::key)
                    .allSatisfy(k -> assertThat(k).isIn(DsaSchema.KEYWORDS).isNotIn(DsaSchema.REJECTED));
        }
        // The enums themselves: the whole enumeration for categories, only listed keywords.
        assertThat(Arrays.stream(StatementCategory.values()).map(StatementCategory::key))
                .containsExactlyInAnyOrderElementsOf(DsaSchema.CATEGORIES);
        assertThat(Arrays.stream(CategoryKeyword.values()).map(CategoryKeyword::key))
                .containsExactlyInAnyOrderElementsOf(DsaSchema.KEYWORDS);
    }

    @Test
    void llamaGuardCodesAreS1ToS14WithTheModelCardsNames() {
        assertThat(Arrays.stream(LlamaGuardCategory.values()).map(c -> c.code() + " " + c.title()))
                .containsExactlyElementsOf(DsaSchema.LLAMA_GUARD);
        assertThat(SectionCrosswalk.all()).flatExtracting(SectionCrosswalk::llamaGuard)
                .allSatisfy(c -> assertThat(c.code()).matches("S([1-9]|1[0-4])"));
    }
}
