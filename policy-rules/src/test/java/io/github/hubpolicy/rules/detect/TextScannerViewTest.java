package io.github.hubpolicy.rules.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Each kind of evasion of catalog revision 2, through the whole scanner: the detectors find what
 * the normalized view shows, and every position is in UTF-16 code units of the text as received,
 * end exclusive, covering the left-out characters inside the match.
 */
class TextScannerViewTest {
    private static final TextScanner SCANNER = new TextScanner("US");
    private static final String ZWSP = "\u200B";

    /** {@code ascii} with every ASCII character from U+0021 to U+007E in its full-width form, spaces as U+3000. */
    static String fullWidth(String ascii) {
        StringBuilder out = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            out.append(c == ' ' ? '\u3000' : c >= '!' && c <= '~' ? (char) (c - '!' + 0xFF01) : c);
        }
        return out.toString();
    }

    /** {@code ascii} with its digits written from {@code zero} on (any script's digit zero, astral ones too). */
    static String digits(String ascii, int zero) {
        return ascii.chars()
                .mapToObj(c -> c >= '0' && c <= '9' ? Character.toString(zero + c - '0') : Character.toString(c))
                .collect(Collectors.joining());
    }

    private static Span text(int start, int end) {
        return new Span(TextField.TEXT, start, end);
    }

    private static ContactDetail onlyContact(String text) {
        TextScan scan = SCANNER.scan("", text);
        assertThat(scan.contactDetails()).hasSize(1);
        return scan.contactDetails().get(0);
    }

    @Test
    void emailWithAFullWidthAtSign() {
        ContactDetail email = onlyContact("write to jane.doe\uFF20example.com");

        assertThat(email.normalized()).isEqualTo("jane.doe@example.com");
        assertThat(email.span()).isEqualTo(text(9, 29));
    }

    @Test
    void emailWrittenAllInFullWidthForms() {
        ContactDetail email = onlyContact("mail " + fullWidth("Jane.Doe@Example.com") + " now");

        assertThat(email.normalized()).isEqualTo("jane.doe@example.com");
        assertThat(email.span()).isEqualTo(text(5, 25));
    }

    @Test
    void emailWithAZeroWidthSpaceInside() {
        ContactDetail email = onlyContact("jane.doe@exa" + ZWSP + "mple.com");

        assertThat(email.normalized()).isEqualTo("jane.doe@example.com");
        assertThat(email.span()).isEqualTo(text(0, 21));
    }

    @Test
    void emailWithBracketedSeparatorsAndFormatCharactersAroundIt() {
        ContactDetail email = onlyContact(ZWSP + "jane.doe [at] exa\u00ADmple [dot] com" + ZWSP + "!");

        assertThat(email.normalized()).isEqualTo("jane.doe@example.com");
        assertThat(email.span()).isEqualTo(text(1, 33));
    }

    @Test
    void oneAddressWrittenThreeWaysIsOneContactDetail() {
        TextScan scan = SCANNER.scan("", "jane.doe@example.com, jane.doe [at] example [dot] com, "
                + fullWidth("JANE.DOE@EXAMPLE.COM") + ", jane.doe@exa" + ZWSP + "mple.com");

        assertThat(scan.contactDetails()).singleElement()
                .satisfies(email -> assertThat(email.span()).isEqualTo(text(0, 20)));
    }

    @Test
    void hubTokenWithAZeroWidthSpaceInside() {
        String text = "hf_abcdefghijklm" + ZWSP + "nopqrstuvwxyzABCDEFGH";

        TextScan scan = SCANNER.scan(null, text);

        assertThat(scan.credentials()).singleElement().satisfies(token -> {
            assertThat(token.kind()).isEqualTo(CredentialKind.HUB_TOKEN);
            assertThat(token.span()).isEqualTo(text(0, 38));
            assertThat(token.masked(text)).isEqualTo("hf_…(38 chars)");
        });
    }

    @Test
    void organisationTokenInFullWidthFormsKeepsItsPrefixWhenMasked() {
        String text = "key: " + fullWidth("api_org_" + "Ab1".repeat(11) + "x");

        TextScan scan = SCANNER.scan(null, text);

        assertThat(scan.credentials()).singleElement().satisfies(token -> {
            assertThat(token.span()).isEqualTo(text(5, 47));
            assertThat(token.masked(text)).isEqualTo("api_org_…(42 chars)");
        });
    }

    @Test
    void cardInFullWidthDigitsAndIdeographicSpaces() {
        TextScan scan = SCANNER.scan("", "card " + fullWidth("4111 1111 1111 1111"));

        assertThat(scan.identifiers()).singleElement().satisfies(card -> {
            assertThat(card.kind()).isEqualTo(IdentifierKind.PAYMENT_CARD);
            assertThat(card.span()).isEqualTo(text(5, 24));
        });
    }

    @Test
    void cardInArabicIndicDigits() {
        TextScan scan = SCANNER.scan("", "card " + digits("4111111111111111", 0x0660) + ".");

        assertThat(scan.identifiers()).singleElement()
                .satisfies(card -> assertThat(card.span()).isEqualTo(text(5, 21)));
    }

    @Test
    void cardInAstralDigitsCoversTwoCodeUnitsPerDigit() {
        TextScan scan = SCANNER.scan("", "card " + digits("4111-1111-1111-1111", 0x1D7CE) + " ok");

        assertThat(scan.identifiers()).singleElement()
                .satisfies(card -> assertThat(card.span()).isEqualTo(text(5, 5 + 16 * 2 + 3)));
    }

    @Test
    void ssnInDevanagariDigitsWithAFormatCharacterInside() {
        TextScan scan = SCANNER.scan("", "ssn " + digits("123-45-", 0x0966) + "\u2060" + digits("6789", 0x0966));

        assertThat(scan.identifiers()).singleElement().satisfies(ssn -> {
            assertThat(ssn.kind()).isEqualTo(IdentifierKind.US_SSN);
            assertThat(ssn.span()).isEqualTo(text(4, 16));
        });
    }

    @Test
    void phoneWithAZeroWidthSpaceInside() {
        ContactDetail phone = onlyContact("call (415)" + ZWSP + " 555-0199 now");

        assertThat(phone.normalized()).isEqualTo("+14155550199");
        assertThat(phone.span()).isEqualTo(text(5, 20));
    }

    @Test
    void phoneInAstralDigits() {
        ContactDetail phone = onlyContact("call " + digits("+1 415 555 0199", 0x1D7CE));

        assertThat(phone.normalized()).isEqualTo("+14155550199");
        assertThat(phone.span()).isEqualTo(text(5, 5 + 1 + 11 * 2 + 3));
    }

    @Test
    void phoneInFullWidthFormsIsTheSameContactAsThePlainOne() {
        TextScan scan = SCANNER.scan("", "call " + fullWidth("+1 415 555 0199") + " or (415) 555-0199");

        assertThat(scan.contactDetails()).singleElement()
                .satisfies(phone -> assertThat(phone.span()).isEqualTo(text(5, 20)));
    }

    @Test
    void linksWithFormatCharactersOrFullWidthSchemes() {
        TextScan scan = SCANNER.scan("ht" + ZWSP + "tps://a.io", fullWidth("HTTP://") + "b.io and h\u00ADttp://c.io");

        assertThat(scan.links()).isEqualTo(3);
    }

    @Test
    void metricManipulationWithAFormatCharacterInsideAWord() {
        TextScan scan = SCANNER.scan("", "st" + ZWSP + "ar my repo to get free credits");

        // The phrase ends with its reward word: "star my repo to get free", 24 characters and the one left out.
        assertThat(scan.metricManipulation()).contains(text(0, 25));
    }

    @Test
    void metricManipulationDistancesAreMeasuredInTheView() {
        // 30 spaces and 30 zero-width spaces: 61 code units as received, 31 in the view (within 40).
        String text = "upvote and " + (" " + ZWSP).repeat(30) + "get free credits";

        assertThat(SCANNER.scan("", text).metricManipulation()).contains(text(0, text.length() - " credits".length()));
        assertThat(SCANNER.scan("", "upvote and " + " ".repeat(45) + "get free credits").metricManipulation())
                .isEmpty();
    }

    @Test
    void metricManipulationInFullWidthFormsWithAFullWidthCurrencySign() {
        TextScan scan = SCANNER.scan("", fullWidth("follow and win $5"));

        assertThat(scan.metricManipulation()).contains(text(0, 16));
    }

    @Test
    void lookAlikeLettersOfOtherScriptsAreNotFolded() {
        // A Cyrillic a in the domain, a Cyrillic shha for the h of a token, a Greek omicron in a
        // scheme: the view reads letters of other scripts as themselves, so none of these is found.
        TextScan scan = SCANNER.scan("", "jane@ex\u0430mple.com, \u04BBf_" + "a".repeat(34) + ", http\u03BF://x.io");

        assertThat(scan.contactDetails()).isEmpty();
        assertThat(scan.credentials()).isEmpty();
        assertThat(scan.links()).isZero();
    }
}
