package io.github.hubpolicy.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.hubpolicy.api.Author;
import io.github.hubpolicy.api.Consent;
import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.Documentation;
import io.github.hubpolicy.api.Gating;
import io.github.hubpolicy.api.ItemFile;
import io.github.hubpolicy.api.Likeness;
import io.github.hubpolicy.api.MalwareScan;
import io.github.hubpolicy.api.Person;
import io.github.hubpolicy.api.PersonKind;
import io.github.hubpolicy.api.PersonalData;
import io.github.hubpolicy.api.Report;
import io.github.hubpolicy.api.Target;
import io.github.hubpolicy.api.Visibility;
import io.github.hubpolicy.api.internal.WireNames;
import java.io.IOException;
import java.util.Collection;

/**
 * Writes a {@link ContentItem} in the wire format, for test corpora and for callers that pass
 * items on. The output is canonical: one line, fields in {@code item-format.md}'s table order,
 * every optional field that holds its default left out. {@link ItemReader#parse} reads it back to
 * an equal item.
 */
public final class ItemWriter {
    private ItemWriter() {
    }

    public static String toJson(ContentItem item) {
        return JsonOut.write(out -> {
            out.writeStartObject();
            out.writeStringField("id", item.id());
            out.writeStringField("kind", WireNames.of(item.kind()));
            string(out, "title", item.title());
            string(out, "text", item.text());
            strings(out, "tags", item.tags());
            if (item.license() != null) {
                out.writeStringField("license", item.license());
            }
            if (item.visibility() != Visibility.PUBLIC) {
                out.writeStringField("visibility", WireNames.of(item.visibility()));
            }
            if (item.gating() != Gating.NONE) {
                out.writeStringField("gating", WireNames.of(item.gating()));
            }
            if (item.purpose() != null) {
                out.writeStringField("purpose", WireNames.of(item.purpose()));
            }
            strings(out, "capabilities", item.capabilities());
            if (!item.author().equals(Author.UNKNOWN)) {
                author(out, item.author());
            }
            if (!item.target().equals(Target.NONE)) {
                out.writeObjectFieldStart("target");
                out.writeStringField("kind", WireNames.of(item.target().kind()));
                if (item.target().id() != null) {
                    out.writeStringField("id", item.target().id());
                }
                out.writeEndObject();
            }
            if (!item.files().isEmpty()) {
                out.writeArrayFieldStart("files");
                for (ItemFile file : item.files()) {
                    file(out, file);
                }
                out.writeEndArray();
            }
            if (!item.signals().scores().isEmpty()) {
                out.writeObjectFieldStart("signals");
                for (var score : item.signals().scores().entrySet()) {
                    out.writeNumberField(score.getKey(), score.getValue());
                }
                out.writeEndObject();
            }
            if (!item.people().isEmpty()) {
                out.writeArrayFieldStart("people");
                for (Person person : item.people()) {
                    person(out, person);
                }
                out.writeEndArray();
            }
            if (item.personalData() != PersonalData.NONE) {
                out.writeStringField("personalData", WireNames.of(item.personalData()));
            }
            if (!item.reports().isEmpty()) {
                out.writeArrayFieldStart("reports");
                for (Report report : item.reports()) {
                    out.writeStartObject();
                    out.writeStringField("reason", WireNames.of(report.reason()));
                    flag(out, "verified", report.verified());
                    out.writeEndObject();
                }
                out.writeEndArray();
            }
            if (!item.documentation().equals(Documentation.NONE)) {
                out.writeObjectFieldStart("documentation");
                flag(out, "intendedUse", item.documentation().intendedUse());
                flag(out, "limitations", item.documentation().limitations());
                out.writeEndObject();
            }
            out.writeEndObject();
        });
    }

    private static void author(JsonGenerator out, Author author) throws IOException {
        out.writeObjectFieldStart("author");
        if (author.id() != null) {
            out.writeStringField("id", author.id());
        }
        if (author.accountAgeDays() != null) {
            out.writeNumberField("accountAgeDays", author.accountAgeDays());
        }
        if (author.priorViolations() != 0) {
            out.writeNumberField("priorViolations", author.priorViolations());
        }
        flag(out, "staff", author.staff());
        out.writeEndObject();
    }

    private static void file(JsonGenerator out, ItemFile file) throws IOException {
        out.writeStartObject();
        out.writeStringField("path", file.path());
        if (file.sizeBytes() != null) {
            out.writeNumberField("sizeBytes", file.sizeBytes());
        }
        strings(out, "pickleImports", file.pickleImports());
        if (file.malwareScan() != MalwareScan.PENDING) {
            out.writeStringField("malwareScan", WireNames.of(file.malwareScan()));
        }
        out.writeEndObject();
    }

    private static void person(JsonGenerator out, Person person) throws IOException {
        out.writeStartObject();
        string(out, "name", person.name());
        if (person.kind() != PersonKind.PRIVATE_PERSON) {
            out.writeStringField("kind", WireNames.of(person.kind()));
        }
        if (!person.likeness().isEmpty()) {
            out.writeArrayFieldStart("likeness");
            for (Likeness likeness : person.likeness()) { // an EnumSet: declaration order
                out.writeString(WireNames.of(likeness));
            }
            out.writeEndArray();
        }
        if (person.consent() != Consent.NONE) {
            out.writeStringField("consent", WireNames.of(person.consent()));
        }
        flag(out, "minor", person.minor());
        out.writeEndObject();
    }

    private static void string(JsonGenerator out, String name, String value) throws IOException {
        if (!value.isEmpty()) {
            out.writeStringField(name, value);
        }
    }

    private static void strings(JsonGenerator out, String name, Collection<String> values) throws IOException {
        if (!values.isEmpty()) {
            out.writeArrayFieldStart(name);
            for (String value : values) {
                out.writeString(value);
            }
            out.writeEndArray();
        }
    }

    private static void flag(JsonGenerator out, String name, boolean value) throws IOException {
        if (value) {
            out.writeBooleanField(name, true);
        }
    }
}
