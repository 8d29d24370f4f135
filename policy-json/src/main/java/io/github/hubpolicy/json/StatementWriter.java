package io.github.hubpolicy.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.hubpolicy.api.transparency.CategoryKeyword;
import io.github.hubpolicy.api.transparency.ContentType;
import io.github.hubpolicy.api.transparency.DecisionVisibility;
import io.github.hubpolicy.api.transparency.StatementCategory;
import io.github.hubpolicy.api.transparency.StatementOfReasons;
import io.github.hubpolicy.api.transparency.Territory;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;

/**
 * Writes a {@link StatementOfReasons} as one line of JSON in the field names and value keys of
 * the DSA Transparency Database submission schema ({@code POST /api/v1/statement}). Optional
 * fields without a value are left out, as the schema allows.
 */
public final class StatementWriter {
    private StatementWriter() {
    }

    /**
     * The statement for its recipient: the schema's fields between two that are not in the
     * schema, {@code "id"} (the item) first and {@code "redress"} last.
     */
    public static String toJson(StatementOfReasons statement) {
        return JsonOut.write(out -> {
            out.writeStartObject();
            out.writeStringField("id", statement.itemId());
            fields(out, statement);
            out.writeStringField("redress", statement.redress());
            out.writeEndObject();
        });
    }

    /**
     * The submission to the Transparency Database: the schema's fields only. The item id stays
     * out, since the database is public and an id can name a person's account.
     */
    public static String toSubmissionJson(StatementOfReasons statement) {
        return JsonOut.write(out -> {
            out.writeStartObject();
            fields(out, statement);
            out.writeEndObject();
        });
    }

    private static void fields(JsonGenerator out, StatementOfReasons s) throws IOException {
        keys(out, "decision_visibility", s.decisionVisibility(), DecisionVisibility::key);
        optional(out, "decision_visibility_other", s.decisionVisibilityOther());
        out.writeStringField("decision_ground", StatementOfReasons.DECISION_GROUND);
        optional(out, "decision_ground_reference_url", s.decisionGroundReferenceUrl());
        out.writeStringField("incompatible_content_ground", s.incompatibleContentGround());
        out.writeStringField("incompatible_content_explanation", s.incompatibleContentExplanation());
        out.writeStringField("category", s.category().key());
        if (!s.categoryAddition().isEmpty()) {
            keys(out, "category_addition", s.categoryAddition(), StatementCategory::key);
        }
        if (!s.categorySpecification().isEmpty()) {
            keys(out, "category_specification", s.categorySpecification(), CategoryKeyword::key);
        }
        keys(out, "content_type", s.contentType(), ContentType::key);
        optional(out, "content_type_other", s.contentTypeOther());
        keys(out, "territorial_scope", s.territorialScope(), Territory::name);
        out.writeStringField("content_date", s.contentDate().toString());           // ISO: YYYY-MM-DD
        out.writeStringField("application_date", s.applicationDate().toString());
        out.writeStringField("decision_facts", s.decisionFacts());
        out.writeStringField("source_type", s.sourceType().key());
        optional(out, "source_identity", s.sourceIdentity());
        out.writeStringField("automated_detection", s.automatedDetection() ? "Yes" : "No");  // the schema's spelling
        out.writeStringField("automated_decision", s.automatedDecision().key());
        out.writeStringField("puid", s.puid());
    }

    private static <E> void keys(JsonGenerator out, String name, List<E> values, Function<E, String> key) throws IOException {
        out.writeArrayFieldStart(name);
        for (E value : values) {
            out.writeString(key.apply(value));
        }
        out.writeEndArray();
    }

    private static void optional(JsonGenerator out, String name, String value) throws IOException {
        if (value != null) {
            out.writeStringField(name, value);
        }
    }
}
