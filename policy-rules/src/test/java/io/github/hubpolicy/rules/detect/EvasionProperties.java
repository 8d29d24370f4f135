package io.github.hubpolicy.rules.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Catalog revision 2, section 4: inserting format characters anywhere in a text, writing its
 * ASCII characters in full-width forms, or its digits in another script, changes no detector's
 * findings except their offsets, which land exactly on the characters the plain findings stand
 * for (the left-out characters inside a match included).
 */
class EvasionProperties {
    private static final TextScanner SCANNER = new TextScanner("US");

    /** Format characters (Cf), one astral: zero-width space, joiners, word joiner, soft hyphen, BOM, bidi marks, a language tag. */
    private static final String[] FORMAT = {
        "\u200B", "\u200C", "\u200D", "\u2060", "\u00AD", "\uFEFF", "\u200E", "\u200F", "\u202A", "\u202E",
        "\u2066", "\u2069", "\u061C", "\uDB40\uDC01"};
    /** The digit zero of other scripts (Nd), three of them astral: Arabic-Indic, Extended Arabic-Indic, Devanagari, Bengali, Thai, full-width, Osmanya, mathematical bold and monospace. */
    private static final int[] ZEROS = {0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50, 0xFF10, 0x104A0, 0x1D7CE, 0x1D7F6};

    /** What the detectors look for, their near misses, and ordinary text around them. */
    private static final String[] FRAGMENTS = {
        "jane.doe@example.com", "Bob.Smith+tag@Mail.Example.ORG", "jane.doe [at] example [dot] com",
        "jane(AT)example.org", "jane at example dot com", "jane[at)example.com", "user@localhost",
        "(415) 555-0199", "+1 415 555 0199", "+44 20 7946 0958", "4155550199", "42 43 44 45 46", "2023-08-30",
        "v1.2.3.4", "192.168.100.200", "4111 1111 1111 1111", "5555-5555-5555-4444", "4012888888881881",
        "3782 822463 10005", "4111 1111 1111 1111 2222", "123-45-6789", "123-45-67890",
        "hf_" + "a1B2".repeat(8) + "xy", "api_org_" + "Z9".repeat(17), "AKIA" + "ABCD1234EFGH5678",
        "ghp_" + "q".repeat(36), "-----BEGIN RSA PRIVATE KEY-----", "hf_short",
        "https://example.com/a", "HTTP://x.io", "star my repo to get free credits", "upvote and get $5",
        "like for like", "l4l", "follow me back", "I'd like to get free GPU credits", "follow this guide to get started",
        "the model", "scores 0.85 0.91", "call", "mail", "token", "card", "ssn", "lr=3e-4", "#42",
    };
    private static final String[] GLUE = {" ", " ", " ", ", ", ". ", "\n", ": ", "(", ")", "-", "", "\t"};

    private enum Evasion { FORMAT_CHARACTERS, FULL_WIDTH, OTHER_DIGITS, ALL }

    /** A text with its evasion, and where each plain character landed in it. */
    private record Rendered(String text, int[] start, int[] end) {
        Span map(Span plain) {
            if (plain.start() == plain.end()) {
                return plain;
            }
            return new Span(plain.field(), start[plain.start()], end[plain.end() - 1]);
        }
    }

    @Property(tries = 10_000)
    void evasionChangesNoFindingButItsOffsets(@ForAll("texts") String title, @ForAll("texts") String text,
                                              @ForAll Evasion evasion, @ForAll long seed) {
        Random random = new Random(seed);
        double share = new double[] {0.1, 0.5, 1.0}[random.nextInt(3)];
        Rendered evadedTitle = render(title, evasion, share, random);
        Rendered evadedText = render(text, evasion, share, random);

        TextScan plain = SCANNER.scan(title, text, true);
        TextScan evaded = SCANNER.scan(evadedTitle.text(), evadedText.text(), true);

        assertThat(evaded.links()).isEqualTo(plain.links());
        assertThat(evaded.contactDetails()).containsExactlyElementsOf(plain.contactDetails().stream()
                .map(c -> new ContactDetail(c.kind(), c.normalized(), mapped(c.span(), evadedTitle, evadedText)))
                .toList());
        assertThat(evaded.identifiers()).containsExactlyElementsOf(plain.identifiers().stream()
                .map(i -> new SensitiveIdentifier(i.kind(), mapped(i.span(), evadedTitle, evadedText)))
                .toList());
        assertThat(evaded.credentials()).containsExactlyElementsOf(plain.credentials().stream()
                .map(c -> new Credential(c.kind(), mapped(c.span(), evadedTitle, evadedText)))
                .toList());
        assertThat(evaded.metricManipulation())
                .isEqualTo(plain.metricManipulation().map(s -> mapped(s, evadedTitle, evadedText)));
    }

