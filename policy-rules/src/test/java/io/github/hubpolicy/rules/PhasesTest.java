package io.github.hubpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.api.Finding;
import io.github.hubpolicy.api.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule set need not have rules in every phase. */
class PhasesTest {

    @Test
    void aRuleSetWithOnlySectionRulesDecides(@TempDir Path dir) throws IOException {
        // given: no context, escalation or reports rule at all
        Files.writeString(dir.resolve("only.drl"), """
                package hubpolicy.rules;
                import io.github.hubpolicy.api.Action;
                import io.github.hubpolicy.api.Verdict;
                import io.github.hubpolicy.rules.facts.*;
                import function io.github.hubpolicy.rules.facts.Findings.finding;
                rule "spam: every comment"
                    @section("spam") @bullet(1)
                when
                    Item( community )
                then
                    finding( drools, Verdict.REVIEW ).actions( Action.HUMAN_REVIEW ).because( "A comment." );
                end
                """);
        DroolsPolicyEvaluator evaluator = DroolsPolicyEvaluator.builder().bundledRules(false).ruleDirectory(dir).build();

        // when
        Decision decision = evaluator.evaluate(Items.comment("c/1"));

        // then
        assertThat(decision.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(decision.findings()).extracting(Finding::rule).containsExactly("spam: every comment");
    }
}
