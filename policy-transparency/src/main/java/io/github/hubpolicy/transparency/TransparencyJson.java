package io.github.hubpolicy.transparency;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.api.Signal;
import io.github.hubpolicy.json.DecisionWriter;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;

/**
 * The one writer of the transparency records, each as one line of compact JSON: statements of
 * reasons (for their recipient, or as a submission to the DSA Transparency Database), audit lines
 * (and reading them back), and the section crosswalk.
 */
public final class TransparencyJson {
    private TransparencyJson() {
    }

    /**
     * The statement for its recipient, in the field names and value keys of the DSA Transparency
     * Database submission schema ({@code POST /api/v1/statement}) between two that are not in the
     * schema, {@code "id"} (the item) first and {@code "redress"} last. Optional fields without a
     * value are left out, as the schema allows.
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

    /** The audit record as one line; every field is written, empty lists included. */
    public static String toJson(AuditRecord record) {
        Decision decision = record.decision();
        return JsonOut.write(out -> {
            out.writeStartObject();
            out.writeStringField("time", record.time().toString());   // ISO-8601, UTC
            out.writeStringField("id", decision.id());
            out.writeStringField("item", record.itemDigest());
            out.writeObjectFieldStart("policy");
            out.writeStringField("version", decision.policy().version());
            out.writeStringField("rules", decision.policy().rules());
            out.writeEndObject();
            out.writeStringField("verdict", decision.verdict().name());
            DecisionWriter.actions(out, decision.actions());
            DecisionWriter.findings(out, decision.findings());
            out.writeEndObject();
        });
    }

    /**
     * Reads an audit line ({@link #toJson(AuditRecord)}) back, to replay it or to search a log.
     * Strict like the item reader: a missing or unknown key, a repeated key or an unknown verdict
     * or action is an error naming the field.
     *
     * @throws IllegalArgumentException naming the field, when the line is not an audit record
     */
    public static AuditRecord parseAudit(String line) {
        return AuditReader.parse(line);
    }

    /**
     * One section with its crosswalk: {@code {"id","title","summary","dsaCategory":"STATEMENT_CATEGORY_…",
     * "dsaKeywords":["KEYWORD_…"],"signals":["hate",…],"llamaGuard":[{"code":"S10","name":"Hate"}]}};
     * every field is written, empty lists included.
     */
    public static String toJson(SectionCrosswalk row) {
        return JsonOut.write(out -> {
            out.writeStartObject();
            out.writeStringField("id", row.id());
            out.writeStringField("title", row.section().title());
            out.writeStringField("summary", row.section().summary());
            out.writeStringField("dsaCategory", row.dsaCategory().key());
            out.writeArrayFieldStart("dsaKeywords");
            for (CategoryKeyword keyword : row.dsaKeywords()) {
                out.writeString(keyword.key());
            }
            out.writeEndArray();
            out.writeArrayFieldStart("signals");
            for (Signal signal : row.section().signals()) {
                out.writeString(signal.wireName());
            }
            out.writeEndArray();
            out.writeArrayFieldStart("llamaGuard");
            for (LlamaGuardCategory category : row.llamaGuard()) {
                out.writeStartObject();
                out.writeStringField("code", category.code());
                out.writeStringField("name", category.title());
                out.writeEndObject();
            }
            out.writeEndArray();
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