    /** The fragments reach every detector: the property would be empty otherwise. */
    @Example
    void theFragmentsHoldSomethingForEveryDetector() {
        TextScan scan = SCANNER.scan("", String.join(" . ", FRAGMENTS), true);

        assertThat(scan.contactDetails()).extracting(ContactDetail::kind).contains(ContactKind.EMAIL, ContactKind.PHONE);
        assertThat(scan.identifiers()).extracting(SensitiveIdentifier::kind)
                .contains(IdentifierKind.PAYMENT_CARD, IdentifierKind.US_SSN);
        assertThat(scan.credentials()).extracting(Credential::kind).containsOnly(CredentialKind.values());
        assertThat(scan.links()).isEqualTo(2);
        assertThat(scan.metricManipulation()).isPresent();
    }

    /** Every zero above is a decimal digit zero followed by the other nine, as the evasion assumes. */
    @Example
    void theOtherScriptsDigitsAreDecimalDigits() {
        for (int zero : ZEROS) {
            assertThat(IntStream.range(0, 10).map(d -> Character.digit(zero + d, 10))).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
            assertThat(IntStream.range(0, 10).allMatch(d -> Character.getType(zero + d) == Character.DECIMAL_DIGIT_NUMBER)).isTrue();
        }
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of(FRAGMENTS),
                Arbitraries.strings().withChars("abcxyzHF_019@.-+ ()[]").ofMaxLength(8));
        return Arbitraries.of(GLUE).list().ofMinSize(1).ofMaxSize(10)
                .flatMap(glue -> piece.list().ofSize(glue.size()).map(pieces -> {
                    StringBuilder text = new StringBuilder();
                    for (int i = 0; i < glue.size(); i++) {
                        text.append(pieces.get(i)).append(glue.get(i));
                    }
                    return text.toString();
                }));
    }

    private static Span mapped(Span plain, Rendered title, Rendered text) {
        return (plain.field() == TextField.TITLE ? title : text).map(plain);
    }

    /** {@code plain} with the evasion applied to a share of its characters, and where each landed. */
    private static Rendered render(String plain, Evasion evasion, double share, Random random) {
        StringBuilder out = new StringBuilder();
        int[] start = new int[plain.length()];
        int[] end = new int[plain.length()];
        int zero = ZEROS[random.nextInt(ZEROS.length)];
        for (int i = 0; i <= plain.length(); i++) {
            if ((evasion == Evasion.FORMAT_CHARACTERS || evasion == Evasion.ALL) && random.nextDouble() < share) {
                for (int k = random.nextInt(3); k >= 0; k--) {
                    out.append(FORMAT[random.nextInt(FORMAT.length)]);
                }
            }
            if (i == plain.length()) {
                break;
            }
            char c = plain.charAt(i);
            start[i] = out.length();
            boolean changed = random.nextDouble() < share;
            if (changed && c >= '0' && c <= '9' && (evasion == Evasion.OTHER_DIGITS || evasion == Evasion.ALL)) {
                out.appendCodePoint(zero + c - '0');
            } else if (changed && (evasion == Evasion.FULL_WIDTH || evasion == Evasion.ALL) && c == ' ') {
                out.append('\u3000');
            } else if (changed && (evasion == Evasion.FULL_WIDTH || evasion == Evasion.ALL) && c >= '!' && c <= '~') {
                out.append((char) (c - '!' + 0xFF01));
            } else {
                out.append(c);
            }
            end[i] = out.length();
        }
        return new Rendered(out.toString(), start, end);
    }
}
