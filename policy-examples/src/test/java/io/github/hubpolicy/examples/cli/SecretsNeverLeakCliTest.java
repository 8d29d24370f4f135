package io.github.hubpolicy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line tool's half of issue 6, item 6: what {@code evaluate} prints of bad lines holding
 * secrets. The library's half (decisions, error records, logs) is policy-rules' {@code
 * SecretsNeverLeakTest}, whose secrets and bad lines these are.
 */
class SecretsNeverLeakCliTest {
    /**
     * A secret as written in an item, the section whose rule finds it, and every form of it that
     * must not come out (the value as written, and as a detector might normalize it).
     */
    record Secret(String name, String raw, String section, List<String> forms) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Secret> SECRETS = List.of(
            secret("hub access token", "hf_aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bD1fH3j", "security.credentials", "aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bD1fH3j"),
            secret("hub organization token", "api_org_Zy8Xw6Vu4Ts2Rq0Po8Nm6Lk4Ji2Hg0Fe8D", "security.credentials", "Zy8Xw6Vu4Ts2Rq0Po8Nm6Lk4Ji2Hg0Fe8D"),
            secret("cloud access key id", "AKIAQWERTYUIOP234567", "security.credentials", "QWERTYUIOP234567"),
            secret("source-host token", "ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8", "security.credentials", "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8"),
            secret("PEM private key marker", "-----BEGIN RSA PRIVATE KEY-----", "security.credentials", "BEGIN RSA PRIVATE KEY"),
            secret("card number in groups", "4111 1111 1111 1111", "privacy", "4111111111111111"),
            secret("card number in one run", "4111111111111111", "privacy"),
            secret("card number with hyphens", "5500-0000-0000-0004", "privacy", "5500000000000004"),
            secret("US social security number", "123-45-6789", "privacy", "123456789"),
            secret("email address", "jane.doe@example.com", "privacy", "jane.doe@"),
            secret("phone number, international", "+1 415 555 0199", "privacy", "+14155550199", "4155550199"),
            secret("phone number, national", "(415) 555-0199", "privacy", "+14155550199", "555-0199"));

    private static Secret secret(String name, String raw, String section, String... normalized) {
        List<String> forms = new ArrayList<>(List.of(raw));
        forms.addAll(List.of(normalized));
        return new Secret(name, raw, section, List.copyOf(forms));
    }

    /** Lines whose {@code %s} (in the text) holds a secret, each with something else wrong. */
    private static final List<String> BAD_LINES_WITH_A_SECRET_IN_THE_TEXT = List.of(
            "{\"id\":\"c/1\",\"kind\":\"modle\",\"text\":\"%s\"}",
            "{\"id\":\"c/1\",\"kind\":\"comment\",\"text\":\"%s\",\"signals\":{\"hate\":1.7}}",
            "{\"id\":\"c/1\",\"kind\":\"comment\",\"text\":\"%s\",\"txet\":\"typo\"}",
            "{\"id\":\"c/1\",\"kind\":\"comment\",\"text\":\"%s\",\"tags\":\"not-a-list\"}",
            "{\"id\":\"c/1\",\"kind\":\"comment\",\"title\":\"t\",\"text\":\"%s\",\"title\":\"again\"}",
            "{\"id\":\"c/1\",\"kind\":\"comment\",\"text\":\"%s\",\"author\":{\"staff\":\"yes\",\"accountAgeDays\":1e400}}",
            "{\"id\":\"c/1\",\"kind\":\"comment\",\"text\":\"%s\",\"people\":[{\"kind\":\"alien\"}]}",
            "{\"id\":\"c/1\",\"kind\":\"comment\",\"text\":\"%s\",\"extra\":" + "[".repeat(20) + "]".repeat(20) + "}",
            "{\"id\":\"c/1\",\"kind\":\"comment\",\"text\":\"%s\" x}",
            "{\"id\":\"c/1\",\"kind\":\"comment\",\"text\":\"%s\",\"signals\":{\"hate\":NaN}}",
            "{\"id\":\"c/1\",\"kind\":\"comment\",\"text\":\"%s",
            "{\"id\":\"c/1\",\"kind\":\"comment\",\"text\":\"%s\"}{}");

    @Test
    void theCommandLineToolRepeatsNoSecretOfABadLine(@TempDir Path dir) throws Exception {
        // given
        List<String> lines = new ArrayList<>();
        for (String template : BAD_LINES_WITH_A_SECRET_IN_THE_TEXT) {
            lines.add(template.formatted(allSecrets()));
        }
        Path items = Files.write(dir.resolve("items.jsonl"), lines);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        // when
        int exit = PolicyCli.run(new PrintWriter(out, true), new PrintWriter(err, true), "evaluate", items.toString());

        // then
        assertThat(exit).isEqualTo(3);
        assertThat(out.toString().lines()).hasSameSizeAs(lines).allMatch(record -> record.contains("\"error\""));
        assertThat(err.toString().lines()).hasSameSizeAs(lines);
        for (Secret secret : SECRETS) {
            assertNoSecretIn(out.toString(), secret);
            assertNoSecretIn(err.toString(), secret);
        }
    }

    /** Every secret in one text, separated so that each is found. */
    private static String allSecrets() {
        return SECRETS.stream().map(Secret::raw).collect(Collectors.joining(" ; ", "Leaked: ", "."));
    }

    private static void assertNoSecretIn(String output, Secret secret) {
        for (String form : secret.forms()) {
            assertThat(output).as("%s (%s) in output", secret.name(), form).doesNotContain(form);
        }
    }
}
