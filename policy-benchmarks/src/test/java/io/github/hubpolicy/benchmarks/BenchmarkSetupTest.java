package io.github.hubpolicy.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.testkit.corpus.CorpusGenerator;
import io.github.hubpolicy.rules.DroolsPolicyEvaluator;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks what the benchmarks measure, without running any benchmark. */
class BenchmarkSetupTest {
    /** Enough items for every kind and most sections; short, so that a cold JVM decides them quickly. */
    private static final List<ContentItem> ITEMS = new CorpusGenerator(Corpora.SEED).items(80).stream()
            .filter(i -> i.text().length() <= 4096).toList();

    @Test
    void theEmptyRuleBaseDecidesEveryItemWithNoFinding() {
        // given
        Path rules = RuleFiles.emptyRuleBase();
        try {
            DroolsPolicyEvaluator empty = DroolsPolicyEvaluator.builder().bundledRules(false).ruleDirectory(rules).build();

            // when
            List<Decision> decisions = ITEMS.stream().map(empty::evaluate).toList();

            // then: no rule fired, and no evaluation failed (that would be an engine finding)
            assertThat(decisions).allSatisfy(d -> assertThat(d.findings()).isEmpty());
        } finally {
            RuleFiles.delete(rules);
        }
    }

    @Test
    void rulesThatNeverFireChangeNoDecision() {
        // given
        Path rules = RuleFiles.neverFiring(20);
        try {
            DroolsPolicyEvaluator bundled = DroolsPolicyEvaluator.builder().build();
            DroolsPolicyEvaluator more = DroolsPolicyEvaluator.builder().ruleDirectory(rules).build();

            // then
            assertThat(more.rules()).hasSize(bundled.rules().size() + 20);
            for (ContentItem item : ITEMS) {
                assertThat(more.evaluate(item).findings()).isEqualTo(bundled.evaluate(item).findings());
            }
        } finally {
            RuleFiles.delete(rules);
        }
    }

    @Test
    void theUpTo1KiBCorpusHoldsOnlyShortItems() {
        List<ContentItem> items = Corpora.named("upTo1KiB");

        assertThat(items).hasSize(Corpora.SIZE)
                .allSatisfy(i -> assertThat(i.title().length() + i.text().length()).isLessThanOrEqualTo(1024));
    }

    /** {@code docs/MachineScaling.java} is run with the JDK alone, outside the build: this keeps it compiling. */
    @Test
    void theMachineScalingProgramCompilesWithTheJdkAlone(@TempDir Path classes) {
        Path program = Path.of("..", "docs", "MachineScaling.java");
        java.io.ByteArrayOutputStream errors = new java.io.ByteArrayOutputStream();

        int status = javax.tools.ToolProvider.getSystemJavaCompiler()
                .run(null, null, errors, "-d", classes.toString(), program.toString());

        assertThat(status).as(errors.toString(java.nio.charset.StandardCharsets.UTF_8)).isZero();
        assertThat(classes.resolve("MachineScaling.class")).exists();
    }

    @Test
    void textLengthItemsHoldExactlyTheirLength() {
        assertThat(Corpora.itemWithText(1024).text()).hasSize(1024);
        assertThat(Corpora.itemWithText(102_400).text()).hasSize(102_400);
    }
}
