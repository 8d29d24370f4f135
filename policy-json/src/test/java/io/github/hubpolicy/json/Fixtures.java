package io.github.hubpolicy.json;

import io.github.hubpolicy.api.Author;
import io.github.hubpolicy.api.Consent;
import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.ContentKind;
import io.github.hubpolicy.api.Documentation;
import io.github.hubpolicy.api.ItemFile;
import io.github.hubpolicy.api.Likeness;
import io.github.hubpolicy.api.MalwareScan;
import io.github.hubpolicy.api.Person;
import io.github.hubpolicy.api.PersonKind;
import io.github.hubpolicy.api.Purpose;
import io.github.hubpolicy.api.Report;
import io.github.hubpolicy.api.ReportReason;
import io.github.hubpolicy.api.Target;
import io.github.hubpolicy.api.TargetKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/** Test inputs: JSON written with single quotes for readability, and the example item of item-format.md. */
final class Fixtures {
    private Fixtures() {
    }

    /** {@code text} with every single quote turned into a double quote. */
    static String json(String text) {
        return text.replace('\'', '"');
    }

    /** {@code text} as UTF-8 bytes to read. */
    static InputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A minimal valid item (id {@code a}, kind model) with {@code fields} added. */
    static String item(String fields) {
        return json("{'id':'a','kind':'model'," + fields + "}");
    }

    /** The item with id {@code id} and kind model and nothing else. */
    static ContentItem minimal(String id) {
        return ContentItem.builder(id, ContentKind.MODEL).build();
    }

    /** item-format.md's example item, as the file holds it (several lines, spaced). */
    static String exampleJson() {
        try (InputStream in = Fixtures.class.getResourceAsStream("example-item.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What {@link #exampleJson()} reads to. */
    static ContentItem example() {
        return ContentItem.builder("models/acme/voice-of-jane", ContentKind.MODEL)
                .title("Jane Doe voice clone")
                .text("Model card or comment body. Any length.")
                .tag("not-for-all-audiences")
                .license("apache-2.0")
                .purpose(Purpose.RESEARCH)
                .capability("voice-clone")
                .author(new Author("acme", 400, 0, false))
                .target(new Target(TargetKind.USER, "bob"))
                .file(new ItemFile("pytorch_model.bin", 4_200_000L,
                        List.of("torch._utils._rebuild_tensor_v2", "os.system"), MalwareScan.CLEAN))
                .signal("sexual", 0.03)
                .signal("harassment", 0.91)
                .person(new Person("Jane Doe", PersonKind.PRIVATE_PERSON, Set.of(Likeness.VOICE), Consent.NONE, false))
                .report(new Report(ReportReason.COPYRIGHT, true))
                .documentation(new Documentation(true, false))
                .build();
    }
}
