package io.github.hubpolicy.rules.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.json.ItemReader;
import io.github.hubpolicy.json.ReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Issue 15's single pass against the detectors of main 5a1c83d (the {@code ...Reference} copies in
 * the test sources): the same findings, kind, value and span, on texts made of what the changed
 * detectors react to (every word of a metric manipulation phrase in random case, digit runs and
 * their separators, cards, social security numbers, credentials, addresses, links, letters and
 * digits of other scripts, full-width forms, format characters, surrogates, sentence ends) and
 * on the bundled sample items. Over 100,000 texts in all; the count is checked at the end.
 */
class DetectorDifferentialTest {
    private static final TextScanner SCANNER = new TextScanner("US");
    private static final TextScannerReference REFERENCE = new TextScannerReference("US", TextScanner.DEFAULT_PHONE_LIBRARY_CHARS);
    private static final Path SAMPLES = Path.of("../policy-examples/samples/items.jsonl");

    /** Every word of every metric manipulation phrase, and a few near them. */
    private static final String[] PHRASE_WORDS = {
        "like", "likes", "follow", "follows", "star", "stars", "upvote", "upvotes", "sub", "subs", "subscribe",
        "subscribes", "like4like", "follow4follow", "star4star", "upvote4upvote", "sub4sub", "l4l", "f4f", "s4s",
        "for", "4", "me", "back", "and", "&", "my", "our", "this", "get", "win", "earn", "receive", "free", "credit",
        "credits", "money", "moneys", "monies", "gift", "gifts", "prize", "prizes", "reward", "rewards", "$", "\u20ac",
        "\u00a5", "liked", "liker", "fol", "st", "starr", "upvot", "subscriber", "l4", "4l", "f4", "s4s4", "likes4likes",
        "l", "f", "s", "u", "follo", "x4x", "star4stars", "s\u0131", "\u017ftar", "li\u212Ae", "\uff4c\uff49\uff4b\uff45",
    };
    /** What the view, the card and SSN detector and the rest react to besides words and digits. */
    private static final String[] OTHER = {
        " ", " ", " ", " ", "  ", "-", "-", " - ", "--", ".", "/", ",", ":", "\n", "\r\n", "!", "?", "\t", "\u000B",
        "\u0085", "\u2028", "\u00a0", "\u3000", "\u200b", "\u00ad", "\ufeff", "\udb40\udc01", "\uff10", "\uff14\uff11",
        "\uff0d", "\uff0e", "\u0660", "\u0664\u0661", "\u096a", "\ud835\udfce", "\ud835\udfd7\ud835\udfd7", "\ud83d\ude00",
        "\ud800", "\udc00", "\u00e9", "\u00df", "\u0434\u043e\u0431", "\u4e2d\u6587", "\u00c5", "\u212a",
        "4111 1111 1111 1111", "4111-1111-1111-1111", "5555 5555 5555 4444 123", "4012888888881881", "3782 822463 10005",
        "4111 1111-1111 1111", "123-45-6789", "078-05-1120", "123-45-67890", "2023-08-30", "(415) 555-0199",
        "+1 415 555 0199", "jane.doe@example.com", "jane [at] example [dot] com", "a@b.co-uk", "https://x.io",
        "HTTP://", "hf_" + "a1B2".repeat(8) + "xy", "AKIA" + "ABCD1234EFGH5678", "ghp_" + "q".repeat(36),
        "-----BEGIN RSA PRIVATE KEY-----", "the", "model", "star-", "like.", "#", "@",
    };

    private static long texts;
    /** How many scans found something of each kind: the generators must reach every detector. */
    private static long identifiers;
    private static long metricPhrases;
    private static long otherMatches;

    @Property(tries = 45_000)
    void sameFindingsOnMixedTexts(@ForAll("texts") String title, @ForAll("texts") String text, @ForAll boolean community) {
        assertSameScan(title, text, community);
    }

    @Property(tries = 15_000)
    void sameMetricManipulationOnPhraseTexts(@ForAll("phrases") String text) {
        texts++;
        var expected = MetricManipulationDetectorReference.find(TextField.TEXT, text);
        assertThat(MetricManipulationDetector.find(TextField.TEXT, text)).as("%s", text).isEqualTo(expected);
        metricPhrases += expected.isPresent() ? 1 : 0;
    }

