package io.github.hubpolicy.transparency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.hubpolicy.api.Action;
import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.ContentKind;
import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.api.Finding;
import io.github.hubpolicy.api.PolicyId;
import io.github.hubpolicy.api.Verdict;
import io.github.hubpolicy.rules.DroolsPolicyEvaluator;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StatementsTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-09-15T10:30:00Z"), ZoneOffset.UTC);
    static final StatementSettings SETTINGS = StatementSettings.builder()
            .policyDocument(URI.create("https://hub.example/content-policy"))
            .redress("Appeal at https://hub.example/appeals within six months.")
            .automatedDecision(AutomatedDecision.PARTIALLY)
            .clock(CLOCK)
            .build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static DroolsPolicyEvaluator evaluator;

    @BeforeAll
    static void compile() {
        evaluator = DroolsPolicyEvaluator.builder().build();
    }

    private static StatementOfReasons statement(String sampleId) {
        ContentItem item = Samples.item(sampleId);
        return Statements.with(SETTINGS).of(evaluator.evaluate(item), item).orElseThrow();
    }

    @Test
    void removedCommentGetsARemovalStatementInTheHarassmentCategory() {
        // given a threatening comment (REMOVE: HUMAN_REVIEW, REMOVE, WARN_AUTHOR)
        StatementOfReasons s = statement("comments/1002");

        // then
        assertThat(s.itemId()).isEqualTo("comments/1002");
        assertThat(s.decisionVisibility()).containsExactly(DecisionVisibility.CONTENT_REMOVED);
        assertThat(s.decisionVisibilityOther()).isNull();
        assertThat(s.category()).isEqualTo(StatementCategory.CYBER_VIOLENCE);
        assertThat(s.categorySpecification()).containsExactly(CategoryKeyword.CYBER_HARASSMENT);
        assertThat(s.contentType()).containsExactly(ContentType.TEXT);
        assertThat(s.contentTypeOther()).isNull();
        assertThat(s.incompatibleContentGround())
                .isEqualTo("Content guidelines 2023-08-30, section harassment: Harassment and aggression toward people");
        assertThat(s.incompatibleContentExplanation()).startsWith("No aggressive or harassing language")
                .contains("Threatening harassment (harassment/threatening 0.92");
        assertThat(s.decisionGroundReferenceUrl()).isEqualTo("https://hub.example/content-policy#harassment");
        assertThat(s.decisionFacts()).startsWith("harassment (REMOVE): Threatening harassment")
                .contains("Evidence: signals.harassment/threatening=0.92");
        assertThat(s.applicationDate()).isEqualTo(LocalDate.of(2025, 9, 15));
        assertThat(s.contentDate()).isEqualTo(s.applicationDate());
        assertThat(s.sourceType()).isEqualTo(SourceType.VOLUNTARY);
        assertThat(s.sourceIdentity()).isNull();
        assertThat(s.automatedDetection()).isTrue();
        assertThat(s.automatedDecision()).isEqualTo(AutomatedDecision.PARTIALLY);
        assertThat(s.territorialScope()).containsExactlyElementsOf(EnumSet.allOf(Territory.class));
        assertThat(s.redress()).isEqualTo("Appeal at https://hub.example/appeals within six months.");
        assertThat(s.puid()).matches("sor-[0-9a-f]{32}");
    }

    @Test
    void suspensionIsNotAnAccountDecisionBecauseAPersonConfirmsIt() {
        // given a comment whose author is a repeat offender: the decision recommends SUSPEND_AUTHOR
        ContentItem item = ContentItem.builder("comments/9", ContentKind.COMMENT).text("Leave or else.")
                .signal("harassment/threatening", 0.95)
                .author(new io.github.hubpolicy.api.Author("troll", 400, 3, false)).build();
        Decision decision = evaluator.evaluate(item);
        assertThat(decision.actions()).contains(Action.SUSPEND_AUTHOR);

        // then the statement is about the content alone
        StatementOfReasons s = Statements.with(SETTINGS).of(decision, item).orElseThrow();
        assertThat(s.decisionVisibility()).containsExactly(DecisionVisibility.CONTENT_REMOVED);
        String json = TransparencyJson.toSubmissionJson(s);
        assertThat(json).doesNotContain("decision_account").doesNotContain("DECISION_ACCOUNT");
    }

    @Test
    void restrictedModelGetsADisablingStatementWithoutTheDepictedPersonsName() {
        // given a voice clone of a private person without consent (RESTRICT: NOTIFY_AUTHOR, HUMAN_REVIEW,
        // DISABLE) that is also a voice-clone tool (LABEL: SHOW_WARNING, REQUEST_CHANGE)
        StatementOfReasons s = statement("models/acme/voice-of-jane");

        // then
        assertThat(s.decisionVisibility()).containsExactly(DecisionVisibility.CONTENT_DISABLED, DecisionVisibility.CONTENT_LABELLED);
        assertThat(s.category()).isEqualTo(StatementCategory.DATA_PROTECTION_AND_PRIVACY_VIOLATIONS);
        assertThat(s.categorySpecification()).containsExactly(CategoryKeyword.MISSING_PROCESSING_GROUND);
        assertThat(s.contentType()).containsExactly(ContentType.OTHER);
        assertThat(s.contentTypeOther()).isEqualTo(Statements.MODEL);
        assertThat(s.decisionGroundReferenceUrl()).isEqualTo("https://hub.example/content-policy#consent.likeness");
        assertThat(s.decisionFacts()).contains("people[0] (private person)").contains("people[0].likeness=voice");
        String json = TransparencyJson.toJson(s);
        assertThat(json).doesNotContain("Jane Doe");
    }

    @Test
    void gatingIsAnOtherRestrictionDescribed() {
        // given a dataset of unconsented personal data (RESTRICT: REQUEST_CHANGE, HUMAN_REVIEW, GATE_ACCESS)
        StatementOfReasons s = statement("datasets/z/scraped-selfies");

        assertThat(s.decisionVisibility()).containsExactly(DecisionVisibility.OTHER);
        assertThat(s.decisionVisibilityOther()).isEqualTo(Statements.GATED);
        assertThat(s.contentTypeOther()).isEqualTo(Statements.DATASET);
    }

    @Test
    void actionsMapToVisibilityRestrictions() {
        assertThat(Statements.visibility(Verdict.RESTRICT, List.of(Action.HIDE, Action.WARN_AUTHOR)))
                .containsExactly(DecisionVisibility.CONTENT_DISABLED);
        assertThat(Statements.visibility(Verdict.RESTRICT, List.of(Action.HUMAN_REVIEW, Action.DOWNRANK)))
                .containsExactly(DecisionVisibility.CONTENT_DEMOTED);
        assertThat(Statements.visibility(Verdict.RESTRICT, List.of(Action.ADD_AUDIENCE_TAG, Action.DISABLE)))
                .containsExactly(DecisionVisibility.CONTENT_DISABLED, DecisionVisibility.CONTENT_LABELLED);
        assertThat(Statements.visibility(Verdict.REMOVE, List.of(Action.HUMAN_REVIEW, Action.SUSPEND_AUTHOR)))
                .containsExactly(DecisionVisibility.CONTENT_REMOVED);
        assertThat(Statements.visibility(Verdict.RESTRICT, List.of(Action.HUMAN_REVIEW, Action.SUSPEND_AUTHOR))).isEmpty();
        assertThat(Statements.contentType(ContentKind.SPACE)).isEqualTo(ContentType.APP);
        assertThat(Statements.contentType(ContentKind.DISCUSSION)).isEqualTo(ContentType.TEXT);
    }

    @Test
    void restrictWithoutAVisibilityActionIsDescribedAsOther() {
        Decision decision = decision("comments/7", Verdict.RESTRICT, List.of(Action.HUMAN_REVIEW),
                List.of(finding("harassment", Verdict.RESTRICT, "A host rule restricts it.")));
        ContentItem item = ContentItem.builder("comments/7", ContentKind.COMMENT).build();

        StatementOfReasons s = Statements.with(SETTINGS).of(decision, item).orElseThrow();

        assertThat(s.decisionVisibility()).containsExactly(DecisionVisibility.OTHER);
        assertThat(s.decisionVisibilityOther()).isEqualTo(Statements.LIMITED);
    }

    @Test
    void labelReviewAndAllowDecisionsGetNoStatement() {
        for (String id : List.of("models/studio/anime-diffusion-nsfw", "spaces/r/chat-demo", "models/acme/bert-sentiment")) {
            ContentItem item = Samples.item(id);
            assertThat(Statements.with(SETTINGS).of(evaluator.evaluate(item), item)).as(id).isEmpty();
        }
    }

    @Test
    void otherRestrictingSectionsAddCategoriesAndKeywords() {
        // given a comment that is both hateful and harassing, both REMOVE
        ContentItem item = ContentItem.builder("comments/8", ContentKind.COMMENT).text("…")
                .signal("hate", 0.95).signal("harassment/threatening", 0.9).build();

        StatementOfReasons s = Statements.with(SETTINGS).of(evaluator.evaluate(item), item).orElseThrow();

        assertThat(s.category()).isEqualTo(StatementCategory.CYBER_VIOLENCE);   // harassment comes first in the catalog
        assertThat(s.categoryAddition()).containsExactly(StatementCategory.ILLEGAL_OR_HARMFUL_SPEECH);
        assertThat(s.categorySpecification()).containsExactly(CategoryKeyword.HATE_SPEECH, CategoryKeyword.CYBER_HARASSMENT);
        assertThat(s.incompatibleContentExplanation()).endsWith("Also against section hate (Hateful content).");
    }

    @Test
    void hostSettingsReachTheStatement() {
        StatementSettings settings = StatementSettings.builder()
                .policyDocument(URI.create("https://hub.example/policy"))
                .redress("Reply to the notice to appeal.")
                .automatedDetection(false)
                .automatedDecision(AutomatedDecision.NOT_AUTOMATED)
                .sourceType(SourceType.ARTICLE_16)
                .sourceIdentity("A notifier")
                .territorialScope(Set.of(Territory.DE, Territory.AT))
                .clock(CLOCK)
                .puids(d -> "case-4711")
                .contentDates(i -> LocalDate.of(2024, 2, 29))
                .build();
        ContentItem item = Samples.item("comments/1002");

        StatementOfReasons s = Statements.with(settings).of(evaluator.evaluate(item), item).orElseThrow();

        assertThat(s.puid()).isEqualTo("case-4711");
        assertThat(s.contentDate()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(s.sourceType()).isEqualTo(SourceType.ARTICLE_16);
        assertThat(s.sourceIdentity()).isEqualTo("A notifier");
        assertThat(s.territorialScope()).containsExactly(Territory.AT, Territory.DE);
        assertThat(s.automatedDetection()).isFalse();
        assertThat(s.automatedDecision()).isEqualTo(AutomatedDecision.NOT_AUTOMATED);
    }

    @Test
    void hostPuidsMustMatchTheSchema() {
        StatementSettings settings = StatementSettings.builder().policyDocument(URI.create("https://hub.example/p"))
                .redress("r").automatedDecision(AutomatedDecision.FULLY).puids(d -> "has space").build();
        ContentItem item = Samples.item("comments/1002");
        assertThatThrownBy(() -> Statements.with(settings).of(evaluator.evaluate(item), item))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("puid");
    }

    @Test
    void settingsNeedTheHostsDocumentRedressAndAutomation() {
        assertThatThrownBy(() -> StatementSettings.builder().redress("r").automatedDecision(AutomatedDecision.FULLY).build())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> StatementSettings.builder().policyDocument(URI.create("https://hub.example/p#x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StatementSettings.builder().policyDocument(URI.create("/relative")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void longFactsAndExplanationsAreCutToTheSchemasLimits() {
        // given 12 findings of 900 characters each
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            findings.add(finding("hate", Verdict.REMOVE, String.join("", Collections.nCopies(90, "0123456789"))));
        }
        Decision decision = decision("comments/5", Verdict.REMOVE, List.of(Action.REMOVE), findings);
        ContentItem item = ContentItem.builder("comments/5", ContentKind.COMMENT).build();

        StatementOfReasons s = Statements.with(SETTINGS).of(decision, item).orElseThrow();

        assertThat(s.decisionFacts().length()).isLessThanOrEqualTo(StatementOfReasons.MAX_FACTS);
        assertThat(s.decisionFacts()).endsWith("more findings left out)");
        assertThat(s.decisionFacts().lines().count()).isEqualTo(6);   // five whole findings and the count
        assertThat(s.incompatibleContentExplanation().length()).isLessThanOrEqualTo(StatementOfReasons.MAX_EXPLANATION);
        assertThat(Statements.clip("a😀b", 3)).isEqualTo("a…");   // never half a surrogate pair
    }

    @Test
    void theDecisionMustBeAboutTheItem() {
        ContentItem item = Samples.item("comments/1002");
        Decision other = evaluator.evaluate(Samples.item("comments/1001"));
        assertThatThrownBy(() -> Statements.with(SETTINGS).of(other, item)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void submissionHoldsOnlySchemaFieldsAndTheFullFormAddsIdAndRedress() throws Exception {
        StatementOfReasons s = statement("models/x/undress-ai");

        JsonNode submission = JSON.readTree(TransparencyJson.toSubmissionJson(s));
        JsonNode full = JSON.readTree(TransparencyJson.toJson(s));

        DsaSchema.assertConforms(submission);
        assertThat(submission.has("id")).isFalse();
        assertThat(submission.has("redress")).isFalse();
        assertThat(full.get("id").asText()).isEqualTo("models/x/undress-ai");
        assertThat(full.get("redress").asText()).isEqualTo(SETTINGS.redress());
        assertThat(submission.get("decision_ground").asText()).isEqualTo("DECISION_GROUND_INCOMPATIBLE_CONTENT");
        assertThat(submission.get("automated_detection").asText()).isEqualTo("Yes");
        assertThat(submission.get("category_specification").toString())
                .isEqualTo("[\"KEYWORD_NON_CONSENSUAL_IMAGE_SHARING\",\"KEYWORD_NON_CONSENSUAL_MATERIAL_DEEPFAKE\"]");
    }

    static Decision decision(String id, Verdict verdict, List<Action> actions, List<Finding> findings) {
        return new Decision(id, verdict, actions, findings, new PolicyId("2023-08-30", "sha256:00"));
    }

    static Finding finding(String section, Verdict verdict, String rationale) {
        return new Finding(section, section + ": test", verdict, List.of(), rationale, List.of());
    }
}
