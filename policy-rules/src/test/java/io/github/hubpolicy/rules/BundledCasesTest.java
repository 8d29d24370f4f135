package io.github.hubpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.json.CaseReader;
import io.github.hubpolicy.json.ItemReader;
import io.github.hubpolicy.json.PolicyCase;
import java.io.InputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the bundled case files (one per rule file, beside it) against the bundled rules, and
 * checks that together they fire every rule and hold a near miss for every section rule.
 */
class BundledCasesTest {
    static final Path RULES = Path.of("src/main/resources/hubpolicy/rules");

    private static DroolsPolicyEvaluator evaluator;
    private static List<PolicyCase> cases;

    @BeforeAll
    static void compileRulesAndReadCases() throws IOException {
        evaluator = DroolsPolicyEvaluator.builder().build();
        cases = readBundledCases();
    }

    /** Every case of the bundled case files, file by file in name order. */
    static List<PolicyCase> readBundledCases() throws IOException {
        List<PolicyCase> read = new ArrayList<>();
        CaseReader reader = new CaseReader(ItemReader.strict());
        try (Stream<Path> files = Files.list(RULES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".cases.jsonl")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    read.addAll(reader.read(file.getFileName().toString(), in));
                }
            }
        }
        return read;
    }

    @TestFactory
    Stream<DynamicNode> everyCaseDecidesAsExpected() {
        Map<String, List<PolicyCase>> byFile = cases.stream()
                .collect(Collectors.groupingBy(PolicyCase::file, java.util.TreeMap::new, Collectors.toList()));
        return byFile.entrySet().stream().map(file -> DynamicContainer.dynamicContainer(file.getKey(),
                file.getValue().stream().map(c -> DynamicTest.dynamicTest(c.line() + ": " + c.name(), () -> {
                    Decision decision = evaluator.evaluate(c.item());
                    assertThat(c.differences(decision))
                            .as("%s %s%nfindings: %s", c.location(), c.name(), decision.findings())
                            .isEmpty();
                }))));
    }

    @Test
    void everyRuleFiresInSomeCaseAndEverySectionRuleHasANearMiss() {
        Set<String> fired = new HashSet<>();
        Map<String, Integer> nearMisses = new HashMap<>();
        for (PolicyCase c : cases) {
            Decision decision = evaluator.evaluate(c.item());
            decision.findings().forEach(f -> fired.add(f.rule()));
            Set<String> firedHere = decision.findings().stream().map(f -> f.rule()).collect(Collectors.toSet());
            c.notRules().stream().filter(r -> !firedHere.contains(r)).forEach(r -> nearMisses.merge(r, 1, Integer::sum));
        }
        List<String> sectionRules = evaluator.rules().stream().filter(r -> r.section() != null).map(RuleInfo::name).toList();
        assertThat(sectionRules).as("rules no case fires").allMatch(fired::contains);
        assertThat(sectionRules).as("rules without a near-miss case").allMatch(nearMisses::containsKey);
    }

    @Test
    void everyRuleFileHasACaseFile() {
        Set<String> caseFiles = cases.stream().map(PolicyCase::file).collect(Collectors.toSet());
        for (RuleInfo rule : evaluator.rules()) {
            String file = rule.file().substring(rule.file().lastIndexOf('/') + 1).replace(".drl", ".cases.jsonl");
            assertThat(caseFiles).as("case file beside " + rule.file()).contains(file);
        }
    }
}
