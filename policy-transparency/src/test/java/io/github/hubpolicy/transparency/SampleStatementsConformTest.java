package io.github.hubpolicy.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.api.Verdict;
import io.github.hubpolicy.rules.DroolsPolicyEvaluator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Decides every bundled sample item with the bundled rules and validates each statement against
 * the schema's enumerations and limits, copied in {@link DsaSchema} from dsa.md.
 */
class SampleStatementsConformTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everySampleStatementConformsToTheSchema() throws Exception {
        DroolsPolicyEvaluator evaluator = DroolsPolicyEvaluator.builder().build();
        List<String> restricted = new ArrayList<>();
        List<String> stated = new ArrayList<>();
        for (ContentItem item : Samples.items()) {
            Decision decision = evaluator.evaluate(item);
            if (decision.verdict().atLeast(Verdict.RESTRICT)) {
                restricted.add(item.id());
            }
            Optional<StatementOfReasons> statement = Statements.with(StatementsTest.SETTINGS).of(decision, item);
            if (statement.isPresent()) {
                stated.add(item.id());
                JsonNode submission = JSON.readTree(TransparencyJson.toSubmissionJson(statement.get()));
                DsaSchema.assertConforms(submission);
                JsonNode full = JSON.readTree(TransparencyJson.toJson(statement.get()));
                assertThat(full.get("id").asText()).isEqualTo(item.id());
                assertThat(full.get("redress").asText()).isNotBlank();
            }
        }
        assertThat(stated).isEqualTo(restricted).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void theValidatorRejectsValuesOutsideTheSchema() throws Exception {
        JsonNode bad = JSON.readTree("""
                {"decision_visibility":["DECISION_VISIBILITY_CONTENT_HIDDEN"],"decision_ground":"DECISION_GROUND_INCOMPATIBLE_CONTENT",
                 "incompatible_content_ground":"x","incompatible_content_explanation":"y",
                 "category":"STATEMENT_CATEGORY_PORNOGRAPHY_OR_SEXUALIZED_CONTENT","category_specification":["KEYWORD_DANGEROUS_TOYS"],
                 "content_type":["CONTENT_TYPE_OTHER"],"territorial_scope":["UK"],"content_date":"1999-12-31",
                 "application_date":"2025-9-1","decision_facts":"f","source_type":"SOURCE_VOLUNTARY","automated_detection":"yes",
                 "automated_decision":"AUTOMATED_DECISION_FULLY","puid":"a b","id":"x"}""");

        assertThat(DsaSchema.problems(bad)).hasSize(10);
    }
}
