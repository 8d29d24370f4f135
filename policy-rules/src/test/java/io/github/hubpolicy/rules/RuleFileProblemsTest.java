package io.github.hubpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A broken rule file fails construction with every problem located as file:line:column. */
class RuleFileProblemsTest {

    static Stream<Arguments> fixtures() {
        return Stream.of(
                Arguments.of("broken-syntax", true, "broken-syntax.drl:10:4:", "mismatched input"),
                Arguments.of("unknown-property", true, "unknown-property.drl:11:", "comunity"),
                Arguments.of("rule-without-section", true, "rule-without-section.drl:8:0:", "has no @section"),
                Arguments.of("section-not-in-catalog", true, "section-not-in-catalog.drl:8:0:", "\"hates\", which is not in the catalog"),
                Arguments.of("rule-without-bullet", true, "rule-without-bullet.drl:8:0:", "has no @bullet"),
                Arguments.of("consequence-without-finding", true, "consequence-without-finding.drl:8:0:", "does not record a finding"),
                Arguments.of("mvel-dialect", true, "mvel-dialect.drl:8:0:", "dialect \"mvel\" is not allowed"),
                // Alongside the bundled hate.drl, a second rule of the same name in the same package.
                Arguments.of("duplicate-rule-name", false, "hubpolicy/rules/hate.drl:", "Duplicate rule name: hate: hateful community content"));
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
        });
        assertThat(e.getMessage()).contains(location);
    }
}
