package io.github.hubpolicy.rules.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hubpolicy.api.Action;
import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.api.Finding;
import io.github.hubpolicy.api.Verdict;
import io.github.hubpolicy.json.DecisionWriter;
import io.github.hubpolicy.json.ItemReader;
import io.github.hubpolicy.json.ItemWriter;
import io.github.hubpolicy.rules.DroolsPolicyEvaluator;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue 6, item 3: any item the API lets a caller build is decided, never with an exception, by a
 * well-formed decision, and the same way every time (also after a trip through the wire format).
 */
class ArbitraryItemsTest {
    /** One evaluator for every try: building one compiles the rules. */
    private static final DroolsPolicyEvaluator EVALUATOR = DroolsPolicyEvaluator.builder().build();

    @Provide
    Arbitrary<ContentItem> items() {
        return FuzzItems.items();
    }

    /**
     * One property for the four promises, so that each try builds one item and evaluates it three
     * times: directly, again, and after a trip through the wire format.
     */
    @Property(tries = 10_000)
    void everyItemGetsAWellFormedDecisionTheSameEveryTime(@ForAll("items") ContentItem item) {
        // when
        Decision decision = EVALUATOR.evaluate(item);
        Decision again = EVALUATOR.evaluate(item);
        ContentItem readBack = ItemReader.strict().parse(ItemWriter.toJson(item));
        Decision afterRoundTrip = EVALUATOR.evaluate(readBack);

        // then
        assertWellFormed(item, decision);
        assertThat(again).isEqualTo(decision);
        assertThat(readBack).isEqualTo(item);
        assertThat(afterRoundTrip).isEqualTo(decision);
    }

    /** The promises of {@link Decision}'s documentation, for any item. */
    static void assertWellFormed(ContentItem item, Decision decision) {
        assertThat(decision.id()).isEqualTo(item.id());
        assertThat(decision.policy()).isEqualTo(EVALUATOR.policy());
        Verdict mostSevere = decision.findings().stream().map(Finding::verdict).reduce(Verdict.ALLOW, Verdict::max);
        assertThat(decision.verdict()).isEqualTo(mostSevere);
        assertCanonical(decision.actions());
        for (Finding finding : decision.findings()) {
            assertCanonical(finding.actions());
        }
        List<Verdict> verdicts = decision.findings().stream().map(Finding::verdict).toList();
        assertThat(verdicts).as("findings, most severe first").isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(DecisionWriter.toJson(decision)).doesNotContain("\n");
    }

    /** In declaration (canonical) order, without repeats. */
    private static void assertCanonical(List<Action> actions) {
        for (int i = 1; i < actions.size(); i++) {
            assertThat(actions.get(i).ordinal()).as("actions %s in canonical order", actions)
                    .isGreaterThan(actions.get(i - 1).ordinal());
        }
    }
}
