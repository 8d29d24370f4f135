package io.github.hubpolicy.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
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
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The fast path of reading ({@link ItemTokens}) against the careful one, which defines the reading
 * rules: on any input the fast path either gives up or yields the item the careful path yields.
 * The items are arbitrary (every field, every enum constant, counts up to their limits), then
 * damaged the ways real input goes wrong.
 */
class ItemTokensTest {
    private static final JsonFactory JSON = new JsonFactory();
    private final ItemReader reader = ItemReader.strict();

    /** Pieces of text that strain a reader: escapes, other scripts, astral characters, JSON syntax. */
    private static final List<String> PIECES = List.of("hello", " ", "\"", "\\", "\n", "é", "日本", "😀", "{", "}",
            "[", "]", ",", ":", "null", "4e2", "\u0000", "\u2028", "hf_", "+1 555 0100", "a@b.co");

    @Property(tries = 1_000)
    void theFastPathReadsEveryWellFormedItemAsTheCarefulPathDoes(@ForAll("items") ContentItem item) {
        // given an arbitrary item as the wire format writes it
        String json = ItemWriter.toJson(item);
        // when
        ContentItem fast = fast(json);
        // then it takes the fast path, and agrees with the careful path and with the item written
        assertThat(fast).isNotNull().isEqualTo(reader.parseCarefully(json)).isEqualTo(item);
    }

    @Property(tries = 3_000)
    void onDamagedItemsTheFastPathGivesUpOrAgreesWithTheCarefulPath(@ForAll("items") ContentItem item,
                                                                   @ForAll("damage") Damage damage) {
        // given an item whose JSON is damaged one way
        String json = damage.apply(ItemWriter.toJson(item));
        // when
        ContentItem fast = fast(json);
        Throwable careful = catchThrowable(() -> reader.parseCarefully(json));
        // then
        if (fast != null) {
            assertThat(careful).isNull();
            assertThat(fast).isEqualTo(reader.parseCarefully(json));
        }
        // and parse() answers exactly as the careful path alone: the same item or the same message
        Throwable viaParse = catchThrowable(() -> reader.parse(json));
        if (careful == null) {
            assertThat(viaParse).isNull();
            assertThat(reader.parse(json)).isEqualTo(reader.parseCarefully(json));
        } else {
            assertThat(viaParse).isNotNull().hasMessage(careful.getMessage()).isExactlyInstanceOf(careful.getClass());
        }
    }

    @Property(tries = 20_000)
    void aScoreReadsAsTheJdkReadsIt(@ForAll("decimals") String text) {
        assertThat(ItemTokens.score(text)).isEqualTo(Double.parseDouble(text));
    }

    @Provide
    Arbitrary<String> decimals() {
        Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(17);
        Arbitrary<String> plain = Combinators.combine(digits, digits).as((whole, fraction) -> whole + "." + fraction);
        Arbitrary<String> written = Arbitraries.doubles().between(0, 1).map(String::valueOf);
        return Arbitraries.oneOf(plain, digits, written, Arbitraries.of("0", "1", "0.1", "0.3", "1.0", "0.000000000000001",
                "0.1234567890123456", "1e-7", "1E2", "0.5e1"));
    }

    @Test
    void givesUpOnWhatOnlyTheCarefulPathCanName() {
        String valid = "{\"id\":\"c/1\",\"kind\":\"comment\",\"text\":\"hi\",\"author\":{\"id\":\"a\",\"accountAgeDays\":3}}";
        assertThat(fast(valid)).isNotNull();
        for (String damaged : List.of(
                valid.replace("\"text\":\"hi\"", "\"text\":null"),                        // null reads as absent
                valid.replace("\"text\":\"hi\"", "\"text\":\"hi\",\"text\":\"ho\""),       // repeated key
                valid.replace("\"text\":\"hi\"", "\"txt\":\"hi\""),                         // unknown key
                valid.replace("\"accountAgeDays\":3", "\"accountAgeDays\":3.0"),            // whole, but not plain
                valid.replace("\"accountAgeDays\":3", "\"accountAgeDays\":-3"),
                valid.replace("\"accountAgeDays\":3", "\"accountAgeDays\":3000000000"),
                valid.replace("\"kind\":\"comment\"", "\"kind\":\"Comment\""),
                valid + " {}",
                valid.substring(0, valid.length() - 1))) {
            assertThat(fast(damaged)).as(damaged).isNull();
        }
    }

