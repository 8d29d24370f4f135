package io.github.hubpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hubpolicy.api.Action;
import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.ContentKind;
import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.api.Documentation;
import io.github.hubpolicy.api.Gating;
import io.github.hubpolicy.api.Purpose;
import io.github.hubpolicy.api.Signal;
import io.github.hubpolicy.api.Verdict;
import io.github.hubpolicy.rules.detect.Detectors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Host options that change decisions: thresholds and the research context; and what the rule-set digest covers. */
class EvaluatorOptionsTest {
    private static final ContentItem HATE_085 = ContentItem.builder("c/1", ContentKind.COMMENT)
            .signal(Signal.HATE, 0.85).build();

    @Test
    void thresholdsAreTheHostsToSet() {
        // given: 0.85 is likely by default, only possible when likely is 0.90
        DroolsPolicyEvaluator strict = DroolsPolicyEvaluator.builder().thresholds(new Thresholds(0.90, 0.50)).build();

        // when
        Decision byDefault = DroolsPolicyEvaluator.builder().build().evaluate(HATE_085);
        Decision raised = strict.evaluate(HATE_085);

        // then
        assertThat(byDefault.verdict()).isEqualTo(Verdict.REMOVE);
        assertThat(raised.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(raised.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("hate: possibly hateful community content");
            assertThat(f.rationale()).contains("hate 0.85").contains("below likely 0.90");
        });
    }

    @Test
    void thresholdsMustBeOrdered() {
        assertThatThrownBy(() -> new Thresholds(0.4, 0.5)).hasMessageContaining("possible <= likely");
        assertThatThrownBy(() -> new Thresholds(1.2, 0.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void researchContextCanBeTurnedOff() {
        // given: a safeguarded research dataset of hate speech
        ContentItem dataset = ContentItem.builder("d/1", ContentKind.DATASET).license("mit").purpose(Purpose.RESEARCH)
                .gating(Gating.MANUAL).documentation(new Documentation(true, true)).signal(Signal.HATE, 0.95).build();

        // when
        Decision trusted = DroolsPolicyEvaluator.builder().build().evaluate(dataset);
        Decision untrusted = DroolsPolicyEvaluator.builder().researchContext(false).build().evaluate(dataset);

        // then
        assertThat(trusted.verdict()).isEqualTo(Verdict.LABEL);
        assertThat(trusted.actions()).containsExactly(Action.ADD_AUDIENCE_TAG);
        assertThat(trusted.findings().get(0).rationale()).contains("research context changed the verdict from REMOVE to LABEL");
        assertThat(untrusted.verdict()).isEqualTo(Verdict.REMOVE);
        assertThat(untrusted.actions()).containsExactly(Action.REMOVE);
        assertThat(untrusted.policy().rules()).isNotEqualTo(trusted.policy().rules());
    }

    @Test
    void unknownPhoneRegionIsRejectedAtConstruction() {
        assertThatThrownBy(() -> DroolsPolicyEvaluator.builder().phoneRegion("XX").build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUnknownPhoneRegionIsReportedBeforeBrokenRules(@TempDir Path rules) throws IOException {
        // given: both wrong; the detectors are built beside the rules, and their failure comes first, as before
        Files.writeString(rules.resolve("broken.drl"), "package hubpolicy.rules;\nrule \"spam: broken\" when then en\n");

        // then
        assertThatThrownBy(() -> DroolsPolicyEvaluator.builder().ruleDirectory(rules).phoneRegion("XX").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("XX");
        assertThatThrownBy(() -> DroolsPolicyEvaluator.builder().ruleDirectory(rules).build())
                .isInstanceOf(RuleCompilationException.class);
    }

    @Test
    void theRuleSetDigestCoversTheCatalogRevisionTheDetectorsImplement() {
        // given: the bundled rule set, and the same files and settings as revision 1 would name them
        DroolsPolicyEvaluator evaluator = DroolsPolicyEvaluator.builder().build();
        String revision = "catalog-revision=" + Detectors.CATALOG_REVISION;
        String revisionOne = evaluator.settings().replace(revision, "catalog-revision=1");

        // when
        String digestOfRevisionOne = RuleCompiler.compile(BundledRules.load(), Catalog.bundled(), Vocabulary.catalog(), revisionOne).digest();

        // then: an audit line decided under revision 1 does not replay against revision 2
        assertThat(Detectors.CATALOG_REVISION).isEqualTo(2);
        assertThat(evaluator.settings()).contains(revision);
        assertThat(RuleCompiler.compile(BundledRules.load(), Catalog.bundled(), Vocabulary.catalog(), evaluator.settings()).digest())
                .isEqualTo(evaluator.policy().rules());
        assertThat(digestOfRevisionOne).isNotEqualTo(evaluator.policy().rules());
    }
}
