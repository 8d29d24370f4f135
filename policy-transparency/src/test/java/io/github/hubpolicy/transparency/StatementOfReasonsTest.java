package io.github.hubpolicy.transparency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementOfReasonsTest {
    static StatementOfReasons statement(String puid, List<DecisionVisibility> visibility, String visibilityOther,
                                        String facts, LocalDate applied) {
        return new StatementOfReasons("comments/1", puid, visibility, visibilityOther, "https://hub.example/p#hate",
                "ground", "explanation", StatementCategory.ILLEGAL_OR_HARMFUL_SPEECH, List.of(),
                List.of(CategoryKeyword.HATE_SPEECH), List.of(ContentType.TEXT), null, List.of(Territory.SK, Territory.AT),
                applied, applied, facts, SourceType.VOLUNTARY, "ignored for voluntary", true, AutomatedDecision.FULLY,
                "Appeal within six months.");
    }

    @Test
    void keepsSchemaOrderAndDropsTheSourceIdentityOfVoluntaryDecisions() {
        StatementOfReasons s = statement("p-1", List.of(DecisionVisibility.CONTENT_LABELLED, DecisionVisibility.CONTENT_REMOVED),
                null, "facts", LocalDate.of(2025, 1, 2));
        assertThat(s.decisionVisibility()).containsExactly(DecisionVisibility.CONTENT_REMOVED, DecisionVisibility.CONTENT_LABELLED);
        assertThat(s.territorialScope()).containsExactly(Territory.AT, Territory.SK);
        assertThat(s.sourceIdentity()).isNull();
    }

    @Test
    void rejectsWhatTheSchemaRejects() {
        LocalDate day = LocalDate.of(2025, 1, 2);
        List<DecisionVisibility> removed = List.of(DecisionVisibility.CONTENT_REMOVED);
        assertThatThrownBy(() -> statement("has space", removed, null, "f", day)).hasMessageContaining("puid");
        assertThatThrownBy(() -> statement("p", List.of(), null, "f", day)).hasMessage("decisionVisibility must not be empty");
        assertThatThrownBy(() -> statement("p", List.of(DecisionVisibility.OTHER), null, "f", day))
                .hasMessage("decisionVisibilityOther must not be blank");
        assertThatThrownBy(() -> statement("p", removed, "why", "f", day))
                .hasMessage("decisionVisibilityOther is only allowed with OTHER");
        assertThatThrownBy(() -> statement("p", removed, null, "f".repeat(5001), day))
                .hasMessage("decisionFacts must be at most 5000 characters, was 5001");
        assertThatThrownBy(() -> statement("p", removed, null, "f", LocalDate.of(2019, 12, 31)))
                .hasMessage("applicationDate must be between 2020-01-01 and 2038-01-01, was 2019-12-31");
        assertThatThrownBy(() -> statement("p", removed, null, "f", LocalDate.of(2038, 1, 2)))
                .hasMessageContaining("must be between");
    }

    @Test
    void keysAreTheSchemasSpelling() {
        assertThat(DecisionVisibility.CONTENT_REMOVED.key()).isEqualTo("DECISION_VISIBILITY_CONTENT_REMOVED");
        assertThat(ContentType.SYNTHETIC_MEDIA.key()).isEqualTo("CONTENT_TYPE_SYNTHETIC_MEDIA");
        assertThat(SourceType.OTHER_NOTIFICATION.key()).isEqualTo("SOURCE_TYPE_OTHER_NOTIFICATION");
        assertThat(AutomatedDecision.NOT_AUTOMATED.key()).isEqualTo("AUTOMATED_DECISION_NOT_AUTOMATED");
        assertThat(StatementCategory.ofKey("STATEMENT_CATEGORY_VIOLENCE")).isEqualTo(StatementCategory.VIOLENCE);
        assertThatThrownBy(() -> StatementCategory.ofKey("STATEMENT_CATEGORY_PORNOGRAPHY_OR_SEXUALIZED_CONTENT"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Territory.eea()).hasSize(30);
        assertThat(Territory.eu()).hasSize(27).doesNotContain(Territory.NO, Territory.IS, Territory.LI);
    }
}
