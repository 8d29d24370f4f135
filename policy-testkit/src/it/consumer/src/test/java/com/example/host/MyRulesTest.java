package com.example.host;

import io.github.hubpolicy.api.Action;
import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.ContentKind;
import io.github.hubpolicy.api.Signal;
import io.github.hubpolicy.api.Verdict;
import io.github.hubpolicy.rules.DroolsPolicyEvaluator;
import io.github.hubpolicy.testkit.DecisionAssert;
import io.github.hubpolicy.testkit.PolicyCases;
import io.github.hubpolicy.testkit.RuleCoverage;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The README's testkit example: the host's own rule directory pinned by its case files. */
class MyRulesTest {
    // readme:start
    static final Path MY_RULES = Path.of("src/main/policy");   // my .drl files and their .cases.jsonl files

    @TestFactory
    Stream<DynamicNode> myCases() {                 // one test per case, named by the case
        return PolicyCases.in(MY_RULES).tests();    // bundled rules + my directory on top
    }

    @Test
    void everyRuleOfMineFiresAndHasANearMiss() {
        RuleCoverage.of(MY_RULES).assertComplete();
    }

    @Test
    void hatefulResearchIsRemovedUnderMyRules() {
        ContentItem dataset = ContentItem.builder("d/1", ContentKind.DATASET).license("mit")
                .signal(Signal.HATE, 0.93).build();
        DecisionAssert.assertThat(DroolsPolicyEvaluator.builder().ruleDirectory(MY_RULES).build().evaluate(dataset))
                .hasVerdict(Verdict.REMOVE).hasActions(Action.REMOVE).hasSections("hate")
                .hasFired("hate: hateful artifact").rationaleMentions("hate");
    }
    // readme:end
}
