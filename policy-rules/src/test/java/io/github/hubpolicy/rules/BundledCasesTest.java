package io.github.hubpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.json.CaseReader;
import io.github.hubpolicy.json.ItemReader;
import io.github.hubpolicy.json.PolicyCase;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
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
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
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
                    Trace trace = evaluator.trace(c.item());
                    assertThat(c.differences(trace.decision(), contextRulesFired(trace)))
                            .as("%s %s%nfindings: %s", c.location(), c.name(), trace.decision().findings())
                            .isEmpty();
                }))));
    }

    /** The context rules that fired: they change findings, so only the trace shows them. */
    private static List<String> contextRulesFired(Trace trace) {
        Set<String> contextRules = evaluator.rules().stream().filter(r -> r.section() == null).map(RuleInfo::name)
                .collect(Collectors.toSet());
        return trace.firedRules().stream().filter(contextRules::contains).toList();
    }

    /** Section rules and context rules alike: each fires in some case and has a near miss that must not fire. */
    @Test
    void everyRuleFiresInSomeCaseAndHasANearMiss() {
        Set<String> fired = new HashSet<>();
        Map<String, Integer> nearMisses = new HashMap<>();
        for (PolicyCase c : cases) {
            Trace trace = evaluator.trace(c.item());
            Set<String> firedHere = trace.decision().findings().stream().map(f -> f.rule()).collect(Collectors.toSet());
            firedHere.addAll(contextRulesFired(trace));
            fired.addAll(firedHere);
            c.notRules().stream().filter(r -> !firedHere.contains(r)).forEach(r -> nearMisses.merge(r, 1, Integer::sum));
        }
        List<String> rules = evaluator.rules().stream().map(RuleInfo::name).toList();
        assertThat(rules).as("the context rules are checked too").anyMatch(r -> r.startsWith("research context: "));
        assertThat(rules).as("rules no case fires").allMatch(fired::contains);
        assertThat(rules).as("rules without a near-miss case").allMatch(nearMisses::containsKey);
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
