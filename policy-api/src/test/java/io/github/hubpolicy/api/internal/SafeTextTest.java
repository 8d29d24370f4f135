package io.github.hubpolicy.api.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SafeTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            hub token in a path            | weights/hf_aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bD1fH3j.bin | weights/hf_…(37 chars).bin
            organization token             | api_org_Zy8Xw6Vu4Ts2Rq0Po8Nm6Lk4Ji2Hg0Fe8D       | api_org_…(42 chars)
            cloud key id                   | key AKIAQWERTYUIOP234567                          | key AKIA…(20 chars)
            card in one run                | was 4111111111111111                              | was …(16 chars)
            card in groups                 | 4111 1111 1111 1111                               | …(16 digits)
            card with hyphens              | 5500-0000-0000-0004                               | …(16 digits)
            social security number         | ssn 123-45-6789!                                  | ssn …(9 digits)!
            phone, national                | call (415) 555-0199                               | call (…(10 digits)
            phone, international           | +1 415 555 0199                                   | +…(11 digits)
            email                          | write jane.doe@example.com now                    | write …(email address) now
            ordinary name                  | Jane Doe                                          | Jane Doe
            near miss: a date              | 2023-08-30                                        | 2023-08-30
            near miss: a short number      | seed 42 and 1234567                               | seed 42 and 1234567
            near miss: an enum typo        | modle                                             | modle
            near miss: an import           | torch._utils._rebuild_tensor_v2                   | torch._utils._rebuild_tensor_v2
            near miss: hf_ alone           | hf_model                                          | hf_model
            """)
    void masksWhatLooksLikeASecret(String name, String text, String masked) {
        assertThat(SafeText.masked(text)).isEqualTo(masked);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            PEM marker | -----BEGIN RSA PRIVATE KEY----- | …(private key marker, 31 chars)
            """)
    void masksPrivateKeyMarkers(String name, String text, String masked) {
        assertThat(SafeText.masked(text)).isEqualTo(masked);
    }

    @org.junit.jupiter.api.Test
    void oneLineEscapesControlCharacters() {
        assertThat(SafeText.oneLine("a\nb\u001b[2J\u2028c")).isEqualTo("a\\u000ab\\u001b[2J\\u2028c");
        assertThat(SafeText.oneLine("plain")).isEqualTo("plain");
    }
}
