package io.github.hubpolicy.transparency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hubpolicy.api.Action;
import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.ContentKind;
import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.api.Finding;
import io.github.hubpolicy.api.Likeness;
import io.github.hubpolicy.api.Person;
import io.github.hubpolicy.api.PolicyId;
import io.github.hubpolicy.api.Verdict;
import io.github.hubpolicy.json.ItemWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditRecordsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-09-15T10:30:00Z"), ZoneOffset.UTC);
    private static final ContentItem ITEM = ContentItem.builder("models/acme/voice", ContentKind.MODEL).license("mit")
            .person(Person.of("Jane Doe", Likeness.VOICE)).build();
    private static final Decision DECISION = new Decision("models/acme/voice", Verdict.RESTRICT,
            List.of(Action.HUMAN_REVIEW, Action.DISABLE),
            List.of(new Finding("consent.likeness", "consent.likeness: real person's face or voice without consent",
                    Verdict.RESTRICT, List.of(Action.HUMAN_REVIEW, Action.DISABLE),
                    "Reproduces the face or voice of Jane Doe (private person) without documented consent.",
                    List.of("people[0].kind=private-person", "people[0].likeness=voice", "people[0].consent=none"))),
            new PolicyId("2023-08-30", "sha256:ab"));

    @Test
    void writesOneSelfContainedLineWithTheNameHashed() throws Exception {
        AuditRecords writer = AuditRecords.with(AuditSettings.builder().clock(CLOCK).salt("s3cret").build());

        String line = TransparencyJson.toJson(writer.of(DECISION, ITEM));

        String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(ItemWriter.toJson(ITEM).getBytes(StandardCharsets.UTF_8)));
        String person = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest("s3cretJane Doe".getBytes(StandardCharsets.UTF_8))).substring(0, 12);
        assertThat(line).isEqualTo("{\"time\":\"2025-09-15T10:30:00Z\",\"id\":\"models/acme/voice\","
                + "\"item\":\"sha256:" + digest + "\",\"policy\":{\"version\":\"2023-08-30\",\"rules\":\"sha256:ab\"},"
                + "\"verdict\":\"RESTRICT\",\"actions\":[\"HUMAN_REVIEW\",\"DISABLE\"],\"findings\":[{"
                + "\"section\":\"consent.likeness\",\"rule\":\"consent.likeness: real person's face or voice without consent\","
                + "\"verdict\":\"RESTRICT\",\"actions\":[\"HUMAN_REVIEW\",\"DISABLE\"],"
                + "\"rationale\":\"Reproduces the face or voice of person:" + person + " (private person) without documented consent.\","
                + "\"evidence\":[\"people[0].kind=private-person\",\"people[0].likeness=voice\",\"people[0].consent=none\"]}]}");
        assertThat(line).doesNotContain("\n");
    }

    @Test
    void readsALineBackToTheSameRecord() {
        AuditRecord record = AuditRecords.with(AuditSettings.builder().clock(CLOCK).keepNames(true).build()).of(DECISION, ITEM);

        AuditRecord read = TransparencyJson.parseAudit(TransparencyJson.toJson(record));

        assertThat(read).isEqualTo(record);
        assertThat(read.decision()).isEqualTo(DECISION);
    }

    @Test
    void aSaltIsRequiredUnlessNamesAreKept() {
        assertThatThrownBy(() -> AuditSettings.builder().build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("salt");
        assertThatThrownBy(() -> AuditRecords.with(AuditSettings.builder().salt("s").build()).of(DECISION,
                ContentItem.builder("other", ContentKind.MODEL).build())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theReaderNamesTheFieldThatIsWrong() {
        String line = TransparencyJson.toJson(AuditRecords.with(AuditSettings.builder().clock(CLOCK).salt("s").build()).of(DECISION, ITEM));

        assertThatThrownBy(() -> TransparencyJson.parseAudit(line.replaceFirst("\"verdict\":\"RESTRICT\"", "\"verdict\":\"BAN\"")))
                .hasMessage("field 'verdict': unknown verdict 'BAN'");
        assertThatThrownBy(() -> TransparencyJson.parseAudit(line.replace("\"rationale\"", "\"why\"")))
                .hasMessage("field 'findings[0].why': unknown key");
        assertThatThrownBy(() -> TransparencyJson.parseAudit(line.replace("\"time\":\"2025-09-15T10:30:00Z\",", "")))
                .hasMessage("field 'time': is required");
        assertThatThrownBy(() -> TransparencyJson.parseAudit(line.replace("\"DISABLE\"],\"rationale\"", "\"DELETE\"],\"rationale\"")))
                .hasMessage("field 'findings[0].actions[1]': unknown action 'DELETE'");
        assertThatThrownBy(() -> TransparencyJson.parseAudit("{\"time\":")).hasMessageStartingWith("not an audit line:");
    }
}
