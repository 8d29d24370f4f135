package io.github.hubpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hubpolicy.api.Signal;
import io.github.hubpolicy.api.catalog.PolicySections;
import io.github.hubpolicy.api.catalog.SectionInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The catalog (policy-api's sections.tsv) against the rules: every section a rule names is in it,
 * and each section lists the signals its rule files read. The crosswalk to other taxonomies is
 * tested in policy-transparency.
 */
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
