package io.github.hubpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hubpolicy.api.Action;
import io.github.hubpolicy.api.Author;
import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.ContentKind;
import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.api.Finding;
import io.github.hubpolicy.api.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The repeat-offender rule is written once (repeat-offenders.drl) and applied per conduct
 * section: each escalated finding keeps its section, its name "<section>: repeat offender", its
 * place after the section's bullets, and names the section's last conduct finding.
 */
class RepeatOffendersTest {
    private static final DroolsPolicyEvaluator EVALUATOR = DroolsPolicyEvaluator.builder().build();

    private static ContentItem.Builder comment(String id, int priorViolations) {
        return ContentItem.builder(id, ContentKind.COMMENT).text("Comment body.")
                .author(new Author(null, null, priorViolations, false));
    }

    @Test
    void oneFindingPerConductSectionNamedForTheSection() {
        // given: conduct in harassment (REMOVE) and in hate (RESTRICT) by an author with 2 prior violations
        ContentItem item = comment("ro/1", 2).signal("harassment/threatening", 0.9).signal("hate/threatening", 0.6).build();

        // when
        Decision decision = EVALUATOR.evaluate(item);

        // then
        assertThat(decision.findings()).filteredOn(f -> f.rule().endsWith("repeat offender"))
                .extracting(Finding::section, Finding::rule, Finding::verdict, Finding::actions)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("harassment", "harassment: repeat offender", Verdict.REMOVE,
                                List.of(Action.HUMAN_REVIEW, Action.SUSPEND_AUTHOR)),
                        org.assertj.core.groups.Tuple.tuple("hate", "hate: repeat offender", Verdict.RESTRICT,
                                List.of(Action.HUMAN_REVIEW, Action.SUSPEND_AUTHOR)));
        assertThat(decision.findings()).filteredOn(f -> f.rule().endsWith("repeat offender"))
                .allSatisfy(f -> assertThat(f.evidence()).containsExactly("author.priorViolations=2"));
    }

    @Test
    void listedAfterTheSectionsBulletsAndNamingItsLastConductFinding() {
        // given: two conduct findings in harassment, bullets 1 (REMOVE) and 3 (RESTRICT)
        ContentItem item = comment("ro/2", 3).signal("harassment/threatening", 0.9).signal("harassment", 0.9).build();

        // when
        Decision decision = EVALUATOR.evaluate(item);

        // then: verdict, then bullet: bullet 1, the escalation (after bullets 1-6, verdict REMOVE), bullet 3
        assertThat(decision.findings()).extracting(Finding::rule).containsExactly(
                "harassment: threatening community content", "harassment: repeat offender",
                "harassment: harassing community content");
        assertThat(decision.findings().get(1).rationale()).contains("(harassment: harassing community content)");
    }

    @Test
    void onlyConductRulesEscalate() {
        // given: privacy bullet 2 gives RESTRICT on a comment but is not @conduct; priorViolations 3
        ContentItem card = comment("ro/3", 3).text("my card 4111 1111 1111 1111").build();
        // and a REMOVE on an artifact is never conduct
        ContentItem dataset = ContentItem.builder("ro/4", ContentKind.DATASET).license("mit").text("Dataset card.")
                .author(new Author(null, null, 3, false)).signal("hate", 0.9).build();

        // then
        assertThat(EVALUATOR.evaluate(card).findings()).extracting(Finding::rule)
                .containsExactly("privacy: sensitive identifier in community content");
        assertThat(EVALUATOR.evaluate(dataset).findings()).extracting(Finding::rule)
                .containsExactly("hate: hateful artifact");
    }
}
