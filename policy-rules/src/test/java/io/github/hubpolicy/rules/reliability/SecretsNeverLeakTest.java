package io.github.hubpolicy.rules.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.ContentKind;
import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.api.Finding;
import io.github.hubpolicy.api.ItemFile;
import io.github.hubpolicy.api.Likeness;
import io.github.hubpolicy.api.MalwareScan;
import io.github.hubpolicy.api.Person;
import io.github.hubpolicy.api.Signal;
import io.github.hubpolicy.api.Target;
import io.github.hubpolicy.api.TargetKind;
import io.github.hubpolicy.json.DecisionWriter;
import io.github.hubpolicy.json.ItemReader;
import io.github.hubpolicy.json.ItemWriter;
import io.github.hubpolicy.json.ReadResult;
import io.github.hubpolicy.rules.DroolsPolicyEvaluator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 6, item 6: credentials, card numbers and other personal data found in items never appear
 * in decisions (rationales, evidence, the JSON), in error records, or in logs. The command-line
 * tool's own output is policy-examples' {@code SecretsNeverLeakCliTest}.
 */
class SecretsNeverLeakTest {
    private static final DroolsPolicyEvaluator EVALUATOR = DroolsPolicyEvaluator.builder().build();
    private static final Path RULE_THROWING_WITH_ITEM_TEXT = Path.of("src/test/resources/fixtures/rule-throwing-with-item-text");

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

    static Stream<Arguments> secretsAndKinds() {
        return SECRETS.stream().flatMap(s -> Stream.of(Arguments.of(s, ContentKind.COMMENT), Arguments.of(s, ContentKind.MODEL)));
    }

    /** An item whose title and text hold the secret, built so that the secret's rule fires. */
    private static ContentItem holding(Secret secret, ContentKind kind) {
        ContentItem.Builder item = ContentItem.builder("items/" + kind.wireName() + "/secret", kind)
                .title("About " + secret.raw())
                .text("Here it is: " + secret.raw() + " (keep it safe).");
        if (kind.isCommunity()) {
            item.target(new Target(TargetKind.USER, "users/someone"));
        } else {
            // an artifact's card needs three distinct contact details before one counts
            item.license("mit").text("Here it is: " + secret.raw() + ". Maintainers: a1@example.org, a2@example.org.");
        }
        return item.build();
    }

