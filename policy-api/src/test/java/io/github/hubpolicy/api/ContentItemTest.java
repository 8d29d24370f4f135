package io.github.hubpolicy.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ContentItemTest {

    @Test
    void absentFieldsTakeTheWireFormatDefaults() {
        // given / when
        ContentItem item = ContentItem.builder("c/1", ContentKind.COMMENT).build();

        // then
        assertThat(item.title()).isEmpty();
        assertThat(item.text()).isEmpty();
        assertThat(item.visibility()).isEqualTo(Visibility.PUBLIC);
        assertThat(item.gating()).isEqualTo(Gating.NONE);
        assertThat(item.purpose()).isNull();
        assertThat(item.license()).isNull();
        assertThat(item.author()).isEqualTo(Author.UNKNOWN);
        assertThat(item.target()).isEqualTo(Target.NONE);
        assertThat(item.personalData()).isEqualTo(PersonalData.NONE);
        assertThat(item.documentation()).isEqualTo(Documentation.NONE);
        assertThat(item.signals().scores()).isEmpty();
    }

    @Test
    void nestedDefaultsAreTheProtectiveOnes() {
        Person person = new Person("Jane", null, null, null, false);
        assertThat(person.kind()).isEqualTo(PersonKind.PRIVATE_PERSON);
        assertThat(person.consent()).isEqualTo(Consent.NONE);
        assertThat(person.isReal()).isTrue();
        assertThat(person.isConsented()).isFalse();
        assertThat(new Person("Me", PersonKind.PUBLIC_FIGURE, Set.of(), Consent.SELF, false).isConsented()).isTrue();
        assertThat(ItemFile.of("a.bin").malwareScan()).isEqualTo(MalwareScan.PENDING);
    }

    @Test
    void theBuilderIsTheOnlyWayToMakeAnItemSoNewFieldsBreakNoCaller() {
        assertThat(ContentItem.class.isRecord()).isFalse();
        assertThat(ContentItem.class.getConstructors()).isEmpty();
    }

    @Test
    void toBuilderCopiesEveryFieldAndItemsAreEqualByValue() {
        // given
        ContentItem item = ContentItem.builder("m/1", ContentKind.MODEL).title("t").text("x").tag("a").license("mit")
                .visibility(Visibility.PRIVATE).gating(Gating.MANUAL).purpose(Purpose.RESEARCH).capability("voice-clone")
                .author(new Author("u", 3, 1, false)).target(new Target(TargetKind.USER, "bob")).file(ItemFile.of("a.bin"))
                .signal(Signal.HATE, 0.5).person(new Person("Jane", null, null, null, false))
                .personalData(PersonalData.NONE).report(new Report(ReportReason.SPAM, false))
                .documentation(new Documentation(true, false)).build();

        // when
        ContentItem copy = item.toBuilder().build();
        ContentItem changed = item.toBuilder().tags(List.of("b")).build();

        // then
        assertThat(copy).isEqualTo(item).hasSameHashCodeAs(item).hasToString(item.toString());
        assertThat(changed).isNotEqualTo(item);
        assertThat(changed.tags()).containsExactly("b");
        assertThat(changed.files()).isEqualTo(item.files());
    }

    @Test
    void blankLicenceMeansNoLicence() {
        assertThat(ContentItem.builder("m/1", ContentKind.MODEL).license("  ").build().license()).isNull();
    }

    @Test
    void collectionsAreImmutableCopies() {
        ContentItem item = ContentItem.builder("m/1", ContentKind.MODEL).tag("a").build();
        assertThatThrownBy(() -> item.tags().add("b")).isInstanceOf(UnsupportedOperationException.class);
    }

    static Stream<Arguments> invalidValues() {
        return Stream.of(
                Arguments.of("blank id", (Supplier<?>) () -> ContentItem.builder(" ", ContentKind.MODEL).build(), "id"),
                Arguments.of("no kind", (Supplier<?>) () -> ContentItem.builder("x", null).build(), "kind"),
                Arguments.of("score above 1", (Supplier<?>) () -> ContentItem.builder("x", ContentKind.MODEL)
                        .signal(Signal.HATE, 1.2).build(), "signals.hate"),
                Arguments.of("negative score", (Supplier<?>) () -> ContentItem.builder("x", ContentKind.MODEL)
                        .signal("sexual/minors", -0.1).build(), "signals.sexual/minors"),
                Arguments.of("NaN score", (Supplier<?>) () -> ContentItem.builder("x", ContentKind.MODEL)
                        .signal(Signal.SPAM, Double.NaN).build(), "signals.spam"),
                Arguments.of("negative prior violations", (Supplier<?>) () -> new Author("a", 3, -1, false), "priorViolations"),
                Arguments.of("negative account age", (Supplier<?>) () -> new Author("a", -3, 0, false), "accountAgeDays"),
                Arguments.of("blank file path", (Supplier<?>) () -> new ItemFile("", null, List.of(), null), "path"),
                Arguments.of("negative file size", (Supplier<?>) () -> new ItemFile("a", -1L, List.of(), null), "sizeBytes"),
                Arguments.of("report without reason", (Supplier<?>) () -> new Report(null, true), "reason"),
                Arguments.of("null tag", (Supplier<?>) () -> ContentItem.builder("x", ContentKind.MODEL).tag(null).build(), "tags[0]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidValues")
    void invalidValuesAreRejectedNamingTheField(String name, Supplier<?> construction, String field) {
        assertThatThrownBy(construction::get)
                .isInstanceOf(InvalidItemException.class)
                .hasMessageStartingWith("field '" + field + "': ")
                .hasMessageNotContaining("\n")
                .extracting(e -> ((InvalidItemException) e).field()).isEqualTo(field);
    }

    @Test
    void withinPrefixesTheFieldPath() {
        InvalidItemException e = new InvalidItemException("kind", "unknown value 'x'").within("people[2]");
        assertThat(e.getMessage()).isEqualTo("field 'people[2].kind': unknown value 'x'");
    }

    @Test
    void toBuilderRoundTrips() {
        ContentItem item = ContentItem.builder("m/1", ContentKind.MODEL).title("t").tag("x").signal(Signal.HATE, 0.5)
                .person(Person.of("Jane", Likeness.FACE)).file(ItemFile.of("a.bin")).report(new Report(ReportReason.SPAM, false))
                .build();
        assertThat(item.toBuilder().build()).isEqualTo(item);
    }
}
