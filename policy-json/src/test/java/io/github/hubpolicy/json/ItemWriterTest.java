package io.github.hubpolicy.json;

import static io.github.hubpolicy.json.Fixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.hubpolicy.api.Author;
import io.github.hubpolicy.api.Consent;
import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.ContentKind;
import io.github.hubpolicy.api.Documentation;
import io.github.hubpolicy.api.Gating;
import io.github.hubpolicy.api.ItemFile;
import io.github.hubpolicy.api.Likeness;
import io.github.hubpolicy.api.MalwareScan;
import io.github.hubpolicy.api.Person;
import io.github.hubpolicy.api.PersonKind;
import io.github.hubpolicy.api.PersonalData;
import io.github.hubpolicy.api.Purpose;
import io.github.hubpolicy.api.Report;
import io.github.hubpolicy.api.ReportReason;
import io.github.hubpolicy.api.Target;
import io.github.hubpolicy.api.TargetKind;
import io.github.hubpolicy.api.Visibility;
import io.github.hubpolicy.json.ReadResult.Parsed;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ItemWriterTest {

    @Test
    void writesTheExampleCanonically() {
        // defaults (public, gating none, 0 violations, ...) are left out; signals are sorted by name
        assertThat(ItemWriter.toJson(Fixtures.example())).isEqualTo(Fixtures.json("{"
                + "'id':'models/acme/voice-of-jane','kind':'model','title':'Jane Doe voice clone',"
                + "'text':'Model card or comment body. Any length.','tags':['not-for-all-audiences'],"
                + "'license':'apache-2.0','purpose':'research','capabilities':['voice-clone'],"
                + "'author':{'id':'acme','accountAgeDays':400},'target':{'kind':'user','id':'bob'},"
                + "'files':[{'path':'pytorch_model.bin','sizeBytes':4200000,"
                + "'pickleImports':['torch._utils._rebuild_tensor_v2','os.system'],'malwareScan':'clean'}],"
                + "'signals':{'harassment':0.91,'sexual':0.03},'people':[{'name':'Jane Doe','likeness':['voice']}],"
                + "'reports':[{'reason':'copyright','verified':true}],'documentation':{'intendedUse':true}}"));
    }

    @Test
    void writesAMinimalItemAsItsTwoRequiredFields() {
        assertThat(ItemWriter.toJson(Fixtures.minimal("a"))).isEqualTo("{\"id\":\"a\",\"kind\":\"model\"}");
    }

    static Stream<Arguments> items() {
        return Stream.of(
                arguments("minimal", Fixtures.minimal("a")),
                arguments("the spec's example", Fixtures.example()),
                arguments("every field away from its default", ContentItem.builder("d/1", ContentKind.DATASET)
                        .title("t").text("line one\nline two\t\"quoted\" \\ caf\u00e9 \uD83D\uDE00 \u2028")
                        .tag("a").tag("a").tag("not-for-all-audiences").license("mit")
                        .visibility(Visibility.PRIVATE).gating(Gating.MANUAL).purpose(Purpose.OTHER)
                        .capability("face-swap").capability("undress")
                        .author(new Author("x", 0, Integer.MAX_VALUE, true))
                        .target(new Target(TargetKind.STAFF, "s"))
                        .file(new ItemFile("a.pkl", Long.MAX_VALUE, List.of("os.system"), MalwareScan.INFECTED))
                        .file(ItemFile.of("b.safetensors"))
                        .file(new ItemFile("c", 0L, List.of(), MalwareScan.PENDING))
                        .signal("a", 0.0).signal("b", 1.0).signal("c", 1e-9).signal("d", 0.1 + 0.2).signal("e", -0.0)
                        .person(new Person("P", PersonKind.PUBLIC_FIGURE, EnumSet.allOf(Likeness.class), Consent.DOCUMENTED, true))
                        .person(new Person("", PersonKind.FICTIONAL, Set.of(), Consent.SELF, false))
                        .person(new Person(null, null, null, null, false))
                        .personalData(PersonalData.UNCONSENTED)
                        .report(new Report(ReportReason.OTHER, false)).report(new Report(ReportReason.LEGAL, true))
                        .documentation(new Documentation(false, true))
                        .build()),
                arguments("a target of no one with an id", ContentItem.builder("c", ContentKind.COMMENT)
                        .target(new Target(TargetKind.NONE, "someone")).build()),
                arguments("an author known only by id", ContentItem.builder("c", ContentKind.DISCUSSION)
                        .author(new Author("x", null, 0, false)).build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("items")
    void readsBackToAnEqualItem(String name, ContentItem item) {
        String json = ItemWriter.toJson(item);

        assertThat(json).doesNotContain("\n", "\r");
        assertThat(ItemReader.strict().parse(json)).isEqualTo(item);
        assertThat(ItemReader.strict().readAll(utf8(json + "\n" + json)))
                .containsExactly(new Parsed(1, item), new Parsed(2, item));
        assertThat(ItemWriter.toJson(ItemReader.strict().parse(json))).isEqualTo(json);
    }
}