    private static ContentItem fast(String json) {
        try (JsonParser parser = JSON.createParser(json)) {
            return ItemTokens.read(parser);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** One way to damage an item's JSON: a value replaced, a key repeated or misspelt, a number rewritten. */
    record Damage(String find, String replace, int occurrence) {
        String apply(String json) {
            int at = -1;
            for (int i = 0; i <= occurrence; i++) {
                int next = json.indexOf(find, at + 1);
                if (next < 0) {
                    break;
                }
                at = next;
            }
            return at < 0 ? json : json.substring(0, at) + replace + json.substring(at + find.length());
        }
    }

    @Provide
    Arbitrary<Damage> damage() {
        Arbitrary<String> find = Arbitraries.of(":\"", ":0", ":1", ":true", ":false", ":[", ":{", ",\"", "\"kind\"",
                "\"id\"", "\"signals\"", "e", "\"", "]", "}", "0.", "comment", "private-person");
        Arbitrary<String> replace = Arbitraries.of(":null,\"", ":null", ":4e2", ":400.0", ":-1", ":1e400",
                ":99999999999999999999", ":\"x\"", ":[]", ":{}", ":true", ",\"id\":\"dup\",\"", ",\"unknown\":1,\"",
                "\"Kind\"", "\"ID\"", "\"signals\"", "E", "'", "]]", "}}", "1.", "Comment", "private person", "");
        return Combinators.combine(find, replace, Arbitraries.integers().between(0, 6)).as(Damage::new);
    }

    @Provide
    Arbitrary<ContentItem> items() {
        Arbitrary<String> text = Arbitraries.of(PIECES).list().ofMaxSize(8).map(p -> String.join("", p));
        Arbitrary<String> name = Arbitraries.strings().alpha().numeric().withChars("-_/").ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> optionalText = Arbitraries.oneOf(text, Arbitraries.just(null));
        // Up to 18 digits: the fast path leaves a 19-digit count to the careful path.
        Arbitrary<Long> sizes = Arbitraries.oneOf(Arbitraries.longs().between(0, 999_999_999_999_999_999L),
                Arbitraries.longs().between(0, 1_000_000_000L), Arbitraries.just(null));
        Arbitrary<ItemFile> file = Combinators.combine(name, sizes, name.list().ofMaxSize(3),
                Arbitraries.of(MalwareScan.class).injectNull(0.3)).as(ItemFile::new);
        Arbitrary<Person> person = Combinators.combine(text, Arbitraries.of(PersonKind.class).injectNull(0.2),
                Arbitraries.of(Likeness.class).set().ofMaxSize(3).map(s -> s.isEmpty() ? EnumSet.noneOf(Likeness.class) : EnumSet.copyOf(s)),
                Arbitraries.of(Consent.class).injectNull(0.2), Arbitraries.of(true, false))
                .as((n, k, l, c, m) -> new Person(n, k, (Set<Likeness>) l, c, m));
        Arbitrary<Author> author = Combinators.combine(name.injectNull(0.2),
                Arbitraries.integers().between(0, Integer.MAX_VALUE).injectNull(0.3),
                Arbitraries.integers().between(0, Integer.MAX_VALUE), Arbitraries.of(true, false)).as(Author::new);
        Arbitrary<Target> target = Combinators.combine(Arbitraries.of(TargetKind.class), name.injectNull(0.3)).as(Target::new);
        Arbitrary<ContentItem> base = Combinators.combine(name, Arbitraries.of(ContentKind.class), optionalText, optionalText,
                        name.list().ofMaxSize(3), Arbitraries.of(Visibility.class).injectNull(0.3),
                        Arbitraries.of(Gating.class).injectNull(0.3), Arbitraries.of(Purpose.class).injectNull(0.3))
                .as((id, kind, title, body, tags, visibility, gating, purpose) -> ContentItem.builder(id, kind).title(title)
                        .text(body).tags(tags).visibility(visibility).gating(gating).purpose(purpose).build());
        return Combinators.combine(base, author.injectNull(0.3), target.injectNull(0.5), file.list().ofMaxSize(2),
                        person.list().ofMaxSize(2), Arbitraries.of(ReportReason.class).list().ofMaxSize(2),
                        Arbitraries.maps(name, Arbitraries.oneOf(Arbitraries.of(0.0, 1.0, 0.5, 0.25, 1e-7, 0.123456789),
                                Arbitraries.doubles().between(0, 1))).ofMaxSize(4),
                        Arbitraries.of(PersonalData.class).injectNull(0.3))
                .as((item, a, t, files, people, reasons, signals, personalData) -> {
                    ContentItem.Builder b = item.toBuilder().author(a).target(t).files(files).people(people)
                            .personalData(personalData).documentation(new Documentation(!files.isEmpty(), people.isEmpty()));
                    reasons.forEach(r -> b.report(new Report(r, r.ordinal() % 2 == 0)));
                    signals.forEach(b::signal);
                    return b.license(item.id().length() % 2 == 0 ? "mit" : null).build();
                });
    }
}
