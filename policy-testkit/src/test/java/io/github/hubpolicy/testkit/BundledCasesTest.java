package io.github.hubpolicy.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hubpolicy.json.PolicyCase;
import io.github.hubpolicy.rules.DroolsPolicyEvaluator;
import io.github.hubpolicy.rules.RuleInfo;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The bundled case files (one beside each rule file) against the bundled rules, through the
 * testkit as a host would run its own; and the coverage check the project holds itself to.
 */
class BundledCasesTest {

    @TestFactory
    Stream<DynamicNode> everyBundledCaseDecidesAsExpected() {
        return PolicyCases.bundled().tests();
    }

    @Test
    void everyRuleFiresInSomeCaseAndHasANearMiss() {
        RuleCoverage coverage = RuleCoverage.bundled();

        assertThat(coverage.rules()).hasSizeGreaterThan(50);
        assertThat(coverage.rules()).as("the context rules are counted too").anyMatch(r -> r.startsWith("research context: "));
        assertThat(coverage.cases()).isGreaterThan(400);
        coverage.assertComplete();
    }

    @Test
    void everyRuleFileHasACaseFile() {
        Set<String> caseFiles = PolicyCases.bundled().cases().stream().map(PolicyCase::file).collect(Collectors.toSet());
        for (RuleInfo rule : DroolsPolicyEvaluator.builder().build().rules()) {
            String file = rule.file().substring(rule.file().lastIndexOf('/') + 1).replace(".drl", ".cases.jsonl");
            assertThat(caseFiles).as("case file beside " + rule.file()).contains(file);
        }
    }
}
