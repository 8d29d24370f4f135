package io.github.hubpolicy.rules.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CardAndSsnDetectorTest {

    static Stream<Arguments> matches() {
        return Stream.of(
                Arguments.of("4111111111111111", IdentifierKind.PAYMENT_CARD, "4111111111111111"),
                Arguments.of("card: 4111111111111111.", IdentifierKind.PAYMENT_CARD, "4111111111111111"),
                Arguments.of("13 digits 4222222222222 ok", IdentifierKind.PAYMENT_CARD, "4222222222222"),
                Arguments.of("amex 378282246310005", IdentifierKind.PAYMENT_CARD, "378282246310005"),
                Arguments.of("19 digits " + withCheckDigit("601111111111111111"), IdentifierKind.PAYMENT_CARD,
                        withCheckDigit("601111111111111111")),
                Arguments.of("4111 1111 1111 1111", IdentifierKind.PAYMENT_CARD, "4111 1111 1111 1111"),
                Arguments.of("(4111-1111-1111-1111)", IdentifierKind.PAYMENT_CARD, "4111-1111-1111-1111"),
                Arguments.of("3782 822463 10005", IdentifierKind.PAYMENT_CARD, "3782 822463 10005"),
                Arguments.of("3782-822463-10005", IdentifierKind.PAYMENT_CARD, "3782-822463-10005"),
                Arguments.of("fifth group " + fifthGroup(1, " "), IdentifierKind.PAYMENT_CARD, fifthGroup(1, " ")),
                Arguments.of("fifth group " + fifthGroup(3, "-"), IdentifierKind.PAYMENT_CARD, fifthGroup(3, "-")),
                Arguments.of("4111 1111 1111 1111 -2222 (not a separator and a digit)", IdentifierKind.PAYMENT_CARD,
                        "4111 1111 1111 1111"),
                Arguments.of("1234-4111111111111111 (a whole 16-digit run)", IdentifierKind.PAYMENT_CARD, "4111111111111111"),
                Arguments.of("123-45-6789", IdentifierKind.US_SSN, "123-45-6789"),
                Arguments.of("SSN: 123-45-6789.", IdentifierKind.US_SSN, "123-45-6789"),
                Arguments.of("x123-45-6789 (only digits and hyphens may not touch it)", IdentifierKind.US_SSN, "123-45-6789"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matches")
    void finds(String text, IdentifierKind kind, String value) {
        assertThat(CardAndSsnDetector.find(TextField.TEXT, text))
                .singleElement()
                .satisfies(found -> {
                    assertThat(found.kind()).isEqualTo(kind);
                    assertThat(text.substring(found.span().start(), found.span().end())).isEqualTo(value);
                });
    }

    static Stream<String> nearMisses() {
        return Stream.of(
                "4111111111111112",
                "41111111111111111111",
                "4111111111111111" + "1111",
                "a4111111111111111",
                "4111111111111111b",
                "411111111111",
                "4111 1111 1111 1111 2222",
                "4111 1111 1111 1111-2222",
                "1 4111 1111 1111 1111",
                "4111 1111-1111 1111",
                "4111  1111 1111 1111",
                "4111 1111 1111 111",
                "4111 1111 1111 1112",
                "3782 822463-10005",
                "3782 822463 10006",
                "x4111 1111 1111 1111",
                "1123-45-6789",
                "123-45-67890",
                "-123-45-6789",
                "123-45-6789-",
                "123 45 6789",
                "123-456-789",
                "12-345-6789");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nearMisses")
    void findsNothing(String text) {
        assertThat(CardAndSsnDetector.find(TextField.TEXT, text)).isEmpty();
    }

    @Test
    void listsEverythingInOrder() {
        String text = "ssn 123-45-6789, card 4111 1111 1111 1111, again 4111111111111111";

        List<SensitiveIdentifier> found = CardAndSsnDetector.find(TextField.TITLE, text);

        assertThat(found).extracting(SensitiveIdentifier::kind)
                .containsExactly(IdentifierKind.US_SSN, IdentifierKind.PAYMENT_CARD, IdentifierKind.PAYMENT_CARD);
        assertThat(found).extracting(f -> f.span().start()).isSorted();
        assertThat(found).extracting(f -> f.span().field()).containsOnly(TextField.TITLE);
    }

    /** {@code digits} and the digit that makes them pass Luhn, computed apart from the detector. */
    static String withCheckDigit(String digits) {
        for (char check = '0'; check <= '9'; check++) {
            String candidate = digits + check;
            int sum = 0;
            for (int i = 0; i < candidate.length(); i++) {
                int digit = candidate.charAt(candidate.length() - 1 - i) - '0';
                sum += i % 2 == 0 ? digit : (digit * 2) / 10 + (digit * 2) % 10;
            }
            if (sum % 10 == 0) {
                return candidate;
            }
        }
        throw new AssertionError("no check digit");
    }

    /** A Luhn-valid 4-4-4-4 card with a fifth group of {@code length} digits. */
    private static String fifthGroup(int length, String separator) {
        String digits = withCheckDigit("4111111111111111" + "7".repeat(length - 1));
        return String.join(separator, digits.substring(0, 4), digits.substring(4, 8), digits.substring(8, 12),
                digits.substring(12, 16), digits.substring(16));
    }
}
