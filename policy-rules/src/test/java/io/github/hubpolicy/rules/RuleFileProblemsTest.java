package io.github.hubpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A broken rule file fails construction with every problem located as file:line:column. Each
 * fixture is named after its defect ({@code src/test/resources/fixtures/<defect>/<defect>.drl}).
 */
class RuleFileProblemsTest {

    static Stream<Arguments> fixtures() {
        return Stream.of(
                Arguments.of("broken-syntax", true, "broken-syntax.drl:10:4: error: ", "mismatched input 'Item' in rule \"broken: missing when\""),
                // "ed" for "end": reported where 'end' belongs (line 15), not where the parser gave up (22:4).
                Arguments.of("end-misspelt", true, "end-misspelt.drl:15:0: error: ",
                        "rule \"hate: end misspelt\" is not closed: 'end' expected here, found 'ed'"),
                Arguments.of("unknown-property", true, "unknown-property.drl:11:4: error: ", "comunity"),
                Arguments.of("rule-without-section", true, "rule-without-section.drl:8:0: error: ", "has no @section"),
                Arguments.of("section-not-in-catalog", true, "section-not-in-catalog.drl:8:0: error: ",
                        "\"hates\", which is not in the catalog"),
                Arguments.of("rule-without-bullet", true, "rule-without-bullet.drl:8:0: error: ", "has no @bullet"),
                Arguments.of("consequence-without-finding", true, "consequence-without-finding.drl:8:0: error: ", "does not record a finding"),
                // Decided on Drools' parsed consequence: commented-out calls and a call inside a string do not count.
                Arguments.of("commented-out-finding", true, "commented-out-finding.drl:9:0: error: ", "does not record a finding"),
                Arguments.of("mvel-dialect", true, "mvel-dialect.drl:8:0: error: ", "dialect \"mvel\" is not allowed"),
                Arguments.of("unknown-phase", true, "unknown-phase.drl:11:19: error: ",
                        "joins ruleflow-group \"escalaton\", which is no phase [context, escalation, reports]: it would never fire (did you mean \"escalation\"?)"),
                Arguments.of("unknown-signal", true, "unknown-signal.drl:12:36: error: ",
                        "reads signal \"hat\", which is not a catalog signal and not declared in names.properties: it is never present (did you mean \"hate\"?)"),
                Arguments.of("unknown-capability", true, "unknown-capability.drl:12:24: error: ",
                        "reads capability \"voice-clon\", which is not a catalog capability and not declared in names.properties: it is never present (did you mean \"voice-clone\"?)"),
                Arguments.of("unsupported-evidence-type", true, "unsupported-evidence-type.drl:16:19: error: ",
                        "passes $item (Item) to evidence( ... )"),
                // Alongside the bundled hate.drl, a second rule of the same name in the same package.
                // Reported at the file that repeats the name, not at the bundled one.
                Arguments.of("duplicate-rule-name", false, "duplicate-rule-name.drl:8:0: error: ",
                        "rule \"hate: hateful community content\" has the name of the rule at hubpolicy/rules/hate.drl:14: rule names must be unique"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void constructionFailsNamingFileLineAndColumn(String fixture, boolean alone, String location, String message) {
        // given
        DroolsPolicyEvaluator.Builder builder = DroolsPolicyEvaluator.builder()
                .bundledRules(!alone)
                .ruleDirectory(Path.of("src/test/resources/fixtures", fixture));

        // when
        RuleCompilationException e = catchThrowableOfType(RuleCompilationException.class, builder::build);

        // then
        assertThat(e).as("construction must fail").isNotNull();
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.toString()).startsWith(location).contains(message);
            assertThat(p.severity()).isEqualTo(RuleProblem.Severity.ERROR);
        });
        assertThat(e.getMessage()).contains(location);
    }
}
