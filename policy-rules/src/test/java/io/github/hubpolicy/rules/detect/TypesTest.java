package io.github.hubpolicy.rules.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The public records and enums of the package. */
class TypesTest {

    @Test
    void aSpanPrintsAsFieldAndRange() {
        assertThat(new Span(TextField.TEXT, 120, 157)).hasToString("text 120..157");
        assertThat(new Span(TextField.TITLE, 0, 0)).hasToString("title 0..0");
    }

    @ParameterizedTest(name = "{0}..{1}")
    @CsvSource({"-1, 3", "5, 4"})
    void aSpanIsARange(int start, int end) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Span(TextField.TEXT, start, end));
    }

    @Test
    void spansOverlapOnlyInOneField() {
        Span span = new Span(TextField.TEXT, 5, 10);

        assertThat(span.overlaps(new Span(TextField.TEXT, 9, 12))).isTrue();
        assertThat(span.overlaps(new Span(TextField.TEXT, 10, 12))).isFalse();
        assertThat(span.overlaps(new Span(TextField.TITLE, 5, 10))).isFalse();
    }

    @Test
    void fieldsHaveWireNames() {
        assertThat(TextField.TITLE.wireName()).isEqualTo("title");
        assertThat(TextField.TEXT.wireName()).isEqualTo("text");
    }

    @Test
    void kindsDescribeThemselves() {
        assertThat(IdentifierKind.PAYMENT_CARD.description()).isEqualTo("payment card number");
        assertThat(IdentifierKind.US_SSN.description()).isEqualTo("US social security number");
        assertThat(CredentialKind.HUB_TOKEN.description()).isEqualTo("hub access token");
        assertThat(CredentialKind.CLOUD_ACCESS_KEY.description()).isEqualTo("cloud access key id");
        assertThat(CredentialKind.SOURCE_HOST_TOKEN.description()).isEqualTo("source-host personal token");
        assertThat(CredentialKind.PRIVATE_KEY.description()).isEqualTo("PEM private key");
    }

    @Test
    void aContactDetailDoesNotPrintItsValue() {
        ContactDetail email = new ContactDetail(ContactKind.EMAIL, "bob@example.com", new Span(TextField.TEXT, 3, 18));

        assertThat(email.toString()).doesNotContain("bob").contains("EMAIL", "text 3..18");
    }
}
