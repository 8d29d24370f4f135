package io.github.hubpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hubpolicy.api.Signal;
import io.github.hubpolicy.api.transparency.CategoryKeyword;
import io.github.hubpolicy.api.transparency.LlamaGuardCategory;
import io.github.hubpolicy.api.transparency.SectionInfo;
import io.github.hubpolicy.api.transparency.StatementCategory;
import io.github.hubpolicy.rules.transparency.DsaSchema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The crosswalk beside the rules: complete, in the catalog's order, and every value in its taxonomy. */
class PolicySectionsTest {
    private static DroolsPolicyEvaluator evaluator;

    @BeforeAll
    static void compile() {
        evaluator = DroolsPolicyEvaluator.builder().build();
    }

    @Test
    void everyCatalogSectionHasOneEntryInCatalogOrder() {
        assertThat(PolicySections.all()).extracting(SectionInfo::id).containsExactlyElementsOf(Catalog.bundled().sections());
        Set<String> ruleSections = evaluator.rules().stream().map(RuleInfo::section)
                .filter(s -> s != null).collect(Collectors.toSet());
        assertThat(PolicySections.all()).extracting(SectionInfo::id).containsAll(ruleSections);
        assertThat(PolicySections.all()).allSatisfy(s -> {
            assertThat(s.title()).isNotBlank();
            assertThat(s.summary()).isNotBlank().doesNotContain("\t").endsWith(".");
        });
        assertThat(PolicySections.find("consent.likeness")).get().extracting(SectionInfo::title)
                .isEqualTo("Likeness and impersonation without consent");
        assertThat(PolicySections.find("engine")).isEmpty();
    }

    @Test
    void dsaValuesAreInTheCurrentSchemasEnumerations() {
        for (SectionInfo section : PolicySections.all()) {
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
        assertThat(PolicySections.all()).flatExtracting(SectionInfo::llamaGuard)
                .allSatisfy(c -> assertThat(c.code()).matches("S([1-9]|1[0-4])"));
    }

    @Test
    void signalsAreTheOnesEachSectionsRuleFilesRead() throws IOException {
        for (SectionInfo section : PolicySections.all()) {
            Set<String> read = new TreeSet<>();
            Set<String> files = new LinkedHashSet<>();
            evaluator.rules().stream().filter(r -> section.id().equals(r.section())).forEach(r -> files.add(r.file()));
            for (String file : files) {
                String drl = resource(file);
                for (Signal signal : Signal.values()) {
                    if (drl.contains("\"" + signal.wireName() + "\"")) {
                        read.add(signal.wireName());
                    }
                }
            }
            assertThat(new TreeSet<>(section.signals().stream().map(Signal::wireName).toList()))
                    .as("signals of %s (read by %s)", section.id(), files).isEqualTo(read);
        }
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = PolicySectionsTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
