package io.github.hubpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hubpolicy.api.Action;
import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.ContentKind;
import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.api.Finding;
import io.github.hubpolicy.api.Verdict;
import io.github.hubpolicy.rules.detect.TextScan;
import io.github.hubpolicy.rules.detect.Detectors;
import org.junit.jupiter.api.Test;

/** The per-item budget on libphonenumber work ({@link Limits#maxPhoneLibraryChars()}). */
class PhoneLibraryBudgetTest {
    /** Digit groups the library reads at its slowest, with a real number among them so that they pass the pre-filter. */
    private static final String ADVERSARIAL_UNIT = "4111 4111 4111 4111 4111 4111 4111 415 555 0199 ";

    @Test
    void anAdversarialItemSpendsTheBudgetAndIsSentToAPersonNamingWhatWasNotRead() {
        // given: 4 times the default budget of text that the library must read, in lines (pieces of its own)
        String line = ADVERSARIAL_UNIT + "\n";
        String text = line.repeat(4 * Detectors.DEFAULT_PHONE_LIBRARY_CHARS / line.length());
        ContentItem item = ContentItem.builder("c/adversarial", ContentKind.COMMENT).text(text).build();

        // when
        Decision decision = DroolsPolicyEvaluator.builder().build().evaluate(item);

        // then
        assertThat(decision.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(decision.actions()).contains(Action.HUMAN_REVIEW);
        assertThat(decision.findings()).filteredOn(f -> f.section().equals("engine")).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("engine: detector budget exhausted");
            assertThat(f.verdict()).isEqualTo(Verdict.REVIEW);
            assertThat(f.evidence()).singleElement().asString()
                    .matches("phone numbers: text characters [0-9]+ to " + (text.length() - 1) + " not read");
        });
        // What was read is less than the budget past the start of what was not.
        String evidence = engineFinding(decision).evidence().get(0);
        int notReadFrom = Integer.parseInt(evidence.replaceAll(".*characters ([0-9]+) to.*", "$1"));
        assertThat(notReadFrom).isPositive().isLessThanOrEqualTo(Detectors.DEFAULT_PHONE_LIBRARY_CHARS);
    }

    @Test
    void aNormalItemWithManyRealPhoneNumbersStaysWithinTheBudget() {
        // given: a contact list of 80 distinct numbers, as a team page might hold
        StringBuilder text = new StringBuilder("Our team, for questions about the release:\n");
        for (int i = 0; i < 40; i++) {
            text.append(String.format("Member %d: (415) 555-%04d, office %d, or +44 20 7946 %04d after hours.%n", i, i, i, i));
        }
        ContentItem item = ContentItem.builder("c/contacts", ContentKind.COMMENT).text(text.toString()).build();

        // when
        Decision decision = DroolsPolicyEvaluator.builder().build().evaluate(item);
        TextScan scan = Detectors.forPhoneRegion("US").scan(null, text.toString(), false);

        // then: every number read, no engine finding
        assertThat(scan.unscanned()).isEmpty();
        assertThat(scan.contactDetails()).hasSize(80);
        assertThat(decision.findings()).extracting(Finding::section).doesNotContain("engine");
    }

    @Test
    void aBudgetOfNoneStopsAtTheFirstPieceThatCouldHoldANumberAndOnlyThere() {
        DroolsPolicyEvaluator evaluator = DroolsPolicyEvaluator.builder()
                .limits(Limits.DEFAULT.withMaxPhoneLibraryChars(0)).build();

        Decision withNumber = evaluator.evaluate(ContentItem.builder("c/1", ContentKind.COMMENT)
                .title("Call me").text("Dates 2023-08-30, versions 1.2.3, and my number (415) 555-0199.").build());
        Decision withoutNumber = evaluator.evaluate(ContentItem.builder("c/2", ContentKind.COMMENT)
                .title("Release 2.1").text("Dates 2023-08-30, versions 1.2.3, scores 0.85 0.91, seed 42.").build());

        assertThat(engineFinding(withNumber).evidence()).containsExactly("phone numbers: text characters 47 to 63 not read");
        assertThat(withNumber.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(withoutNumber.findings()).extracting(Finding::section).doesNotContain("engine");
    }

    @Test
    void theBudgetIsPartOfTheRuleSetIdentityOnlyWhenNotTheDefault() {
        String defaults = DroolsPolicyEvaluator.builder().build().settings();
        String same = DroolsPolicyEvaluator.builder().limits(Limits.DEFAULT).build().settings();
        String other = DroolsPolicyEvaluator.builder().limits(Limits.DEFAULT.withMaxPhoneLibraryChars(10)).build().settings();

        assertThat(same).isEqualTo(defaults).doesNotContain("phone-library-chars");
        assertThat(other).endsWith(" phone-library-chars=10");
    }

    @Test
    void aNegativeBudgetIsRefused() {
        assertThatThrownBy(() -> Limits.DEFAULT.withMaxPhoneLibraryChars(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be negative");
        assertThatThrownBy(() -> Detectors.forPhoneRegion("US", -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("phoneLibraryChars must not be negative, was -1");
    }

    private static Finding engineFinding(Decision decision) {
        return decision.findings().stream().filter(f -> f.section().equals("engine")).findFirst().orElseThrow();
    }
}