    @ParameterizedTest(name = "{0} in a {1}")
    @MethodSource("secretsAndKinds")
    void aSecretFoundInAnItemIsNotInItsDecision(Secret secret, ContentKind kind) {
        // when
        Decision decision = EVALUATOR.evaluate(holding(secret, kind));

        // then: it was found, and no form of it is in the decision
        assertThat(decision.sections()).contains(secret.section());
        assertNoSecretIn(DecisionWriter.toJson(decision), secret);
        for (Finding finding : decision.findings()) {
            assertNoSecretIn(finding.rationale(), secret);
            finding.evidence().forEach(evidence -> assertNoSecretIn(evidence, secret));
        }
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

    static Stream<Arguments> secretsAndBadLines() {
        return SECRETS.stream().flatMap(s -> BAD_LINES_WITH_A_SECRET_IN_THE_TEXT.stream().map(line -> Arguments.of(s, line)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("secretsAndBadLines")
    void anErrorRecordDoesNotRepeatASecretBesideTheBadField(Secret secret, String template) {
        // given
        String line = template.formatted(secret.raw());

        // when
        List<ReadResult> results = ItemReader.strict().readAll(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)));

        // then
        assertThat(results).singleElement().isInstanceOfSatisfying(ReadResult.Unreadable.class, unreadable -> {
            assertNoSecretIn(unreadable.error(), secret);
            assertNoSecretIn(DecisionWriter.toJson(unreadable), secret);
        });
    }

    /**
     * A host in a JVM of its own ({@link Tool}): a host rule throws an exception whose message
     * quotes an item's text full of secrets; the evaluation fails closed and is logged.
     */
    @Test
    void aFailedEvaluationLogsNoSecret(@TempDir Path dir) throws Exception {
        // given
        String text = allSecrets();
        ContentItem comment = ContentItem.builder("comments/with-secrets", ContentKind.COMMENT).title(SECRETS.get(0).raw())
                .text(text).target(new Target(TargetKind.USER, "users/someone")).signal(Signal.HARASSMENT, 0.6).build();
        ContentItem model = ContentItem.builder("models/with-secrets", ContentKind.MODEL).license("mit")
                .text(text + " Maintainers: a1@example.org, a2@example.org.").build();
        Path items = Files.write(dir.resolve("items.jsonl"), List.of(ItemWriter.toJson(comment), ItemWriter.toJson(model),
                "{\"id\":\"comments/unreadable\",\"kind\":\"modle\",\"text\":\"" + text + "\"}"));

        // when
        Tool tool = Tool.run(dir, RULE_THROWING_WITH_ITEM_TEXT, items);

        // then
        assertThat(tool.exit()).as("exit status; standard error:%n%s", tool.err()).isEqualTo(3);
        assertThat(tool.log()).as("the failure was logged").contains("WARN").contains("comments/with-secrets")
                .contains("spam: a rule that throws with the item's text in its message").contains("NumberFormatException");
        assertThat(tool.out().lines()).hasSize(3);
        assertThat(tool.out()).contains("engine: evaluation failed").contains("security.credentials");
        for (Secret secret : SECRETS) {
            assertNoSecretIn(tool.log(), secret);
            assertNoSecretIn(tool.out(), secret);
            assertNoSecretIn(tool.err(), secret);
        }
    }

    /**
     * A host deciding a file of items ({@link EvaluateInOwnJvm}) in a JVM of its own, so that
     * slf4j-simple can be told to write everything from DEBUG up (Drools' and KIE's loggers
     * included) to a file.
     */
    record Tool(int exit, String log, String out, String err) {
        static Tool run(Path dir, Path rules, Path items) throws Exception {
            Path log = dir.resolve("slf4j.log");
            Path out = dir.resolve("stdout.txt");
            Path err = dir.resolve("stderr.txt");
            Process tool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"),
                    "-Dorg.slf4j.simpleLogger.logFile=" + log,
                    "-Dorg.slf4j.simpleLogger.defaultLogLevel=debug",
                    "-Dorg.slf4j.simpleLogger.log.org.drools=debug",
                    "-Dorg.slf4j.simpleLogger.log.org.kie=debug",
                    EvaluateInOwnJvm.class.getName(), rules.toAbsolutePath().toString(), items.toString())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!tool.waitFor(3, TimeUnit.MINUTES)) {
                tool.destroyForcibly();
                throw new AssertionError("the host did not finish within 3 minutes");
            }
            return new Tool(tool.exitValue(), read(log), read(out), read(err));
        }

        private static String read(Path file) throws IOException {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
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

    // --- Regressions: leaks these tests found (error excerpts, names and paths, forged lines) ------

    /** Lines where the secret is itself the bad value or key, which the error message quotes. */
    static Stream<Arguments> secretsAsTheBadValue() {
        String token = SECRETS.get(0).raw();
        String card = "4111111111111111";
        return Stream.of(
                Arguments.of(SECRETS.get(0), "{\"id\":\"c/1\",\"kind\":\"" + token + "\"}"),
                Arguments.of(SECRETS.get(0), "{\"id\":\"c/1\",\"kind\":\"comment\",\"" + token + "\":1}"),
                Arguments.of(SECRETS.get(0), "{\"id\":\"c/1\",\"kind\":\"comment\",\"text\":" + token + "}"),
                Arguments.of(SECRETS.get(0), "{\"id\":\"c/1\",\"kind\":\"comment\",\"signals\":{\"" + token + "\":2}}"),
                Arguments.of(SECRETS.get(0), "{\"id\":\"c/1\",\"kind\":\"comment\",\"people\":[{\"kind\":\"" + token + "\"}]}"),
                Arguments.of(SECRETS.get(6), "{\"id\":\"c/1\",\"kind\":\"comment\",\"author\":{\"accountAgeDays\":" + card + "}}"),
                Arguments.of(SECRETS.get(6), "{\"id\":\"c/1\",\"kind\":\"comment\",\"signals\":{\"hate\":" + card + "}}"),
                Arguments.of(SECRETS.get(5), "{\"id\":\"c/1\",\"kind\":\"comment\",\"visibility\":\"4111 1111 1111 1111\"}"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("secretsAsTheBadValue")
    void anErrorRecordDoesNotRepeatASecretThatIsTheBadValue(Secret secret, String line) {
        // when
        List<ReadResult> results = ItemReader.strict().readAll(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)));

        // then
        assertThat(results).singleElement().isInstanceOfSatisfying(ReadResult.Unreadable.class,
                unreadable -> assertNoSecretIn(unreadable.error(), secret));
    }

    @Test
    void aCredentialInANameOrPathIsNotInTheDecision() {
        // given
        Secret token = SECRETS.get(0);
        ContentItem item = ContentItem.builder("models/token-in-names", ContentKind.MODEL).license("mit")
                .signal(Signal.SEXUAL, 0.9)
                .person(Person.of("Jane " + token.raw(), Likeness.FACE))
                .file(new ItemFile("weights/" + token.raw() + ".bin", 1L, List.of("os.system", token.raw() + ".load"), MalwareScan.CLEAN))
                .build();

        // when
        Decision decision = EVALUATOR.evaluate(item);

        // then
        assertThat(decision.sections()).contains("consent.likeness", "security.malware");
        assertNoSecretIn(DecisionWriter.toJson(decision), token);
    }

    @Test
    void anItemIdCannotForgeALogLine(@TempDir Path dir) throws Exception {
        // given: an item whose evaluation fails, with a line break and a fake log line in its id
        String forged = "WARN io.github.hubpolicy.rules.DroolsPolicyEvaluator - Evaluating item forged";
        ContentItem comment = ContentItem.builder("comments/1\n" + forged, ContentKind.COMMENT).text("Hello").build();
        Path items = Files.write(dir.resolve("items.jsonl"), List.of(ItemWriter.toJson(comment)));

        // when
        Tool tool = Tool.run(dir, RULE_THROWING_WITH_ITEM_TEXT, items);

        // then: one log line for the one failure, and no line starts with the forged text
        assertThat(tool.log()).contains("comments/1");
        assertThat(tool.log().lines().filter(line -> line.contains("WARN"))).hasSize(1);
        assertThat(tool.log().lines()).noneMatch(line -> line.startsWith(forged));
    }
}
