package io.github.hubpolicy.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hubpolicy.api.Action;
import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.ContentKind;
import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.api.Signal;
import io.github.hubpolicy.api.Target;
import io.github.hubpolicy.api.TargetKind;
import io.github.hubpolicy.api.Verdict;
import io.github.hubpolicy.rules.DroolsPolicyEvaluator;
import io.github.hubpolicy.testkit.corpus.CorpusGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/** The testkit's own behaviour: what a host sees when a case, the coverage or an assertion fails. */
class TestkitTest {
    private static final String HATEFUL_ARTIFACT = "hate: hateful artifact";

    private static DroolsPolicyEvaluator evaluator;

    @BeforeAll
    static void buildEvaluator() {
        evaluator = DroolsPolicyEvaluator.builder().build();
    }

    /** A host's rule directory: the bundled hate.drl and a case file with one wrong expectation. */
    private static Path hostRules(Path dir, String... cases) throws IOException {
        try (InputStream drl = TestkitTest.class.getClassLoader().getResourceAsStream("hubpolicy/rules/hate.drl")) {
            Files.write(dir.resolve("hate.drl"), drl.readAllBytes());
        }
        Files.writeString(dir.resolve("hate.cases.jsonl"), String.join("\n", cases) + "\n");
        return dir;
    }

    private static final String REMOVED = "{\"case\": \"hateful model is removed\", \"item\": {\"id\": \"m/1\", \"kind\": \"model\", "
            + "\"license\": \"mit\", \"signals\": {\"hate\": 0.93}}, \"verdict\": \"REMOVE\", \"sections\": [\"hate\"], "
            + "\"actions\": [\"REMOVE\"], \"rules\": [\"" + HATEFUL_ARTIFACT + "\"]}";
    private static final String WRONGLY_RESTRICTED = REMOVED.replace("hateful model is removed", "expects the wrong verdict")
            .replace("\"REMOVE\", \"sections\"", "\"RESTRICT\", \"sections\"");

    @Test
    void aCaseFileBecomesOneNamedTestPerCaseAndAFailureSaysWhatDiffered(@TempDir Path dir) throws Throwable {
        // given
        PolicyCases cases = PolicyCases.in(hostRules(dir, REMOVED, WRONGLY_RESTRICTED));

        // when
        List<DynamicNode> files = cases.tests().toList();

        // then
        assertThat(files).singleElement().extracting(DynamicNode::getDisplayName).isEqualTo("hate.cases.jsonl");
        List<DynamicTest> tests = ((DynamicContainer) files.get(0)).getChildren().map(DynamicTest.class::cast).toList();
        assertThat(tests).extracting(DynamicNode::getDisplayName)
                .containsExactly("hateful model is removed", "expects the wrong verdict");
        tests.get(0).getExecutable().execute();
        assertThatThrownBy(() -> tests.get(1).getExecutable().execute())
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("hate.cases.jsonl:2 expects the wrong verdict")
                .hasMessageContaining("verdict: expected RESTRICT, was REMOVE");
    }

    @Test
    void casesRunAgainstTheHostsOwnEvaluator(@TempDir Path dir) throws Throwable {
        // given: an evaluator that allows everything
        PolicyCases cases = PolicyCases.in(hostRules(dir, REMOVED))
                .against(item -> evaluator.evaluate(ContentItem.builder(item.id(), ContentKind.MODEL).license("mit").build()));

        // when
        DynamicTest test = (DynamicTest) ((DynamicContainer) cases.tests().toList().get(0)).getChildren().toList().get(0);

        // then
        assertThatThrownBy(() -> test.getExecutable().execute()).hasMessageContaining("verdict: expected REMOVE, was ALLOW");
    }

    @Test
    void coverageOfAHostDirectoryNamesItsRulesWithoutCasesOrNearMisses(@TempDir Path dir) throws IOException {
        // given: one case, firing one of hate.drl's five rules (its repeat offender is repeat-offenders.drl's), with no near miss
        RuleCoverage coverage = RuleCoverage.of(hostRules(dir, REMOVED));

        // then: only the directory's rules count
        assertThat(coverage.rules()).hasSize(5).allMatch(r -> r.startsWith("hate: "));
        assertThat(coverage.neverFired()).hasSize(4).doesNotContain(HATEFUL_ARTIFACT);
        assertThat(coverage.withoutNearMiss()).hasSize(5);
        assertThat(coverage.sectionsWithoutCases()).isEmpty();
        assertThat(coverage.complete()).isFalse();
        assertThatThrownBy(coverage::assertComplete)
                .hasMessageContaining("no near miss (notRules) for rule \"" + HATEFUL_ARTIFACT + "\"")
                .hasMessageContaining("no case fires rule \"hate: possibly hateful artifact\"");
    }

    @Test
    void decisionAssertionsPassOnTheDecisionAndFailReadably() {
        // given
        String token = "hf_" + "abcdefghijklmnopqrstuvwxyzABCDEFGHIJK";
        Decision decision = evaluator.evaluate(ContentItem.builder("comments/42", ContentKind.COMMENT)
                .text("Nobody wants you here. " + token).target(new Target(TargetKind.USER, "bob"))
                .signal(Signal.HARASSMENT, 0.86).build());

        // then
        DecisionAssert.assertThat(decision)
                .hasVerdict(Verdict.RESTRICT)
                .hasSections("harassment")
                .hasNotFired(HATEFUL_ARTIFACT)
                .neverContains(token);
        assertThat(decision.actions()).contains(Action.HIDE);
        assertThatThrownBy(() -> DecisionAssert.assertThat(decision).hasVerdict(Verdict.REMOVE))
                .hasMessageContaining("comments/42: verdict: expected REMOVE, was RESTRICT");
        assertThatThrownBy(() -> DecisionAssert.assertThat(decision).rationaleMentions("no such words"))
                .hasMessageContaining("no rationale mentions \"no such words\"");
        String repeated = decision.findings().get(0).rationale().substring(0, 10);
        assertThatThrownBy(() -> DecisionAssert.assertThat(decision).neverContains(repeated))
                .hasMessageContaining("repeats the secret");
    }

    @Test
    void theGeneratedCorpusIsDecidedWithoutEngineFindings() {
        List<ContentItem> items = new CorpusGenerator(7).items(200);
        assertThat(items).hasSize(200);
        items.forEach(item -> DecisionAssert.assertThat(evaluator.evaluate(item)).hasNotFired("engine: evaluation failed"));
    }
}
