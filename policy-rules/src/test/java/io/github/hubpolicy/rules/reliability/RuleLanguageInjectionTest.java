package io.github.hubpolicy.rules.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hubpolicy.api.Author;
import io.github.hubpolicy.api.Consent;
import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.ContentKind;
import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.api.Finding;
import io.github.hubpolicy.api.ItemFile;
import io.github.hubpolicy.api.Likeness;
import io.github.hubpolicy.api.MalwareScan;
import io.github.hubpolicy.api.Person;
import io.github.hubpolicy.api.PersonKind;
import io.github.hubpolicy.api.Signal;
import io.github.hubpolicy.api.Target;
import io.github.hubpolicy.api.TargetKind;
import io.github.hubpolicy.json.ItemReader;
import io.github.hubpolicy.json.ItemWriter;
import io.github.hubpolicy.rules.DroolsPolicyEvaluator;
import io.github.hubpolicy.rules.RuleInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 6, item 6: nothing in an item is ever compiled or evaluated as an expression. DRL and MVEL
 * snippets in every text field are decided exactly as plain text of the same shape would be (the
 * snippet replaced by as many {@code x}s, dots and spaces kept), and none of them runs: the
 * system property and the file they would create stay absent, and the rule set stays the same.
 */
class RuleLanguageInjectionTest {
    private static final DroolsPolicyEvaluator EVALUATOR = DroolsPolicyEvaluator.builder().build();
    private static final String PROPERTY = "hubpolicy.injected";
    private static final Path MARKER = Path.of("target", "hubpolicy-injected-marker").toAbsolutePath();
    private static final String MARKER_PATH = MARKER.toString().replace("\\", "/");

    private static final List<String> SNIPPETS = List.of(
            "\"); System.exit(1); (\"",
            "rule \"x\" when then end",
            "${7*7}",
            "@{java.lang.Runtime.getRuntime()}",
            "eval(true)",
            "modify($item) { setId(\"changed\") }",
            "\"); System.setProperty(\"" + PROPERTY + "\", \"drl\"); (\"",
            "\\\"); System.setProperty(\\\"" + PROPERTY + "\\\", \\\"drl-escaped\\\"); (\\\"",
            "${System.setProperty(\"" + PROPERTY + "\", \"mvel\")}",
            "@{System.setProperty('" + PROPERTY + "', 'mvel-template')}",
            "#{java.lang.System.setProperty('" + PROPERTY + "', 'mvel-orb')}",
            "@{new java.io.File(\"" + MARKER_PATH + "\").createNewFile()}",
            "end\nrule \"injected\" when eval(true) then System.setProperty(\"" + PROPERTY + "\", \"rule\"); end",
            "import function java.lang.System.exit;",
            "$item : Item( community ) drools.halt(); retract($item); insert(new Object());",
            "java.lang.Runtime.getRuntime().exec(\"touch " + MARKER_PATH + "\")",
            "%s %n %d %1$s %%",
            "../../policy-rules/src/test/resources/fixtures/throwing-rule/throwing-rule.drl");

    /** Every text field of an item, and how to put a value into it. */
    private enum Field {
        ID((b, v) -> b.id("items/" + v)),
        TITLE((b, v) -> b.title(v)),
        TEXT((b, v) -> b.text("Before " + v + " after.")),
        TAG((b, v) -> b.tag(v)),
        LICENSE((b, v) -> b.license(v)),
        CAPABILITY((b, v) -> b.capability(v)),
        PERSON_NAME((b, v) -> b.person(new Person(v, PersonKind.PUBLIC_FIGURE, EnumSet.of(Likeness.FACE, Likeness.VOICE),
                Consent.NONE, false))),
        FILE_PATH((b, v) -> b.file(new ItemFile(v, 10L, List.of("os.system", "collections.OrderedDict"), MalwareScan.CLEAN))),
        PICKLE_IMPORT((b, v) -> b.file(new ItemFile("pytorch_model.bin", 10L, List.of(v), MalwareScan.CLEAN))),
        SIGNAL_NAME((b, v) -> b.signal(v, 0.95)),
        AUTHOR_ID((b, v) -> b.author(new Author(v, 3, 2, false))),
        TARGET_ID((b, v) -> b.target(new Target(TargetKind.USER, v)));

        private final BiFunction<ContentItem.Builder, String, ContentItem.Builder> put;

        Field(BiFunction<ContentItem.Builder, String, ContentItem.Builder> put) {
            this.put = put;
        }

        ContentItem item(ContentKind kind, String value) {
            // Signals that make rules fire, so the snippet meets rule conditions and rationales.
            ContentItem.Builder base = ContentItem.builder("items/base", kind)
                    .signal(Signal.HARASSMENT, 0.6).signal(Signal.SEXUAL, 0.9).signal(Signal.HATE, 0.55);
            return put.apply(base, value).build();
        }
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Field field : Field.values()) {
            for (ContentKind kind : List.of(ContentKind.MODEL, ContentKind.COMMENT)) {
                for (String snippet : SNIPPETS) {
                    cases.add(Arguments.of(field, kind, snippet));
                }
            }
        }
        return cases.stream();
    }

    @BeforeAll
    static void nothingInjectedYet() throws Exception {
        Files.deleteIfExists(MARKER);
        assertThat(System.getProperty(PROPERTY)).isNull();
    }

    @ParameterizedTest(name = "{0} of a {1}: {2}")
    @MethodSource("cases")
    void aSnippetIsDecidedAsPlainTextOfTheSameShape(Field field, ContentKind kind, String snippet) {
        // given
        String plain = plain(snippet);
        ContentItem withSnippet = field.item(kind, snippet);
        ContentItem withPlainText = field.item(kind, plain);
        List<RuleInfo> rulesBefore = EVALUATOR.rules();

        // when
        Decision decision = EVALUATOR.evaluate(withSnippet);
        Decision plainDecision = EVALUATOR.evaluate(withPlainText);
        Decision readFromJson = EVALUATOR.evaluate(ItemReader.strict().parse(ItemWriter.toJson(withSnippet)));

        // then
        assertThat(replace(decision, snippet, plain)).isEqualTo(plainDecision);
        assertThat(readFromJson).isEqualTo(decision);
        assertThat(decision.sections()).doesNotContain("engine");
        assertThat(System.getProperty(PROPERTY)).as("system property set by a snippet").isNull();
        assertThat(MARKER).as("file created by a snippet").doesNotExist();
        assertThat(EVALUATOR.rules()).isEqualTo(rulesBefore);
        assertThat(decision.policy()).isEqualTo(EVALUATOR.policy());
    }

    /** The same length, every character but dots, spaces and line breaks made an {@code x}. */
    private static String plain(String snippet) {
        return snippet.replaceAll("[^. \n]", "x");
    }

    /** The decision with every occurrence of the snippet (item text quoted in rationales and evidence) replaced. */
    private static Decision replace(Decision decision, String snippet, String plain) {
        List<Finding> findings = decision.findings().stream()
                .map(f -> new Finding(f.section(), f.rule(), f.verdict(), f.actions(), f.rationale().replace(snippet, plain),
                        f.evidence().stream().map(e -> e.replace(snippet, plain)).toList()))
                .toList();
        return new Decision(decision.id().replace(snippet, plain), decision.verdict(), decision.actions(), findings,
                decision.policy());
    }
}
