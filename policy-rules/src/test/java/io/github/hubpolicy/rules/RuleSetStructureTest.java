package io.github.hubpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled rule set covers the catalog: every section has rules, every rule a unique name and a known section. */
class RuleSetStructureTest {
    private static final Path RULES = Path.of("src/main/resources/hubpolicy/rules");
    private static final Pattern RULE_DECLARATION = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"");

    private static DroolsPolicyEvaluator evaluator;

    @BeforeAll
    static void compile() {
        evaluator = DroolsPolicyEvaluator.builder().build();
    }

    @Test
    void indexListsEveryRuleFile() throws IOException {
        try (Stream<Path> files = Files.list(RULES)) {
            Set<String> onDisk = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".drl"))
                    .map(n -> "hubpolicy/rules/" + n).collect(Collectors.toSet());
            Set<String> indexed = BundledRules.load().stream().map(RuleFile::path).collect(Collectors.toSet());
            assertThat(indexed).isEqualTo(onDisk);
        }
    }

    @Test
    void everyCatalogSectionHasARule() {
        Set<String> covered = evaluator.rules().stream().map(RuleInfo::section).collect(Collectors.toSet());
        assertThat(covered).containsAll(Catalog.bundled().sections());
        assertThat(Catalog.bundled().sections()).hasSize(15);
    }

    @Test
    void everyRuleNameIsUniqueAndNoneIsLostByTheEngine() throws IOException {
        List<String> declared = new java.util.ArrayList<>();
        for (RuleFile file : BundledRules.load()) {
            Matcher m = RULE_DECLARATION.matcher(file.content());
            while (m.find()) {
                declared.add(m.group(1));
            }
        }
        Map<String, Long> counts = declared.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(counts).allSatisfy((name, count) -> assertThat(count).as(name).isEqualTo(1L));
        assertThat(evaluator.rules()).extracting(RuleInfo::name).containsExactlyInAnyOrderElementsOf(declared);
    }

    @Test
    void sectionRulesArePrefixedWithTheirSection() {
        assertThat(evaluator.rules()).filteredOn(r -> r.section() != null)
                .allSatisfy(r -> assertThat(r.name()).startsWith(r.section() + ": "));
    }

    @Test
    void digestIdentifiesTheRuleSetAndItsSettings() {
        assertThat(evaluator.policy().version()).isEqualTo("2023-08-30");
        assertThat(evaluator.policy().rules()).matches("sha256:[0-9a-f]{64}");
        assertThat(DroolsPolicyEvaluator.builder().build().policy()).isEqualTo(evaluator.policy());
        assertThat(DroolsPolicyEvaluator.builder().thresholds(new Thresholds(0.9, 0.5)).build().policy().rules())
                .isNotEqualTo(evaluator.policy().rules());
    }
}
