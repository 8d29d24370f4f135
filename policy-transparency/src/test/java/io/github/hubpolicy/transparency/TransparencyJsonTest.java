package io.github.hubpolicy.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hubpolicy.api.Signal;
import io.github.hubpolicy.api.catalog.SectionInfo;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransparencyJsonTest {
    private static final StatementOfReasons STATEMENT = new StatementOfReasons("datasets/z/selfies", "sor-1",
            List.of(DecisionVisibility.OTHER), "Access gated.", "https://hub.example/p#consent.personal-data",
            "Content guidelines 2023-08-30, section consent.personal-data: Other people's data without consent",
            "Built from personal data.", StatementCategory.DATA_PROTECTION_AND_PRIVACY_VIOLATIONS,
            List.of(StatementCategory.CYBER_VIOLENCE), List.of(CategoryKeyword.MISSING_PROCESSING_GROUND),
            List.of(ContentType.OTHER), "Dataset repository", List.of(Territory.DE, Territory.AT),
            LocalDate.of(2024, 2, 29), LocalDate.of(2025, 9, 15), "consent.personal-data (RESTRICT): Built from data.",
            SourceType.ARTICLE_16, "A notifier", false, AutomatedDecision.PARTIALLY, "Appeal at https://hub.example/appeal.");

    @Test
    void writesTheSchemasFieldNamesAndKeys() {
        assertThat(TransparencyJson.toSubmissionJson(STATEMENT)).isEqualTo("{"
                + "\"decision_visibility\":[\"DECISION_VISIBILITY_OTHER\"],\"decision_visibility_other\":\"Access gated.\","
                + "\"decision_ground\":\"DECISION_GROUND_INCOMPATIBLE_CONTENT\","
                + "\"decision_ground_reference_url\":\"https://hub.example/p#consent.personal-data\","
                + "\"incompatible_content_ground\":\"Content guidelines 2023-08-30, section consent.personal-data: Other people's data without consent\","
                + "\"incompatible_content_explanation\":\"Built from personal data.\","
                + "\"category\":\"STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS\","
                + "\"category_addition\":[\"STATEMENT_CATEGORY_CYBER_VIOLENCE\"],"
                + "\"category_specification\":[\"KEYWORD_MISSING_PROCESSING_GROUND\"],"
                + "\"content_type\":[\"CONTENT_TYPE_OTHER\"],\"content_type_other\":\"Dataset repository\","
                + "\"territorial_scope\":[\"AT\",\"DE\"],\"content_date\":\"2024-02-29\",\"application_date\":\"2025-09-15\","
                + "\"decision_facts\":\"consent.personal-data (RESTRICT): Built from data.\","
                + "\"source_type\":\"SOURCE_ARTICLE_16\",\"source_identity\":\"A notifier\","
                + "\"automated_detection\":\"No\",\"automated_decision\":\"AUTOMATED_DECISION_PARTIALLY\",\"puid\":\"sor-1\"}");
    }

    @Test
    void theFullFormAddsTheItemFirstAndTheRedressLast() {
        String json = TransparencyJson.toJson(STATEMENT);
        assertThat(json).startsWith("{\"id\":\"datasets/z/selfies\",\"decision_visibility\":")
                .endsWith(",\"puid\":\"sor-1\",\"redress\":\"Appeal at https://hub.example/appeal.\"}");
    }

    @Test
    void writesASectionOfTheCrosswalk() {
        SectionCrosswalk hate = new SectionCrosswalk(new SectionInfo("hate", "Hateful content", "No hateful content.",
                List.of(Signal.HATE, Signal.HATE_THREATENING)), StatementCategory.ILLEGAL_OR_HARMFUL_SPEECH,
                List.of(CategoryKeyword.HATE_SPEECH), List.of(LlamaGuardCategory.S10));
        assertThat(TransparencyJson.toJson(hate)).isEqualTo("{\"id\":\"hate\",\"title\":\"Hateful content\","
                + "\"summary\":\"No hateful content.\",\"dsaCategory\":\"STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH\","
                + "\"dsaKeywords\":[\"KEYWORD_HATE_SPEECH\"],\"signals\":[\"hate\",\"hate/threatening\"],"
                + "\"llamaGuard\":[{\"code\":\"S10\",\"name\":\"Hate\"}]}");
    }
}
