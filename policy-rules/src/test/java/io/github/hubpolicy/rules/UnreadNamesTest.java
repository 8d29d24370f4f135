package io.github.hubpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.ContentKind;
import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.api.InvalidItemException;
import io.github.hubpolicy.api.Verdict;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Item signals and capabilities no rule reads never pass silently. */
class UnreadNamesTest {

    private static ContentItem typos(String id) {
        return ContentItem.builder(id, ContentKind.COMMENT).text("A comment.")
                .signal("HATE", 0.99).signal("hat", 0.9).signal("toxicity", 0.7).signal("spam", 0.1)
                .build();
    }

    @Test
    void unreadNamesAreListedWithTheReadNameTheyAreClosestTo() {
        // given
        DroolsPolicyEvaluator evaluator = DroolsPolicyEvaluator.builder().build();
        ContentItem item = ContentItem.builder("models/a", ContentKind.MODEL).license("mit")
                .signal("hat", 0.9).signal("toxicity", 0.7).capability("voice-clon").capability("text-generation").build();

        // when
        List<UnreadName> unread = evaluator.unreadNames(item);

        // then
        assertThat(unread).extracting(UnreadName::message).containsExactlyInAnyOrder(
                "signals.hat: no rule reads signal \"hat\" (did you mean \"hate\"?)",
                "signals.toxicity: no rule reads signal \"toxicity\"",
                "capabilities[0]: no rule reads capability \"voice-clon\" (did you mean \"voice-clone\"?)");
    }

    @Test
    void namesTheCatalogKnowsAreNoTyposEvenWhenNoRuleReadsThem() {
        // given: item-format.md names image-generation and text-generation; no bundled rule reads either
        DroolsPolicyEvaluator evaluator = DroolsPolicyEvaluator.builder().strictNames(true).build();
        ContentItem item = ContentItem.builder("models/b", ContentKind.MODEL).license("mit")
                .capability("image-generation").capability("text-generation").build();
        assertThat(evaluator.namesRead().capabilities()).doesNotContain("image-generation", "text-generation");

        // when / then: neither reported nor refused, even with strict names
        assertThat(evaluator.unreadNames(item)).isEmpty();
        assertThat(evaluator.evaluate(item).verdict()).isEqualTo(Verdict.ALLOW);
    }

    @Test
    void byDefaultTheNamesAreKeptAndEachIsReportedOncePerEvaluator() {
        // given
        List<UnreadName> heard = new CopyOnWriteArrayList<>();
        DroolsPolicyEvaluator evaluator = DroolsPolicyEvaluator.builder().onUnreadName(heard::add).build();

        // when
        Decision first = evaluator.evaluate(typos("comments/1"));
        Decision second = evaluator.evaluate(typos("comments/2"));

        // then: decided as the catalog says (no rule reads them), and each name heard of once
        assertThat(first.verdict()).isEqualTo(Verdict.ALLOW);
        assertThat(second.verdict()).isEqualTo(Verdict.ALLOW);
        assertThat(heard).extracting(UnreadName::field, UnreadName::suggestion).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("signals.HATE", "hate"),
                org.assertj.core.groups.Tuple.tuple("signals.hat", "hate"),
                org.assertj.core.groups.Tuple.tuple("signals.toxicity", null));
    }

    @Test
    void strictNamesRefuseTheItemNamingTheField() {
        // given
        DroolsPolicyEvaluator evaluator = DroolsPolicyEvaluator.builder().strictNames(true).build();
        ContentItem item = ContentItem.builder("comments/3", ContentKind.COMMENT).text("A comment.").signal("hat", 0.9).build();

        // when
        InvalidItemException e = catchThrowableOfType(InvalidItemException.class, () -> evaluator.evaluate(item));

        // then
        assertThat(e).isNotNull();
        assertThat(e.field()).isEqualTo("signals.hat");
        assertThat(e.getMessage()).isEqualTo("field 'signals.hat': no rule reads signal \"hat\" (did you mean \"hate\"?)");
    }

    @Test
    void strictNamesDecideItemsWhoseNamesAreAllRead() {
        // given
        DroolsPolicyEvaluator evaluator = DroolsPolicyEvaluator.builder().strictNames(true).build();
        ContentItem item = ContentItem.builder("comments/4", ContentKind.COMMENT).text("A comment.").signal("hate", 0.95).build();

        // when
        Decision decision = evaluator.evaluate(item);

        // then
        assertThat(decision.verdict()).isEqualTo(Verdict.REMOVE);
        assertThat(decision.sections()).containsExactly("hate");
    }
}
