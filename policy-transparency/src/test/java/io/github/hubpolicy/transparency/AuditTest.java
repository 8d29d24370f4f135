package io.github.hubpolicy.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.ContentKind;
import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.api.Person;
import io.github.hubpolicy.api.Target;
import io.github.hubpolicy.api.TargetKind;
import io.github.hubpolicy.api.catalog.PolicySections;
import io.github.hubpolicy.rules.DroolsPolicyEvaluator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Audit lines of real decisions: nothing personal leaks, and a line replays to the same decision. */
class AuditTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-09-15T10:30:00Z"), ZoneOffset.UTC);
    private static final AuditRecords WRITER = AuditRecords.with(AuditSettings.builder().clock(CLOCK).salt("test-salt").build());

    private static DroolsPolicyEvaluator evaluator;

    @BeforeAll
    static void compile() {
        evaluator = DroolsPolicyEvaluator.builder().build();
    }

    @Test
    void contactDetailsIdentifiersAndCredentialsNeverAppear() {
        // given a hostile comment aimed at a user that discloses an email, a phone number and a
        // card number, and leaks a hub access token
        String email = "jane.doe@mailbox.example.org";
        String phone = "+1 415 555 0199";
        String card = "4111 1111 1111 1111";
        String token = "hf_" + "AbCdEfGhIjKlMnOpQrStUvWxYz01234567";
        ContentItem item = ContentItem.builder("comments/4242", ContentKind.COMMENT)
                .text("Everyone write to " + email + " or call " + phone + ". Her card: " + card + ". My key " + token)
                .target(new Target(TargetKind.USER, "jane"))
                .signal("harassment", 0.7)
                .build();
        Decision decision = evaluator.evaluate(item);
        assertThat(decision.sections()).contains("privacy", "security.credentials");

        // when
        String line = TransparencyJson.toJson(WRITER.of(decision, item));

        // then
        for (String secret : List.of(email, "jane.doe", "mailbox.example", phone, "415 555", "0199", card,
                "4111111111111111", "1111 1111", token, "AbCdEfGhIjKlMnOpQrStUvWxYz01234567")) {
            assertThat(line).as("audit line holds %s", secret).doesNotContain(secret);
        }
        assertThat(line).contains("email address at").contains("phone number at").contains("payment card number")
                .contains("hub access token");
    }

    @Test
    void depictedPeopleAreNamedByAStableSaltedHashUnlessTheHostOptsIn() {
        ContentItem item = Samples.item("models/acme/voice-of-jane");
        Decision decision = evaluator.evaluate(item);
        assertThat(decision.findings().get(0).rationale()).contains("Jane Doe");

        String line = TransparencyJson.toJson(WRITER.of(decision, item));
        String again = TransparencyJson.toJson(AuditRecords.with(AuditSettings.builder().clock(CLOCK).salt("test-salt").build()).of(decision, item));
        String otherSalt = TransparencyJson.toJson(AuditRecords.with(AuditSettings.builder().clock(CLOCK).salt("other").build()).of(decision, item));
        String kept = TransparencyJson.toJson(AuditRecords.with(AuditSettings.builder().clock(CLOCK).keepNames(true).build()).of(decision, item));

        assertThat(line).doesNotContain("Jane").containsPattern("of person:[0-9a-f]{12} \\(private person\\)");
        assertThat(again).isEqualTo(line);
        assertThat(otherSalt).isNotEqualTo(line).doesNotContain("Jane");
        assertThat(kept).contains("Jane Doe (private person)");
    }

    @Test
    void aNameIsReplacedOnlyAsAWholeWord() {
        ContentItem item = ContentItem.builder("models/a/b", ContentKind.MODEL).license("mit")
                .person(Person.of("Al", io.github.hubpolicy.api.Likeness.FACE)).build();
        Decision decision = evaluator.evaluate(item);

        String line = TransparencyJson.toJson(WRITER.of(decision, item));

        assertThat(line).contains("person:").doesNotContain("of Al ").contains("Reproduces");
    }

    @Test
    void everySampleAuditLineReplaysToTheSameDecision() {
        for (ContentItem item : Samples.items()) {
            // given a line written when the item was decided
            String line = TransparencyJson.toJson(WRITER.of(evaluator.evaluate(item), item));

            // when it is read back and the item decided again by an evaluator built the same way
            AuditRecord record = TransparencyJson.parseAudit(line);
            DroolsPolicyEvaluator replay = evaluator;   // the same rule set: its digest is checked below
            Decision again = WRITER.of(replay.evaluate(item), item).decision();

            // then
            assertThat(record.decision().policy().rules()).as(item.id()).isEqualTo(replay.policy().rules());
            assertThat(record.decision().policy().version()).isEqualTo(PolicySections.POLICY_VERSION);
            assertThat(record.itemDigest()).isEqualTo(AuditRecords.itemDigest(item));
            assertThat(record.time()).isEqualTo(CLOCK.instant());
            assertThat(record.decision().verdict()).as(item.id()).isEqualTo(again.verdict());
            assertThat(record.decision().actions()).as(item.id()).isEqualTo(again.actions());
            assertThat(record.decision().findings()).as(item.id()).isEqualTo(again.findings());
            assertThat(record.decision()).isEqualTo(again);
        }
    }

    @Test
    void aFreshlyBuiltEvaluatorHasTheSameRuleDigest() {
        assertThat(DroolsPolicyEvaluator.builder().build().policy()).isEqualTo(evaluator.policy());
        assertThat(DroolsPolicyEvaluator.builder().researchContext(false).build().policy().rules())
                .isNotEqualTo(evaluator.policy().rules());
    }
}
