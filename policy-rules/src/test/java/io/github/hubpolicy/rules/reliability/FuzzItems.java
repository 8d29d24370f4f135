package io.github.hubpolicy.rules.reliability;

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
import io.github.hubpolicy.api.Signal;
import io.github.hubpolicy.api.Signals;
import io.github.hubpolicy.api.Target;
import io.github.hubpolicy.api.TargetKind;
import io.github.hubpolicy.api.Visibility;
import io.github.hubpolicy.rules.Limits;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators of arbitrary {@link ContentItem}s for the property tests: every field, with random
 * and extreme values (empty, at and just over the {@link Limits#DEFAULT} bounds, boundary scores,
 * random Unicode with unpaired surrogates, control characters, RTL marks, emoji and NUL) and text
 * that looks like rule-language code or that the detectors find.
 */
public final class FuzzItems {
    /** DRL and MVEL lookalikes: an item must be decided on them as on any other text. */
    public static final List<String> CODE_LOOKALIKES = List.of(
            "\"); System.exit(1); (\"",
            "rule \"x\" when then end",
            "${7*7}",
            "@{java.lang.Runtime.getRuntime()}",
            "eval(true)",
            "modify($item) { setKind(null) }",
            "end\nrule \"injected\" when Item() then System.exit(2); end",
            "#{System.setProperty('hubpolicy.fuzz', 'executed')}",
            "import function java.lang.System.exit;",
            "drools.halt();",
            "$item : Item( community )",
            "java.lang.Runtime.getRuntime().exec(\"sh\")",
            "%s%n%d%1$s");

    /** Text the detectors find: credentials, card numbers, SSNs, contact details, links, metric manipulation. */
    public static final List<String> DETECTABLE = List.of(
            "hf_" + "aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bD1fH3j",
            "api_org_" + "Zy8Xw6Vu4Ts2Rq0Po8Nm6Lk4Ji2Hg0Fe8D",
            "AKIA" + "ABCDEFGHIJ234567",
            "ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8",
            "-----BEGIN RSA PRIVATE KEY-----",
            "4111 1111 1111 1111",
            "4111111111111111",
            "123-45-6789",
            "jane.doe@example.com",
            "+1 415 555 0199",
            "(415) 555-0199",
            "https://example.com/a",
            "like for like",
            "star my repo to get free credits");

    /** Characters and short strings that break naive text handling. */
    public static final List<String> ODD = List.of(
            "", " ", "\t", "\u0000", "\u0007", "\u001b[31m", "\u007f", "\uD800", "\uDBFF", "\uDC00", "\uDFFF",
            "\uD83D\uDE00", "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "\u202E", "\u200F",
            "\u202B\u05E9\u05DC\u05D5\u05DD\u202C", "\u0645\u0631\u062D\u0628\u0627", "\u2028", "\u2029",
            "\u0085", "\uFEFF", "\u00A0", "\u3000", "\uFFFF", "\uFFFE", "e\u0301", "\r\n", "\n", "\r", "\\",
            "\"", "{", "}", "[", "]", "'", "\u0130", "\u00DF", "\uFF10\uFF11");

    private static final List<String> PICKLE_IMPORTS = List.of(
            "collections.OrderedDict", "torch._utils._rebuild_tensor_v2", "torch.FloatStorage",
            "torch.cuda.HalfStorage", "numpy.core.multiarray._reconstruct", "os.system", "posix.system",
            "builtins.eval", "__builtin__.exec", "subprocess.Popen", "torch.hub.load", "os.path.join", "a.b.c",
            ".", "..", "os.", ".os", "os", "torch.Storage", "torch.xStorage");

    private static final List<String> PATHS = List.of(
            "pytorch_model.bin", "model.safetensors", "../../etc/passwd", "rules/hate.drl", "x.drl",
            "/absolute/path.pkl", "C:\\Windows\\system.ini", "a/b/../../c.bin");

    private static final List<String> CAPABILITIES = List.of("face-swap", "undress", "voice-clone", "text-generation");

    private FuzzItems() {
    }

    /** Items of every shape, huge ones (at and just over the default limits) included now and then. */
    public static Arbitrary<ContentItem> items() {
        return items(true);
    }

    /** Items of every shape, kept small (lists of up to two): for batches where each try holds several. */
    public static Arbitrary<ContentItem> smallItems() {
        return items(false);
    }

    private record Head(String id, ContentKind kind, String title, String text, List<String> tags, String license,
                        Visibility visibility, Gating gating) {
    }

    private record Middle(Purpose purpose, List<String> capabilities, Author author, Target target,
                          List<ItemFile> files, Map<String, Double> signals, List<Person> people,
                          PersonalData personalData) {
    }

    private static Arbitrary<ContentItem> items(boolean huge) {
        Limits limits = Limits.DEFAULT;
        Arbitrary<Head> head = Combinators.combine(
                id(), Arbitraries.of(ContentKind.class), text(huge), text(huge),
                list(tag(), limits.maxTags(), huge), text(false).injectNull(0.3),
                Arbitraries.of(Visibility.class).injectNull(0.5), Arbitraries.of(Gating.class).injectNull(0.5))
                .as(Head::new);
        Arbitrary<Middle> middle = Combinators.combine(
                Arbitraries.of(Purpose.class).injectNull(0.5), list(capability(), 1_000, huge), author(), target(),
                list(file(huge), limits.maxFiles(), huge), signals(), list(person(), limits.maxPeople(), huge),
                Arbitraries.of(PersonalData.class).injectNull(0.5))
                .as(Middle::new);
        Arbitrary<List<Report>> reports = list(report(), limits.maxReports(), huge);
        Arbitrary<Documentation> documentation = Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as(Documentation::new).injectNull(0.3);
        return Combinators.combine(head, middle, reports, documentation).as((h, m, r, d) -> ContentItem.builder(
                h.id(), h.kind()).title(h.title()).text(h.text()).tags(h.tags()).license(h.license())
                .visibility(h.visibility()).gating(h.gating()).purpose(m.purpose()).capabilities(m.capabilities())
                .author(m.author()).target(m.target()).files(m.files()).signals(new Signals(m.signals()))
                .people(m.people()).personalData(m.personalData()).reports(r).documentation(d).build());
    }

    /** A non-blank string: an id, a file path, a signal name. */
    public static Arbitrary<String> id() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.strings().withCharRange('a', 'z').withChars("/-_.0123456789").ofMinLength(1).ofMaxLength(40)),
                Tuple.of(3, text(false)))
                .map(s -> s.isBlank() ? s + "id" : s);
    }

    /**
     * Random text: any UTF-16 code units (so unpaired surrogates and controls), ASCII, or pieces of
     * odd characters, code lookalikes and detectable values joined by separators; with
     * {@code huge}, now and then a text of 64 Ki characters or exactly at or just over 1 MiB.
     */
    public static Arbitrary<String> text(boolean huge) {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of(ODD), Arbitraries.of(CODE_LOOKALIKES), Arbitraries.of(DETECTABLE),
                Arbitraries.strings().all().ofMaxLength(8), Arbitraries.strings().alpha().ofMaxLength(10));
        Arbitrary<String> pieces = Combinators.combine(piece.list().ofMaxSize(10), Arbitraries.of("", " ", "\n", " - "))
                .as((parts, separator) -> String.join(separator, parts));
        // Long runs of one unit. Digit runs are kept short: the detectors read them correctly but
        // slowly (about 4.5 s of CPU for 1 MiB of "4111 "), and their scaling is DetectorLinearityTest's subject.
        Arbitrary<String> bigText = Arbitraries.oneOf(
                Combinators.combine(
                        Arbitraries.of("a", "@", ".", "hf_", "\uD83D\uDE00", "\u0000", "a@b.", "[(", " ", "\u202E"),
                        Arbitraries.of(1 << 16, Limits.DEFAULT.maxTextChars(), Limits.DEFAULT.maxTextChars() + 1))
                        .as(FuzzItems::repeatTo),
                Arbitraries.of("1", "4111 ", "+1 ").map(unit -> repeatTo(unit, 1 << 12)))
                .withoutEdgeCases();
        List<Tuple.Tuple2<Integer, Arbitrary<String>>> choices = new ArrayList<>(List.of(
                Tuple.of(600, Arbitraries.strings().all().ofMaxLength(60)),
                Tuple.of(300, Arbitraries.strings().ascii().ofMaxLength(60)),
                Tuple.of(900, pieces),
                Tuple.of(150, Arbitraries.just(""))));
        if (huge) {
            choices.add(Tuple.of(1, bigText)); // about one text field in 2,000
        }
        return Arbitraries.frequencyOf(choices);
    }

    /** {@code unit} repeated and cut to exactly {@code length} characters (possibly mid surrogate pair). */
    static String repeatTo(String unit, int length) {
        return unit.repeat(length / unit.length() + 1).substring(0, length);
    }

    private static <T> Arbitrary<List<T>> list(Arbitrary<T> element, int limit, boolean huge) {
        // Mostly short lists; with huge, rarely (one list in 10,000) one exactly at the limit or one
        // over it, the same element repeated, which keeps generation cheap.
        if (!huge) {
            return element.list().ofMaxSize(2);
        }
        return Arbitraries.frequencyOf(
                Tuple.of(20_000, element.list().ofMaxSize(4)),
                Tuple.of(1, element.map(e -> Collections.nCopies(limit, e)).withoutEdgeCases()),
                Tuple.of(1, element.map(e -> Collections.nCopies(limit + 1, e)).withoutEdgeCases()));
    }

    private static Arbitrary<String> tag() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(ContentItem.AUDIENCE_TAG)),
                Tuple.of(3, text(false)));
    }

    private static Arbitrary<String> capability() {
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of(CAPABILITIES)), Tuple.of(2, text(false)));
    }

    private static Arbitrary<Author> author() {
        Arbitrary<Integer> age = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.of(0, 6, 7, Integer.MAX_VALUE)),
                Tuple.of(1, Arbitraries.integers().between(0, Integer.MAX_VALUE)));
        Arbitrary<Integer> violations = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.of(0, 1, 2, Integer.MAX_VALUE)),
                Tuple.of(1, Arbitraries.integers().between(0, Integer.MAX_VALUE)));
        return Combinators.combine(text(false).injectNull(0.4), age.injectNull(0.3), violations, Arbitraries.of(true, false))
                .as(Author::new)
                .injectNull(0.3);
    }

    private static Arbitrary<Target> target() {
        return Combinators.combine(Arbitraries.of(TargetKind.class), text(false).injectNull(0.4))
                .as(Target::new)
                .injectNull(0.3);
    }

    private static Arbitrary<ItemFile> file(boolean huge) {
        Arbitrary<String> path = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of(PATHS)), Tuple.of(2, id()));
        Arbitrary<Long> size = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.of(0L, 1L, Long.MAX_VALUE)),
                Tuple.of(1, Arbitraries.longs().between(0, Long.MAX_VALUE)));
        Arbitrary<String> pickleImport = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(PICKLE_IMPORTS)),
                Tuple.of(1, Arbitraries.of(CODE_LOOKALIKES)),
                Tuple.of(2, text(false)));
        return Combinators.combine(path, size.injectNull(0.4), list(pickleImport, Limits.DEFAULT.maxPickleImportsPerFile(), huge),
                        Arbitraries.of(MalwareScan.class).injectNull(0.3))
                .as(ItemFile::new);
    }

    private static Arbitrary<Map<String, Double>> signals() {
        Arbitrary<String> name = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(Arrays.stream(Signal.values()).map(Signal::wireName).toList())),
                Tuple.of(1, id()));
        Arbitrary<Double> score = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.of(0.0, -0.0, 1.0, 0.5, 0.8, Math.nextDown(0.5), Math.nextDown(0.8),
                        Math.nextUp(0.8), Double.MIN_VALUE, Math.nextDown(1.0))),
                Tuple.of(1, Arbitraries.doubles().between(0.0, 1.0)),
                Tuple.of(1, Arbitraries.randomValue(random -> random.nextDouble())));
        return Arbitraries.maps(name, score).ofMaxSize(6);
    }

    private static Arbitrary<Person> person() {
        return Combinators.combine(
                        text(false).injectNull(0.2), Arbitraries.of(PersonKind.class).injectNull(0.3),
                        Arbitraries.subsetOf(Likeness.values()), Arbitraries.of(Consent.class).injectNull(0.3),
                        Arbitraries.of(true, false))
                .as((name, kind, likeness, consent, minor) -> new Person(name, kind, Set.copyOf(likeness), consent, minor));
    }

    private static Arbitrary<Report> report() {
        return Combinators.combine(Arbitraries.of(ReportReason.class), Arbitraries.of(true, false)).as(Report::new);
    }
}
