package io.github.hubpolicy.json;

import io.github.hubpolicy.api.Signal;
import io.github.hubpolicy.api.transparency.CategoryKeyword;
import io.github.hubpolicy.api.transparency.LlamaGuardCategory;
import io.github.hubpolicy.api.transparency.SectionInfo;

/** Writes one row of the section crosswalk ({@link SectionInfo}) as one line of JSON. */
public final class SectionWriter {
    private SectionWriter() {
    }

    /**
     * {@code {"id","title","summary","dsaCategory":"STATEMENT_CATEGORY_…","dsaKeywords":["KEYWORD_…"],
     * "signals":["hate",…],"llamaGuard":[{"code":"S10","name":"Hate"}]}}; every field is written,
     * empty lists included.
     */
    public static String toJson(SectionInfo section) {
        return JsonOut.write(out -> {
            out.writeStartObject();
            out.writeStringField("id", section.id());
            out.writeStringField("title", section.title());
            out.writeStringField("summary", section.summary());
            out.writeStringField("dsaCategory", section.dsaCategory().key());
            out.writeArrayFieldStart("dsaKeywords");
            for (CategoryKeyword keyword : section.dsaKeywords()) {
                out.writeString(keyword.key());
            }
            out.writeEndArray();
            out.writeArrayFieldStart("signals");
            for (Signal signal : section.signals()) {
                out.writeString(signal.wireName());
            }
            out.writeEndArray();
            out.writeArrayFieldStart("llamaGuard");
            for (LlamaGuardCategory category : section.llamaGuard()) {
                out.writeStartObject();
                out.writeStringField("code", category.code());
                out.writeStringField("name", category.title());
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeEndObject();
        });
    }
}
