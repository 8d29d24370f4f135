package io.github.hubpolicy.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.hubpolicy.api.Action;
import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.api.Finding;
import java.io.IOException;
import java.util.List;

/**
 * Writes the output side of the wire format: a {@link Decision}, or the error record that takes the
 * place of an item that could not be read. Each is one line of compact JSON, fields in the order of
 * {@code item-format.md}'s examples.
 */
public final class DecisionWriter {
    private DecisionWriter() {
    }

    /**
     * A decision: {@code {"id":…,"verdict":…,"actions":[…],"findings":[{"section","rule","verdict",
     * "actions","rationale","evidence"}…],"policy":{"version","rules"}}}. Every field is written,
     * empty lists included, so consumers need no defaults.
     */
    public static String toJson(Decision decision) {
        return JsonOut.write(out -> {
            out.writeStartObject();
            out.writeStringField("id", decision.id());
            out.writeStringField("verdict", decision.verdict().name());
            actions(out, decision.actions());
            findings(out, decision.findings());
            out.writeObjectFieldStart("policy");
            out.writeStringField("version", decision.policy().version());
            out.writeStringField("rules", decision.policy().rules());
            out.writeEndObject();
            out.writeEndObject();
        });
    }

    /** An error record: {@code {"line":7,"id":"…" or null,"error":"…"}}. */
    public static String toJson(ReadResult.Unreadable unreadable) {
        return JsonOut.write(out -> {
            out.writeStartObject();
            out.writeNumberField("line", unreadable.line());
            out.writeStringField("id", unreadable.id()); // null is written as null: the key is always there
            out.writeStringField("error", unreadable.error());
            out.writeEndObject();
        });
    }

    /**
     * Writes the {@code findings} field, in the decision's order, with {@code out}: for formats
     * that embed a decision's findings (the audit line) so that they read exactly as here.
     */
    public static void findings(JsonGenerator out, List<Finding> findings) throws IOException {
        out.writeArrayFieldStart("findings");
        for (Finding finding : findings) {
            out.writeStartObject();
            out.writeStringField("section", finding.section());
            out.writeStringField("rule", finding.rule());
            out.writeStringField("verdict", finding.verdict().name());
            actions(out, finding.actions());
            out.writeStringField("rationale", finding.rationale());
            out.writeArrayFieldStart("evidence");
            for (String evidence : finding.evidence()) {
                out.writeString(evidence);
            }
            out.writeEndArray();
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    /** Writes the {@code actions} field with {@code out}, as a decision and a finding carry it. */
    public static void actions(JsonGenerator out, List<Action> actions) throws IOException {
        out.writeArrayFieldStart("actions");
        for (Action action : actions) {
            out.writeString(action.name());
        }
        out.writeEndArray();
    }
}
