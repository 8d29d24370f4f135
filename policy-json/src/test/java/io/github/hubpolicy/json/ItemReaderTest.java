package io.github.hubpolicy.json;

import static io.github.hubpolicy.json.Fixtures.item;
import static io.github.hubpolicy.json.Fixtures.json;
import static io.github.hubpolicy.json.Fixtures.minimal;
import static io.github.hubpolicy.json.Fixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.hubpolicy.api.Author;
import io.github.hubpolicy.api.Consent;
import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.ContentKind;
import io.github.hubpolicy.api.Documentation;
import io.github.hubpolicy.api.ItemFile;
import io.github.hubpolicy.api.InvalidItemException;
import io.github.hubpolicy.api.Likeness;
import io.github.hubpolicy.api.Person;
import io.github.hubpolicy.api.PersonKind;
import io.github.hubpolicy.api.Report;
import io.github.hubpolicy.api.ReportReason;
import io.github.hubpolicy.api.Target;
import io.github.hubpolicy.api.TargetKind;
import io.github.hubpolicy.json.ReadResult.Parsed;
import io.github.hubpolicy.json.ReadResult.Unreadable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ItemReaderTest {
    private static final ItemReader STRICT = ItemReader.strict();
    private static final ItemReader LENIENT = ItemReader.builder().lenient(true).build();
    private static final String ITEM_FIELDS = "id, kind, title, text, tags, license, visibility, gating, purpose, "
            + "capabilities, author, target, files, signals, people, personalData, reports, documentation";
    private static final String KINDS = "model, dataset, space, discussion, comment";

    @Test
    void readsTheExampleOfTheSpec() {
        // given
        String pretty = Fixtures.exampleJson();
        String oneLine = pretty.replace("\n", " ");

        // when / then
        assertThat(STRICT.parse(pretty)).isEqualTo(Fixtures.example());
        assertThat(STRICT.readAll(utf8(oneLine))).containsExactly(new Parsed(1, Fixtures.example()));
        assertThat(STRICT.readAll(utf8("[" + pretty + "]"))).containsExactly(new Parsed(1, Fixtures.example()));
    }

    static Stream<Arguments> accepted() {
        return Stream.of(
                arguments("only the required fields", json("{'id':'a','kind':'model'}"), minimal("a")),
                arguments("null is absent at the top", json("{'id':'a','kind':'model','title':null,'text':null,"
                        + "'tags':null,'license':null,'visibility':null,'gating':null,'purpose':null,'capabilities':null,"
                        + "'author':null,'target':null,'files':null,'signals':null,'people':null,'personalData':null,"
                        + "'reports':null,'documentation':null}"), minimal("a")),
                arguments("null is absent in author", item("'author':{'id':null,'accountAgeDays':null,"
                        + "'priorViolations':null,'staff':null}"), minimal("a")),
                arguments("null is absent in target", item("'target':{'kind':'user','id':null}"),
                        with(b -> b.target(new Target(TargetKind.USER, null)))),
                arguments("null is absent in files", item("'files':[{'path':'a.bin','sizeBytes':null,"
                        + "'pickleImports':null,'malwareScan':null}]"), with(b -> b.file(ItemFile.of("a.bin")))),
                arguments("null is absent in people", item("'people':[{'name':null,'kind':null,'likeness':null,"
                        + "'consent':null,'minor':null}]"),
                        with(b -> b.person(new Person("", PersonKind.PRIVATE_PERSON, Set.of(), Consent.NONE, false)))),
                arguments("null is absent in reports", item("'reports':[{'reason':'spam','verified':null}]"),
                        with(b -> b.report(new Report(ReportReason.SPAM, false)))),
                arguments("null is absent in documentation",
                        item("'documentation':{'intendedUse':null,'limitations':null}"), minimal("a")),
                arguments("a null score is no score", item("'signals':{'hate':null,'spam':0.5}"),
                        with(b -> b.signal("spam", 0.5))),
                arguments("blank license is none", item("'license':'  '"), minimal("a")),
                arguments("zero counts", item("'author':{'accountAgeDays':0,'priorViolations':0},"
                        + "'files':[{'path':'a','sizeBytes':0}]"),
                        with(b -> b.author(new Author(null, 0, 0, false)).file(new ItemFile("a", 0L, List.of(), null)))),
                arguments("whole numbers written as decimals", item("'author':{'accountAgeDays':400.0,'priorViolations':2e0}"),
                        with(b -> b.author(new Author(null, 400, 2, false)))),
                arguments("the largest counts", item("'author':{'accountAgeDays':2147483647},"
                        + "'files':[{'path':'a','sizeBytes':9223372036854775807}]"),
                        with(b -> b.author(new Author(null, Integer.MAX_VALUE, 0, false))
                                .file(new ItemFile("a", Long.MAX_VALUE, List.of(), null)))),
                arguments("scores at the bounds", item("'signals':{'a':0,'b':1,'c':1.0,'d':0.0,'e':1e-400}"),
                        with(b -> b.signal("a", 0).signal("b", 1).signal("c", 1).signal("d", 0).signal("e", 0))),
                arguments("any signal name", item("'signals':{'sexual/minors':0.2,'my-host/custom':0.7}"),
                        with(b -> b.signal("sexual/minors", 0.2).signal("my-host/custom", 0.7))),
                arguments("a likeness named twice", item("'people':[{'likeness':['voice','face','voice'],'consent':'self'}]"),
                        with(b -> b.person(new Person("", null, Set.of(Likeness.FACE, Likeness.VOICE), Consent.SELF, false)))),
                arguments("escapes and non-ASCII text", item("'title':'caf\\u00e9 \\'quoted\\' \\ud83d\\ude00','text':'a\\nb'"),
                        with(b -> b.title("café \"quoted\" \uD83D\uDE00").text("a\nb"))),
                arguments("whitespace around tokens", json(" { 'id' : 'a' ,\t'kind' : 'model' } "), minimal("a")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void accepts(String name, String json, ContentItem expected) {
        assertThat(STRICT.parse(json)).isEqualTo(expected);
        assertThat(STRICT.readAll(utf8(json))).containsExactly(new Parsed(1, expected));
    }

    static Stream<Arguments> rejected() {
        return Stream.of(
                // unknown keys, at every depth
                arguments("unknown top-level key", item("'nmae':1"), "a",
                        "field 'nmae': unknown field (expected one of " + ITEM_FIELDS + ")"),
                arguments("unknown key before a missing field", json("{'id':'a','knd':'model'}"), "a",
                        "field 'knd': unknown field (expected one of " + ITEM_FIELDS + ")"),
                arguments("unknown key in people", item("'people':[{'nmae':'Jane'}]"), "a",
                        "field 'people[0].nmae': unknown field (expected one of name, kind, likeness, consent, minor)"),
                arguments("unknown key in author", item("'author':{'age':3}"), "a",
                        "field 'author.age': unknown field (expected one of id, accountAgeDays, priorViolations, staff)"),
                arguments("unknown key in target", item("'target':{'kind':'user','name':'bob'}"), "a",
                        "field 'target.name': unknown field (expected one of kind, id)"),
                arguments("unknown key in files", item("'files':[{'path':'a'},{'path':'b','size':1}]"), "a",
                        "field 'files[1].size': unknown field (expected one of path, sizeBytes, pickleImports, malwareScan)"),
                arguments("unknown key in reports", item("'reports':[{'reason':'spam','verifed':true}]"), "a",
                        "field 'reports[0].verifed': unknown field (expected one of reason, verified)"),
                arguments("unknown key in documentation", item("'documentation':{'intended':true}"), "a",
                        "field 'documentation.intended': unknown field (expected one of intendedUse, limitations)"),
                // repeated keys
                arguments("repeated key", item("'title':'x','title':'y'"), "a", "field 'title': repeated key"),
                arguments("repeated nested key", item("'people':[{'name':'x','name':'y'}]"), "a",
                        "field 'people[0].name': repeated key"),
                arguments("repeated signal", item("'signals':{'hate':0.1,'hate':0.2}"), "a",
                        "field 'signals.hate': repeated key"),
                arguments("repeated id names no id", json("{'id':'a','kind':'model','id':'b'}"), null,
                        "field 'id': repeated key"),
                // types
                arguments("tags not an array", item("'tags':5"), "a", "field 'tags': expected an array of strings, was number"),
                arguments("tag not a string", item("'tags':['x',5]"), "a", "field 'tags[1]': expected a string, was number"),
                arguments("null tag", item("'capabilities':[null]"), "a", "field 'capabilities[0]': expected a string, was null"),
                arguments("title not a string", item("'title':true"), "a", "field 'title': expected a string, was boolean"),
                arguments("id not a string", json("{'id':5,'kind':'model'}"), null, "field 'id': expected a string, was number"),
                arguments("kind not a string", json("{'id':'a','kind':['model']}"), "a", "field 'kind': expected a string, was array"),
                arguments("author not an object", item("'author':'acme'"), "a", "field 'author': expected an object, was string"),
                arguments("files not an array", item("'files':{'path':'a'}"), "a",
                        "field 'files': expected an array of objects, was object"),
                arguments("file not an object", item("'files':['a.bin']"), "a", "field 'files[0]': expected an object, was string"),
                arguments("staff not a boolean", item("'author':{'staff':'true'}"), "a",
                        "field 'author.staff': expected a boolean, was string"),
                arguments("minor not a boolean", item("'people':[{'minor':1}]"), "a",
                        "field 'people[0].minor': expected a boolean, was number"),
                arguments("likeness not an array", item("'people':[{'likeness':'voice'}]"), "a",
                        "field 'people[0].likeness': expected an array of strings, was string"),
                arguments("pickle import not a string", item("'files':[{'path':'a','pickleImports':['x','y',{}]}]"), "a",
                        "field 'files[0].pickleImports[2]': expected a string, was object"),
                arguments("signals not an object", item("'signals':[0.5]"), "a", "field 'signals': expected an object, was array"),
                arguments("count not a number", item("'author':{'accountAgeDays':'400'}"), "a",
                        "field 'author.accountAgeDays': expected a whole number >= 0, was string"),
                // scores
                arguments("score above 1", item("'signals':{'hate':1.5}"), "a", "field 'signals.hate': must be a number in [0, 1], was 1.5"),
                arguments("score below 0", item("'signals':{'hate':-0.1}"), "a", "field 'signals.hate': must be a number in [0, 1], was -0.1"),
                arguments("score overflowing", item("'signals':{'hate':1e400}"), "a", "field 'signals.hate': must be a number in [0, 1], was 1e400"),
                arguments("score as a string", item("'signals':{'hate':'0.5'}"), "a",
                        "field 'signals.hate': expected a number in [0, 1], was string"),
                arguments("score as a boolean", item("'signals':{'hate':true}"), "a",
                        "field 'signals.hate': expected a number in [0, 1], was boolean"),
                arguments("blank signal name", item("'signals':{' ':0.5}"), "a", "field 'signals': signal names must not be blank"),
                // counts
                arguments("negative count", item("'author':{'accountAgeDays':-1}"), "a", "field 'author.accountAgeDays': must be >= 0, was -1"),
                arguments("negative violations", item("'author':{'priorViolations':-3}"), "a",
                        "field 'author.priorViolations': must be >= 0, was -3"),
                arguments("fractional count", item("'author':{'accountAgeDays':1.5}"), "a",
                        "field 'author.accountAgeDays': must be a whole number, was 1.5"),
                arguments("count overflowing a double", item("'author':{'accountAgeDays':1e400}"), "a",
                        "field 'author.accountAgeDays': must be at most 2147483647, was 1e400"),
                // Numbers of 9 or more digits are masked in messages: they may be card numbers typed as counts.
                arguments("count with a huge exponent", item("'author':{'accountAgeDays':1e9999999999}"), "a",
                        "field 'author.accountAgeDays': must be a whole number from 0 to 2147483647, was …(12 chars)"),
                arguments("count with a tiny exponent", item("'author':{'accountAgeDays':1e-9999999999}"), "a",
                        "field 'author.accountAgeDays': must be a whole number from 0 to 2147483647, was 1e-…(10 chars)"),
                arguments("count of a tiny fraction", item("'author':{'accountAgeDays':1e-999999999}"), "a",
                        "field 'author.accountAgeDays': must be a whole number, was 1e-…(9 chars)"),
                arguments("count of twenty digits", item("'author':{'accountAgeDays':99999999999999999999}"), "a",
                        "field 'author.accountAgeDays': must be at most 2147483647, was …(20 chars)"),
                arguments("count one past int", item("'author':{'priorViolations':2147483648}"), "a",
                        "field 'author.priorViolations': must be at most 2147483647, was …(10 chars)"),
                arguments("size one past long", item("'files':[{'path':'a','sizeBytes':9223372036854775808}]"), "a",
                        "field 'files[0].sizeBytes': must be at most 9223372036854775807, was …(19 chars)"),
                arguments("negative size", item("'files':[{'path':'a','sizeBytes':-1}]"), "a",
                        "field 'files[0].sizeBytes': must be >= 0, was -1"),
                // required fields
                arguments("missing id", json("{'kind':'model'}"), null, "field 'id': is required"),
                arguments("null id", json("{'id':null,'kind':'model'}"), null, "field 'id': is required"),
                arguments("blank id", json("{'id':' ','kind':'model'}"), null, "field 'id': must not be blank"),
                arguments("missing kind", json("{'id':'a'}"), "a", "field 'kind': is required"),
                arguments("null kind", json("{'id':'a','kind':null}"), "a", "field 'kind': is required"),
                arguments("missing file path", item("'files':[{'path':'a'},{'sizeBytes':1}]"), "a", "field 'files[1].path': is required"),
                arguments("blank file path", item("'files':[{'path':''}]"), "a", "field 'files[0].path': must not be blank"),
                arguments("missing report reason", item("'reports':[{'verified':true}]"), "a", "field 'reports[0].reason': is required"),
                arguments("target without kind", item("'target':{'id':'bob'}"), "a", "field 'target.kind': is required"),
                // enum values
                arguments("unknown kind", json("{'id':'a','kind':'modle'}"), "a",
                        "field 'kind': unknown value 'modle' (expected one of " + KINDS + ")"),
                arguments("enum values are lower case", json("{'id':'a','kind':'MODEL'}"), "a",
                        "field 'kind': unknown value 'MODEL' (expected one of " + KINDS + ")"),
                arguments("unknown visibility", item("'visibility':'secret'"), "a",
                        "field 'visibility': unknown value 'secret' (expected one of public, private)"),
                arguments("unknown gating", item("'gating':'strict'"), "a",
                        "field 'gating': unknown value 'strict' (expected one of none, auto, manual)"),
                arguments("unknown purpose", item("'purpose':'fun'"), "a",
                        "field 'purpose': unknown value 'fun' (expected one of research, education, news, art, commercial, other)"),
                arguments("unknown target kind", item("'target':{'kind':'group'}"), "a",
                        "field 'target.kind': unknown value 'group' (expected one of user, staff, none)"),
                arguments("unknown malware scan", item("'files':[{'path':'a','malwareScan':'dirty'}]"), "a",
                        "field 'files[0].malwareScan': unknown value 'dirty' (expected one of clean, infected, pending)"),
                arguments("unknown person kind", item("'people':[{'kind':'celebrity'}]"), "a",
                        "field 'people[0].kind': unknown value 'celebrity' (expected one of private-person, public-figure, fictional)"),
                arguments("unknown likeness", item("'people':[{'likeness':['voice','hand']}]"), "a",
                        "field 'people[0].likeness[1]': unknown value 'hand' (expected one of face, voice, name, body)"),
                arguments("unknown consent", item("'people':[{'consent':'implied'}]"), "a",
                        "field 'people[0].consent': unknown value 'implied' (expected one of none, documented, self)"),
                arguments("unknown personal data", item("'personalData':'some'"), "a",
                        "field 'personalData': unknown value 'some' (expected one of none, consented, unconsented)"),
                arguments("unknown report reason", item("'reports':[{'reason':'rude'}]"), "a",
                        "field 'reports[0].reason': unknown value 'rude' (expected one of ethical, legal, copyright, harassment, spam, other)"),
                arguments("a long value is cut", json("{'id':'a','kind':'" + "z".repeat(5000) + "'}"), "a",
                        "field 'kind': unknown value '" + "z".repeat(60) + "...' (expected one of " + KINDS + ")"),
                arguments("a line break in a value is escaped", json("{'id':'a','kind':'mo\\ndel'}"), "a",
                        "field 'kind': unknown value 'mo\\ndel' (expected one of " + KINDS + ")"),
                arguments("a line break in a key is escaped", item("'x\\ny':1"), "a",
                        "field 'x\\ny': unknown field (expected one of " + ITEM_FIELDS + ")"),
                // not JSON, or not an item
                arguments("NaN", item("'signals':{'hate':NaN}"), "a", "malformed JSON at column 47: Non-standard token 'NaN'"),
                arguments("Infinity", item("'signals':{'hate':Infinity}"), "a",
                        "malformed JSON at column 52: Non-standard token 'Infinity'"),
                arguments("truncated", json("{'id':'a','kind':'model'"), "a",
                        "malformed JSON at column 25: Unexpected end-of-input: expected close marker for Object"),
                arguments("truncated in a string", json("{'id':'a','kind':'mod"), "a",
                        "malformed JSON at column 22: Unexpected end-of-input: was expecting closing quote for a string value"),
                arguments("missing value", json("{'id':'a','kind':}"), "a",
                        "malformed JSON at column 18: Unexpected character ('}' (code 125)): expected a value"),
                arguments("single quotes", "{'id':'a'}", null,
                        "malformed JSON at column 2: Unexpected character (''' (code 39)): was expecting double-quote to start field name"),
                arguments("a long bad token is cut", json("{'id':'a','kind':" + "x".repeat(5000) + "}"), "a",
                        "malformed JSON at column 78: Unrecognized token '" + "x".repeat(60)
                                + "...': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')"),
                arguments("a number over Jackson's length limit", item("'author':{'accountAgeDays':" + "9".repeat(1001) + "}"), "a",
                        "JSON over a size limit at column 1054: Number value length (1001) exceeds the maximum allowed (1000)"),
                arguments("nested past the limit", item("'signals':{'hate':" + "[".repeat(15) + "]".repeat(15) + "}"), "a",
                        "JSON nested deeper than the limit of 16 levels at column 59"),
                arguments("a second value", json("{'id':'a','kind':'model'} {}"), "a", "unexpected content after the item at column 27"),
                arguments("a stray close", json("{'id':'a','kind':'model'}}"), "a",
                        "malformed JSON at column 26: Unexpected close marker '}': no open Object to close"),
                arguments("an array", "[1]", null, "expected an item object, was array"),
                arguments("a string", "\"a\"", null, "expected an item object, was string"),
                arguments("a number", "5", null, "expected an item object, was number"),
                arguments("null", "null", null, "expected an item object, was null"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejected")
    void rejects(String name, String json, String id, String error) {
        // as line 2 of a batch: an error record
        assertThat(STRICT.readAll(utf8(json("{'id':'first','kind':'model'}\n") + json)))
                .containsExactly(new Parsed(1, minimal("first")), new Unreadable(2, id, error));
        // parse() throws the same message; a field problem as an InvalidItemException naming the field
        assertThatThrownBy(() -> STRICT.parse(json))
                .isInstanceOf(error.startsWith("field '") ? InvalidItemException.class : IllegalArgumentException.class)
                .hasMessage(error);
    }

    /** The rejected items that are well-formed JSON: within an array, they spoil only their own record. */
    static Stream<Arguments> rejectedWellFormed() {
        return rejected().filter(a -> {
            String error = (String) a.get()[3];
            return error.startsWith("field '") || error.startsWith("expected an item object");
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectedWellFormed")
    void rejectsWithinAnArrayToo(String name, String json, String id, String error) {
        // given: the item as the second element of an array
        String array = "[" + json("{'id':'first','kind':'model'}") + ",\n" + json + ",\n" + json("{'id':'last','kind':'model'}") + "]";

        // then: its record is numbered 2 and the others are read
        assertThat(STRICT.readAll(utf8(array))).containsExactly(
                new Parsed(1, minimal("first")), new Unreadable(2, id, error), new Parsed(3, minimal("last")));
    }

    @Test
    void lenientReadingSkipsUnknownKeysOnly() {
        // given
        String unknownKeys = item("'nmae':1,'author':{'id':'acme','age':{'deep':[1,2]}},'people':[{'name':'Jane','nmae':'x'}]");
        ContentItem expected = with(b -> b.author(new Author("acme", null, 0, false))
                .person(new Person("Jane", null, Set.of(), null, false)));

        // then
        assertThat(LENIENT.parse(unknownKeys)).isEqualTo(expected);
        assertThatThrownBy(() -> STRICT.parse(unknownKeys)).hasMessage(
                "field 'nmae': unknown field (expected one of " + ITEM_FIELDS + ")");
        assertThatThrownBy(() -> LENIENT.parse(item("'nmae':1,'people':[{'kind':'celebrity'}]"))).hasMessage(
                "field 'people[0].kind': unknown value 'celebrity' (expected one of private-person, public-figure, fictional)");
        assertThatThrownBy(() -> LENIENT.parse(item("'nmae':1,'title':5"))).hasMessage(
                "field 'title': expected a string, was number");
        assertThatThrownBy(() -> LENIENT.parse(item("'nmae':1,'nmae':2"))).hasMessage("field 'nmae': repeated key");
    }

    @ParameterizedTest(name = "line break {0}")
    @ValueSource(strings = {"\\n", "\\r\\n", "\\r"})
    void readsJsonLinesPastABadLine(String escapedBreak) {
        // given: line 3 is bad, lines 5 and 6 are blank, and the last line has no line break
        String br = escapedBreak.replace("\\n", "\n").replace("\\r", "\r");
        String input = String.join(br,
                json("{'id':'one','kind':'model'}"),
                json("{'id':'two','kind':'model'}"),
                json("{'id':'three','kind':'modle'}"),
                json("{'id':'four','kind':'model'}"),
                "",
                " \t ",
                json("{'id':'seven','kind':'model'}"));

        // when
        List<ReadResult> results = STRICT.readAll(utf8(input));

        // then
        assertThat(results).containsExactly(
                new Parsed(1, minimal("one")),
                new Parsed(2, minimal("two")),
                new Unreadable(3, "three", "field 'kind': unknown value 'modle' (expected one of " + KINDS + ")"),
                new Parsed(4, minimal("four")),
                new Parsed(7, minimal("seven")));
    }

    static Stream<Arguments> arrays() {
        String a = json("{'id':'a','kind':'model'}");
        String b = json("{'id':'b','kind':'model'}");
        return Stream.of(
                arguments("elements numbered from 1", "\n\n  [\n" + a + ",\n" + json("{'id':'x','kind':'modle'}") + ",\n 5, [],\n"
                                + json("{'id':'y','kind':'model','title':'t','title':'t'}") + ",\n" + b + "\n]\n",
                        List.of(new Parsed(1, minimal("a")),
                                new Unreadable(2, "x", "field 'kind': unknown value 'modle' (expected one of " + KINDS + ")"),
                                new Unreadable(3, null, "expected an item object, was number"),
                                new Unreadable(4, null, "expected an item object, was array"),
                                new Unreadable(5, "y", "field 'title': repeated key"),
                                new Parsed(6, minimal("b")))),
                arguments("empty", " [ ] ", List.of()),
                arguments("broken after two elements", "\n\n  [" + a + ", " + b + ", {\"id\":\"c\",\"kind\":",
                        List.of(new Parsed(1, minimal("a")), new Parsed(2, minimal("b")),
                                new Unreadable(0, null, "malformed JSON at line 3, column 75: Unexpected end-of-input "
                                        + "within/between Object entries"))),
                arguments("not closed", "[" + a, List.of(new Parsed(1, minimal("a")), new Unreadable(0, null,
                        "malformed JSON at line 1, column 27: Unexpected end-of-input: expected close marker for Array"))),
                arguments("missing comma", "[" + a + " " + b + "]", List.of(new Parsed(1, minimal("a")), new Unreadable(0, null,
                        "malformed JSON at line 1, column 28: Unexpected character ('{' (code 123)): "
                                + "was expecting comma to separate Array entries"))),
                arguments("content after the array", "[" + a + "]\n" + b, List.of(new Parsed(1, minimal("a")),
                        new Unreadable(0, null, "unexpected content after the array at line 2, column 1"))),
                arguments("nested past the limit", "[" + a + "," + item("'x':" + "[".repeat(16) + "]".repeat(16)) + "," + b + "]",
                        List.of(new Parsed(1, minimal("a")),
                                new Unreadable(0, null, "JSON nested deeper than the limit of 16 levels at line 1, column 73"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("arrays")
    void readsAJsonArrayElementByElement(String name, String input, List<ReadResult> expected) {
        assertThat(STRICT.readAll(utf8(input))).isEqualTo(expected);
    }

    @Test
    void nestingLimitIsConfigurable() {
        // the item is level 1; people, a person and its likeness are levels 2 to 4
        String people = item("'people':[{'likeness':['voice']}]");
        String deep = item("'x':" + "[".repeat(15) + "]".repeat(15)); // 16 levels

        assertThat(LENIENT.parse(deep)).isEqualTo(minimal("a"));
        assertThat(ItemReader.builder().maxNestingDepth(4).build().parse(people).people()).hasSize(1);
        assertThatThrownBy(() -> ItemReader.builder().maxNestingDepth(3).build().parse(people))
                .hasMessage("JSON nested deeper than the limit of 3 levels at column 49");
    }

    @Test
    void aLineOverTheLimitIsReportedAndTheRestRead() {
        // given
        ItemReader reader = ItemReader.builder().maxLineLength(60).build();
        String exactly60 = item("'title':'" + "x".repeat(60 - 36) + "'");
        assertThat(exactly60).hasSize(60);
        String input = exactly60 + "\n" + exactly60.replace("'title'", "'title'") + " " + "\n" + json("{'id':'b','kind':'model'}");

        // when
        List<ReadResult> results = reader.readAll(utf8(input));

        // then
        assertThat(results).hasSize(3);
        assertThat(results.get(0)).isInstanceOf(Parsed.class);
        assertThat(results.get(1)).isEqualTo(new Unreadable(2, null, "line is longer than the limit of 60 characters"));
        assertThat(results.get(2)).isEqualTo(new Parsed(3, minimal("b")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"'text':'%s','tags':['a']", "'tags':['a'],'text':'%s'", "'x':{'y':'%s'}"})
    void anArrayElementOverTheLimitIsReportedAndTheRestRead(String longField) {
        ItemReader reader = ItemReader.builder().maxLineLength(60).lenient(true).build();
        String input = "[" + item("'title':'short'") + ",\n" + item(longField.formatted("x".repeat(100)))
                + ",\n" + json("{'id':'b','kind':'model'}") + "]";

        assertThat(reader.readAll(utf8(input))).containsExactly(
                new Parsed(1, with(b -> b.title("short"))),
                new Unreadable(2, "a", "item is longer than the limit of 60 characters"),
                new Parsed(3, minimal("b")));
    }

    @Test
    void parseNamesTheLineOfAProblemInMultiLineJson() {
        assertThatThrownBy(() -> STRICT.parse("{\n  \"id\": \"a\",\n  \"kind\": }"))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("malformed JSON at line 3, column 11: Unexpected character ('}' (code 125)): expected a value");
    }

    @Test
    void theDefaultLineLimitIs4MiBCharacters() {
        int limit = 4 * 1024 * 1024;
        String prefix = json("{'id':'a','kind':'model','text':'");
        String atLimit = prefix + "x".repeat(limit - prefix.length() - 2) + "\"}";
        assertThat(atLimit).hasSize(limit);

        List<ReadResult> results = STRICT.readAll(utf8(atLimit + "\n" + atLimit + " "));

        assertThat(results.get(0)).isInstanceOf(Parsed.class);
        assertThat(results.get(1)).isEqualTo(new Unreadable(2, null, "line is longer than the limit of 4194304 characters"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n\n", " \t \r\n\r\n  ", "\uFEFF", "\uFEFF \n"})
    void blankInputHasNoRecords(String input) {
        assertThat(STRICT.readAll(utf8(input))).isEmpty();
    }

    @Test
    void aByteOrderMarkIsSkipped() {
        assertThat(STRICT.readAll(utf8("\uFEFF" + json("{'id':'a','kind':'model'}"))))
                .containsExactly(new Parsed(1, minimal("a")));
        assertThat(STRICT.readAll(utf8("\uFEFF[" + json("{'id':'a','kind':'model'}") + "]")))
                .containsExactly(new Parsed(1, minimal("a")));
    }

    @Test
    void onlySpacesAndTabsMakeALineBlank() {
        assertThat(STRICT.readAll(utf8("\u00a0"))).singleElement()
                .isInstanceOfSatisfying(Unreadable.class, u -> assertThat(u.error()).startsWith("malformed JSON at column 1: "));
    }

    @Test
    void recordsReachTheSinkBeforeTheInputEnds() {
        // given: a stream that fails after its first two lines
        InputStream failing = new InputStream() {
            private final InputStream lines = utf8(json("{'id':'a','kind':'model'}\n{'id':'b','kind':'model'}\n"));

            @Override
            public int read() throws IOException {
                throw new AssertionError("read in bulk");
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = lines.read(buffer, offset, length);
                if (n < 0) {
                    throw new IOException("disk gone");
                }
                return n;
            }
        };
        List<ReadResult> seen = new ArrayList<>();

        // when / then
        assertThatThrownBy(() -> STRICT.read(failing, seen::add))
                .isInstanceOf(UncheckedIOException.class).hasRootCauseMessage("disk gone");
        assertThat(seen).containsExactly(new Parsed(1, minimal("a")), new Parsed(2, minimal("b")));
    }

    @Test
    void everyTruncationOfAnItemIsOneRecordAndNothingThrows() {
        String line = Fixtures.exampleJson().replace("\n", " ").strip();
        for (int end = 1; end < line.length(); end++) {
            String prefix = line.substring(0, end);
            List<ReadResult> lines = STRICT.readAll(utf8(prefix));
            assertThat(lines).as(prefix).hasSize(prefix.isBlank() ? 0 : 1);
            List<ReadResult> array = STRICT.readAll(utf8("[" + prefix));
            assertThat(array).as(prefix).last().extracting(ReadResult::line).isEqualTo(0);
            assertThatThrownBy(() -> STRICT.parse(prefix)).as(prefix).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void optionsAreChecked() {
        assertThatThrownBy(() -> ItemReader.builder().maxLineLength(0)).hasMessage("max line length must be positive");
        assertThatThrownBy(() -> ItemReader.builder().maxNestingDepth(0)).hasMessage("max nesting depth must be from 1 to 1000");
        assertThatThrownBy(() -> ItemReader.builder().maxNestingDepth(1001)).hasMessage("max nesting depth must be from 1 to 1000");
    }

    /** The minimal item {@code a} with more set. */
    private static ContentItem with(java.util.function.UnaryOperator<ContentItem.Builder> more) {
        return more.apply(ContentItem.builder("a", ContentKind.MODEL)).build();
    }
}