    @Property(tries = 15_000)
    void sameIdentifiersOnDigitTexts(@ForAll("digitTexts") String text) {
        assertSameScan(null, text, false);
    }

    @Example
    void sameFindingsOnTheSampleItems() throws IOException {
        int items = 0;
        try (InputStream in = Files.newInputStream(SAMPLES)) {
            for (ReadResult result : ItemReader.strict().readAll(in)) {
                ContentItem item = ((ReadResult.Parsed) result).item();
                assertSameScan(item.title(), item.text(), item.kind().isCommunity());
                assertSameScan(item.title(), item.text(), !item.kind().isCommunity());
                items++;
            }
        }
        assertThat(items).isPositive();
    }

    @Example
    void sameFindingsOnKnownHardCases() {
        String[] cases = {
            "star4star", "STAR 4 star", "Like For LIKE", "follow ME back", "\u017ftar for \u017ftar", "star for \u017ftar",
            "like and get free", "likes & win $5", "like my repo. get free", "subscribe this and you get a free gift",
            "4111 1111 1111 1111", "x4111 1111 1111 1111", "4111 1111 1111 11112", "123-45-6789", "-123-45-6789",
            "1234-45-6789", "\uff14\uff11\uff11\uff11 1111 1111 1111", "\u200b123-45-6789", "1234 5678", "123-4",
            "4111111111111111", "4111 1111 1111 1111 111", "4111 111111 11111", "like4like\ud835\udfce",
        };
        for (String text : cases) {
            assertSameScan(text, text, true);
        }
    }

    @AfterContainer
    static void enoughTexts() {
        assertThat(texts).isGreaterThanOrEqualTo(100_000);
        assertThat(identifiers).isGreaterThan(1_000);
        assertThat(metricPhrases).isGreaterThan(1_000);
        assertThat(otherMatches).isGreaterThan(1_000);
    }

    private static void assertSameScan(String title, String text, boolean community) {
        texts += (title == null ? 0 : 1) + (text == null ? 0 : 1);
        TextScan expected = REFERENCE.scan(title, text, community);
        assertThat(SCANNER.scan(title, text, community)).as("title %s, text %s", title, text).isEqualTo(expected);
        identifiers += expected.identifiers().isEmpty() ? 0 : 1;
        metricPhrases += expected.metricManipulation().isPresent() ? 1 : 0;
        otherMatches += expected.matches().size() > expected.identifiers().size() || expected.links() > 0 ? 1 : 0;
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(casedWord(), digits(), Arbitraries.of(OTHER), Arbitraries.of(OTHER), unicodeLetter())
                .list().ofMaxSize(30).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> phrases() {
        Arbitrary<String> spaces = Arbitraries.of(" ", " ", " ", "  ", "", ", ", ". ", "\n", "\u00a0", "\u2028", "\u3000", "x ");
        return Combinators.combine(casedWord(), spaces).as((word, space) -> word + space)
                .list().ofMaxSize(14).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> digitTexts() {
        Arbitrary<String> separators = Arbitraries.of(" ", " ", "-", "-", "", ".", "/", "x", "\uff0d", "\u200b", "\u3000", "  ", "- ");
        Arbitrary<String> run = Arbitraries.oneOf(digits(), Arbitraries.of("4111", "1111", "123", "45", "6789", "\uff14\uff11\uff11\uff11",
                "\u0661\u0662\u0663", "\ud835\udfcf\ud835\udfd0\ud835\udfd1"));
        return Combinators.combine(run, separators).as((digits, separator) -> digits + separator)
                .list().ofMaxSize(12).map(parts -> String.join("", parts));
    }

    /** A phrase word with each letter's case chosen at random. */
    private static Arbitrary<String> casedWord() {
        return Combinators.combine(Arbitraries.of(PHRASE_WORDS), Arbitraries.longs()).as((word, bits) -> {
            StringBuilder cased = new StringBuilder(word.length());
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                cased.append((bits >>> (i & 63) & 1) != 0 && Ascii.isLetter(c) ? Character.toUpperCase(c) : c);
            }
            return cased.toString();
        });
    }

    private static Arbitrary<String> digits() {
        return Arbitraries.strings().withCharRange('0', '9').ofMinLength(1).ofMaxLength(21);
    }

    /** Letters, digits and marks of every plane, surrogates alone included. */
    private static Arbitrary<String> unicodeLetter() {
        return Arbitraries.strings().all().ofMinLength(1).ofMaxLength(3);
    }
}
