package io.github.hubpolicy.rules.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextScannerTest {
    private static final TextScanner SCANNER = new TextScanner("US");
    private static final String HUB_TOKEN = "hf_" + "a1".repeat(17);

    @Test
    void oneNumberWrittenTwoWaysIsOneContact() {
        TextScan scan = SCANNER.scan("", "call +1 415 555 0199 or (415) 555-0199");

        assertThat(scan.contactDetails())
                .singleElement()
                .satisfies(phone -> {
                    assertThat(phone.normalized()).isEqualTo("+14155550199");
                    assertThat(phone.span()).isEqualTo(new Span(TextField.TEXT, 5, 20));
                });
    }

    @Test
    void emailsAreTheSameContactWhateverTheirCase() {
        TextScan scan = SCANNER.scan("Bob@Example.com", "mail bob@example.COM or alice@example.com");

        assertThat(scan.contactDetails())
                .extracting(ContactDetail::normalized)
                .containsExactly("bob@example.com", "alice@example.com");
        assertThat(scan.contactDetails().get(0).span().field()).isEqualTo(TextField.TITLE);
    }

    @Test
    void listsTitleBeforeTextAndByPosition() {
        String title = "ssn 123-45-6789, mail a@b.cd, token " + HUB_TOKEN;
        String text = "phone (415) 555-0199, mail a@b.cd, card 4111111111111111, https://x.io, -----BEGIN PRIVATE KEY-----";

        TextScan scan = SCANNER.scan(title, text);

        assertThat(scan.contactDetails()).extracting(ContactDetail::kind, c -> c.span().field())
                .containsExactly(
                        tuple(ContactKind.EMAIL, TextField.TITLE),
                        tuple(ContactKind.PHONE, TextField.TEXT));
        assertThat(scan.identifiers()).extracting(SensitiveIdentifier::kind)
                .containsExactly(IdentifierKind.US_SSN, IdentifierKind.PAYMENT_CARD);
        assertThat(scan.credentials()).extracting(Credential::kind)
                .containsExactly(CredentialKind.HUB_TOKEN, CredentialKind.PRIVATE_KEY);
        assertThat(scan.credentials().get(0).masked(title)).isEqualTo("hf_…(37 chars)");
        assertThat(scan.links()).isEqualTo(1);
    }

    @Test
    void contactsAreSortedAcrossKinds() {
        TextScan scan = SCANNER.scan(null, "z@y.io (415) 555-0199 a@b.io +44 20 7946 0958");

        assertThat(scan.contactDetails()).extracting(ContactDetail::kind)
                .containsExactly(ContactKind.EMAIL, ContactKind.PHONE, ContactKind.EMAIL, ContactKind.PHONE);
    }

    @Test
    void countsLinksInBothFields() {
        assertThat(SCANNER.scan("see http://a.io", "and HTTPS://b.io, http://c.io").links()).isEqualTo(3);
    }

    @Test
    void aNumberThatIsAlsoACardIsOnlyACard() {
        TextScan scan = SCANNER.scan("", "call +4915123456787 now");

        assertThat(scan.identifiers()).extracting(SensitiveIdentifier::kind).containsExactly(IdentifierKind.PAYMENT_CARD);
        assertThat(scan.contactDetails()).isEmpty();
    }

    @Test
    void readsMetricManipulationOnlyWhenAsked() {
        String text = "star my repo to get free credits";

        assertThat(SCANNER.scan("", text, true).metricManipulation()).contains(new Span(TextField.TEXT, 0, 24));
        assertThat(SCANNER.scan("", text, false).metricManipulation()).isEmpty();
        assertThat(SCANNER.scan("", text).metricManipulation()).isPresent();
    }

    @Test
    void reportsTheTitlesMetricManipulationFirst() {
        Optional<Span> found = SCANNER.scan("l4l", "like 4 like", true).metricManipulation();

        assertThat(found).contains(new Span(TextField.TITLE, 0, 3));
    }

    @Test
    void readsNullAsEmpty() {
        TextScan scan = SCANNER.scan(null, null, true);

        assertThat(scan).isEqualTo(new TextScan(List.of(), 0, Optional.empty()));
    }

    @Test
    void scansAreImmutable() {
        TextScan scan = SCANNER.scan("a@b.cd", "");

        assertThatThrownBy(() -> scan.contactDetails().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void readsTheRegionInEitherCase() {
        assertThat(new TextScanner("gb").phoneRegion()).isEqualTo("GB");
        assertThat(SCANNER.phoneRegion()).isEqualTo("US");
    }

    @Test
    void readsNumbersForItsRegion() {
        TextScanner britain = new TextScanner("GB");

        assertThat(britain.scan("", "ring 020 7946 0958").contactDetails())
                .extracting(ContactDetail::normalized)
                .containsExactly("+442079460958");
        assertThat(SCANNER.scan("", "ring 020 7946 0958").contactDetails()).isEmpty();
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", "XX", "ZZ", "001", "USA", "U S"})
    void refusesARegionTheLibraryDoesNotSupport(String region) {
        assertThatIllegalArgumentException().isThrownBy(() -> new TextScanner(region)).withMessageContaining("region");
    }

    @Test
    void refusesNoRegion() {
        assertThatNullPointerException().isThrownBy(() -> new TextScanner(null));
    }

    @Test
    void knowsThePhoneLibraryVersion() {
        assertThat(TextScanner.phoneLibraryVersion()).isEqualTo("9.0.19");
    }

    @Test
    void readsTheVersionFromTheJarsPomAndFromItsManifest() {
        assertThat(TextScanner.phoneLibraryVersionFromPom()).contains("9.0.19");
        assertThat(TextScanner.phoneLibraryVersionFromManifest()).contains("9.0.19");
    }
}
