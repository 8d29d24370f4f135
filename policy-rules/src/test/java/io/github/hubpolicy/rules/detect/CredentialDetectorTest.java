package io.github.hubpolicy.rules.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CredentialDetectorTest {
    private static final String ALNUM = "aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1eF3hJ5kL7nP9qR1tU3wX5zA7";
    private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private static String alnum(int length) {
        return ALNUM.substring(0, length);
    }

    private static String upper(int length) {
        return UPPER.substring(0, length);
    }

    static Stream<Arguments> matches() {
        return Stream.of(
                Arguments.of("hf_" + alnum(34), CredentialKind.HUB_TOKEN, "hf_" + alnum(34)),
                Arguments.of("HF_TOKEN=hf_" + alnum(34) + ";", CredentialKind.HUB_TOKEN, "hf_" + alnum(34)),
                Arguments.of("token `hf_" + alnum(34) + "` leaked", CredentialKind.HUB_TOKEN, "hf_" + alnum(34)),
                Arguments.of("hf_" + alnum(34) + "_x (an underscore is not alphanumeric)", CredentialKind.HUB_TOKEN,
                        "hf_" + alnum(34)),
                Arguments.of("api_org_" + alnum(34), CredentialKind.HUB_TOKEN, "api_org_" + alnum(34)),
                Arguments.of("key AKIA" + upper(16) + ".", CredentialKind.CLOUD_ACCESS_KEY, "AKIA" + upper(16)),
                Arguments.of("ghp_" + alnum(36), CredentialKind.SOURCE_HOST_TOKEN, "ghp_" + alnum(36)),
                Arguments.of("-----BEGIN PRIVATE KEY-----", CredentialKind.PRIVATE_KEY, "-----BEGIN PRIVATE KEY-----"),
                Arguments.of("-----BEGIN RSA PRIVATE KEY-----\nMIIEow...", CredentialKind.PRIVATE_KEY,
                        "-----BEGIN RSA PRIVATE KEY-----"),
                Arguments.of("-----BEGIN OPENSSH PRIVATE KEY-----", CredentialKind.PRIVATE_KEY,
                        "-----BEGIN OPENSSH PRIVATE KEY-----"),
                Arguments.of("-----BEGIN ENCRYPTED PRIVATE KEY-----", CredentialKind.PRIVATE_KEY,
                        "-----BEGIN ENCRYPTED PRIVATE KEY-----"),
                Arguments.of("x-----BEGIN EC PRIVATE KEY-----y (anywhere)", CredentialKind.PRIVATE_KEY,
                        "-----BEGIN EC PRIVATE KEY-----"),
                Arguments.of("-----BEGIN PRIVATE PRIVATE KEY-----", CredentialKind.PRIVATE_KEY,
                        "-----BEGIN PRIVATE PRIVATE KEY-----"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matches")
    void finds(String text, CredentialKind kind, String value) {
        assertThat(CredentialDetector.find(TextField.TEXT, text))
                .singleElement()
                .satisfies(found -> {
                    assertThat(found.kind()).isEqualTo(kind);
                    assertThat(text.substring(found.span().start(), found.span().end())).isEqualTo(value);
                });
    }

    static Stream<String> nearMisses() {
        return Stream.of(
                "hf_" + alnum(33),
                "hf_" + alnum(35),
                "hf_" + alnum(33) + "-x",
                "xhf_" + alnum(34),
                "1hf_" + alnum(34),
                "HF_" + alnum(34),
                "api_org_" + alnum(33),
                "api_org_" + alnum(35),
                "AKIA" + upper(15) + "a",
                "AKIA" + upper(15),
                "AKIA" + upper(17),
                "AKIA" + upper(16) + "x",
                "XAKIA" + upper(16),
                "akia" + upper(16),
                "ghp_" + alnum(35),
                "ghp_" + alnum(37),
                "-----BEGIN PUBLIC KEY-----",
                "-----BEGIN CERTIFICATE-----",
                "-----BEGIN rsa PRIVATE KEY-----",
                "-----BEGIN RSA  PRIVATE KEY-----",
                "-----BEGIN PRIVATE KEY----",
                "----BEGIN PRIVATE KEY-----",
                "-----BEGIN PRIVATE KEY",
                "-----BEGIN ");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nearMisses")
    void findsNothing(String text) {
        assertThat(CredentialDetector.find(TextField.TEXT, text)).isEmpty();
    }

    @Test
    void listsSeveralInOrder() {
        String text = "ghp_" + alnum(36) + " and hf_" + alnum(34) + "\n-----BEGIN PRIVATE KEY-----";

        assertThat(CredentialDetector.find(TextField.TEXT, text))
                .extracting(Credential::kind)
                .containsExactly(CredentialKind.SOURCE_HOST_TOKEN, CredentialKind.HUB_TOKEN, CredentialKind.PRIVATE_KEY);
    }

    static Stream<Arguments> masks() {
        return Stream.of(
                Arguments.of("x hf_" + alnum(34), "hf_…(37 chars)"),
                Arguments.of("api_org_" + alnum(34), "api_org_…(42 chars)"),
                Arguments.of("AKIA" + upper(16), "AKIA…(20 chars)"),
                Arguments.of("ghp_" + alnum(36), "ghp_…(40 chars)"),
                Arguments.of("-----BEGIN RSA PRIVATE KEY-----", "-----BEGIN …(31 chars)"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("masks")
    void masksAllButThePublicPrefix(String text, String masked) {
        Credential credential = CredentialDetector.find(TextField.TEXT, text).get(0);

        assertThat(credential.masked(text)).isEqualTo(masked);
    }

    @Test
    void refusesToMaskAFieldTheSpanIsNotIn() {
        Credential credential = new Credential(CredentialKind.HUB_TOKEN, new Span(TextField.TEXT, 0, 37));

        assertThatIllegalArgumentException().isThrownBy(() -> credential.masked("short"));
    }
}
